// Sub-targets against totals. Where a total is the sum of parts — a derived formula a + b + c, or a
// `parts` relation for targets the plan prints as "其中：…" — the parts' targets must fit the total's:
// their sum may not exceed the total, and must reach it when the parts are complete (a sum formula is
// complete by definition). Parts measured differently (gross output, revenue, value added) cannot be added
// at all, which is reported as measure-mixing.

import { convertUnit } from '../actuals/unitFactor.ts';
import type { PlanRelation } from '../plan/relationSchema.ts';
import { formulaShape } from './formulaShape.ts';
import { MEASURE_LABELS, type MeasureClass, measureClass, measureKeyword } from './measureClass.ts';
import type { CheckContext, Finding, NumTarget } from './planCheckContext.ts';

/** Sums within 2 % of the total agree (printed figures are rounded, "约" is common). */
const SUM_TOL = 0.02;

interface PartsCase {
  total: NumTarget;
  parts: NumTarget[];
  /** Indicators that are parts but have no target (sum formulas only). */
  untargeted: string[];
  complete: boolean;
  source: 'formula' | 'relation';
}

function partsCases(ctx: CheckContext, relations: PlanRelation[]): PartsCase[] {
  const cases: PartsCase[] = [];
  const byId = new Map(ctx.targets.map((t) => [t.id, t]));
  for (const r of relations) {
    if (r.kind !== 'parts') continue;
    const total = byId.get(r.total);
    const parts = r.parts.map((id) => byId.get(id)).filter((t): t is NumTarget => t !== undefined);
    if (total && parts.length > 0)
      cases.push({ total, parts, untargeted: [], complete: r.complete ?? false, source: 'relation' });
  }
  for (const total of ctx.targets) {
    if (total.kind !== 'level' && total.kind !== 'increase') continue;
    const d = ctx.indicator(total.indicator)?.dynamics;
    if (d?.kind !== 'derived') continue;
    const shape = formulaShape(d.formula);
    if (shape.kind !== 'sum') continue;
    const parts: NumTarget[] = [];
    const untargeted: string[] = [];
    for (const p of shape.parts) {
      const t = ctx.targetsOn(p).find((x) => x.year === total.year && x.kind === total.kind);
      if (t) parts.push(t);
      else untargeted.push(p);
    }
    if (parts.length > 0)
      cases.push({ total, parts, untargeted, complete: untargeted.length === 0, source: 'formula' });
  }
  return cases;
}

export function checkParts(ctx: CheckContext, relations: PlanRelation[]): Finding[] {
  const { qty, say, num, pct, name } = ctx;
  const findings: Finding[] = [];
  for (const c of partsCases(ctx, relations)) {
    const totalInd = ctx.indicator(c.total.indicator)!;
    const all = [c.total, ...c.parts];
    // Measures of the total and each part, from their indicator and target names.
    const classes = all.map((t) => {
      const ind = ctx.indicator(t.indicator)!;
      return {
        t,
        cls: measureClass(ind.name.zh, ind.name.en, t.target.name.zh),
        kw: measureKeyword(ind.name.zh, t.target.name.zh),
      };
    });
    const known = classes.filter((x): x is typeof x & { cls: MeasureClass } => x.cls !== null);
    const mixed = new Set(known.map((x) => x.cls)).size > 1;
    if (mixed) {
      const list = known.map((x) =>
        say(
          `“${name(x.t.target)}”（${x.kw}，${MEASURE_LABELS[x.cls].zh}）`,
          `"${name(x.t.target)}" (“${x.kw}”: ${MEASURE_LABELS[x.cls].en})`,
        ),
      );
      findings.push({
        kind: 'measure-mixing',
        severity: 'warning',
        targets: known.map((x) => x.t.id),
        sections: ctx.sections(...known.map((x) => x.t)),
        message: say(
          `总量目标与其分项目标口径不一：${list.join('、')}。增加值与总产值、营业收入、销售额不能相加，分项也不能作为总量的组成部分比较。`,
          `A total and its parts use different measures: ${list.join(', ')}. Value added cannot be added to gross output, revenue or sales, nor can such parts be compared with the total.`,
        ),
        arithmetic: known
          .map((x) => `${x.t.id}: “${x.kw}” → ${MEASURE_LABELS[x.cls][ctx.lang]}`)
          .join(say('；', '; ')),
      });
    }
    // Sum of the parts in the total's unit.
    const converted = c.parts.map((p) => ({
      p,
      v: convertUnit(p.value, ctx.indicator(p.indicator)!.unit, totalInd.unit),
    }));
    const refused = converted.filter((x) => x.v === null);
    const usable = converted.filter((x): x is { p: NumTarget; v: number } => x.v !== null);
    if (usable.length === 0) continue;
    const sum = usable.reduce((s, x) => s + x.v, 0);
    const over = sum > c.total.value * (1 + SUM_TOL);
    const under = c.complete && refused.length === 0 && sum < c.total.value * (1 - SUM_TOL);
    if (!over && !under) continue;
    const terms = usable.map((x) => num(x.v)).join(' + ');
    const unitNote =
      refused.length > 0
        ? say(
            `（${refused.map((x) => `“${name(x.p.target)}”单位为${ctx.indicator(x.p.indicator)!.unit}，未计入`).join('，')}）`,
            ` (${refused.map((x) => `"${name(x.p.target)}" is in ${ctx.indicator(x.p.indicator)!.unit}, not added`).join(', ')})`,
          )
        : '';
    const why = mixed
      ? say(
          '分项与总量口径不同（见“口径混用”），',
          'the parts use different measures from the total (see measure-mixing); ',
        )
      : '';
    findings.push({
      kind: 'parts-vs-total',
      severity: 'warning',
      targets: [c.total.id, ...usable.map((x) => x.p.id)],
      sections: ctx.sections(c.total, ...usable.map((x) => x.p)),
      message: over
        ? say(
            `分项目标合计 ${qty(sum, totalInd.unit)}，是总量目标“${name(c.total.target)}”（${qty(c.total.value, totalInd.unit)}）的 ${num(sum / c.total.value)} 倍：${why}分项不可能是该总量的组成部分${unitNote}。`,
            `The parts' targets add up to ${qty(sum, totalInd.unit)}, ${num(sum / c.total.value)}× the total "${name(c.total.target)}" (${qty(c.total.value, totalInd.unit)}): ${why}they cannot be parts of that total${unitNote}.`,
          )
        : say(
            `分项目标合计 ${qty(sum, totalInd.unit)}，达不到总量目标“${name(c.total.target)}”（${qty(c.total.value, totalInd.unit)}），差 ${pct(1 - sum / c.total.value, 1)}；而这些分项构成了总量的全部。`,
            `The parts' targets add up to ${qty(sum, totalInd.unit)}, short of the total "${name(c.total.target)}" (${qty(c.total.value, totalInd.unit)}) by ${pct(1 - sum / c.total.value, 1)}, yet they are all of it.`,
          ),
      arithmetic: `${terms} = ${num(sum)} ${over ? '>' : '<'} ${num(c.total.value)}`,
    });
  }
  return findings;
}
