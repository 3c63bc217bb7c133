// How a 年均 rate is read, stated with the other reading beside it: a plan that computed 15.27% as
// 76.35% ÷ 5 (arithmetic) promises less than 15.27% compounded; one that compounds 18.5% promises more
// than 18.5% × 5. The target is judged by the reading recorded in the plan data (rateReading); this
// finding makes the choice visible so a planner can check it against the text.
import type { CheckContext, Finding } from './planCheckContext.ts';

export function checkRateReading(ctx: CheckContext): Finding[] {
  const { t0, say, pct } = ctx;
  const findings: Finding[] = [];
  for (const t of ctx.targets) {
    if (t.kind !== 'growth' || t.target.rateReading === undefined) continue;
    const n = t.year - t0;
    if (n <= 0) continue;
    const g = t.value;
    const arithmeticTotal = g * n;
    const compoundTotal = (1 + g) ** n - 1;
    const ind = ctx.indicator(t.indicator)!;
    const arithmetic = t.target.rateReading === 'arithmetic';
    findings.push({
      kind: 'rate-reading',
      severity: 'info',
      targets: [t.id],
      sections: ctx.sections(t),
      message: arithmetic
        ? say(
            `${ctx.name(ind)}：年均 ${pct(g)} 按规划的算法读作总增幅 ÷ ${n}（算术），即 ${n} 年共增长 ${pct(arithmeticTotal)}；若按复利读，同一数字要求共增长 ${pct(compoundTotal)}。`,
            `${ctx.name(ind)}: ${pct(g)} a year is read as the plan computed it, the total divided by ${n} (arithmetic): +${pct(arithmeticTotal)} over ${n} years. Read as compound, the same figure would require +${pct(compoundTotal)}.`,
          )
        : say(
            `${ctx.name(ind)}：年均 ${pct(g)} 按复利读，即 ${n} 年共增长 ${pct(compoundTotal)}；若按总增幅 ÷ ${n}（算术）读，只需共增长 ${pct(arithmeticTotal)}。`,
            `${ctx.name(ind)}: ${pct(g)} a year is read as compound: +${pct(compoundTotal)} over ${n} years. Read as the total divided by ${n} (arithmetic), it would require only +${pct(arithmeticTotal)}.`,
          ),
      arithmetic: `(1 + ${pct(g)})^${n} − 1 = ${pct(compoundTotal)}; ${pct(g)} × ${n} = ${pct(arithmeticTotal)}`,
    });
  }
  return findings;
}
