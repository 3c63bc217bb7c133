// How a 年均 rate is read, stated with the other reading beside it: a plan that computed 15.27% as
// 76.35% ÷ 5 (arithmetic) promises less than 15.27% compounded; one that compounds 18.5% promises more
// than 18.5% × 5. The target is judged by the reading recorded in the plan data (rateReading); this
// finding makes the choice visible so a planner can check it against the text.
import { msg, named, pct } from '../report/messages/message.ts';
import type { CheckContext, Finding } from './planCheckContext.ts';

export function checkRateReading(ctx: CheckContext): Finding[] {
  const { t0 } = ctx;
  const findings: Finding[] = [];
  for (const t of ctx.targets) {
    // A change the plan prints over its period (增长76.35%) has one reading: the total itself.
    if (t.kind !== 'growth' || t.target.rateReading === undefined || t.target.statedAs === 'change') continue;
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
      message: msg(arithmetic ? 'check.reading.arithmetic' : 'check.reading.compound', {
        indicator: named(ind),
        rate: pct(g),
        n,
        arithmetic: pct(arithmeticTotal),
        compound: pct(compoundTotal),
      }),
      arithmetic: msg('check.arith.reading', {
        rate: pct(g),
        n,
        compound: pct(compoundTotal),
        arithmetic: pct(arithmeticTotal),
      }),
    });
  }
  return findings;
}
