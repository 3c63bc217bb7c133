// Sub-targets against totals. Where a total is the sum of parts — a derived formula a + b + c, or a
// `parts` relation for targets the plan prints as "其中：…" — the parts' targets must fit the total's:
// their sum may not exceed the total, and must reach it when the parts are complete (a sum formula is
// complete by definition). Parts measured differently (gross output, revenue, value added) cannot be added
// at all, which is reported as measure-mixing.

import type { PlanRelation } from '../plan/relationSchema.ts';
import { cite, joined, list, msg, named, num, pct, qty, unit } from '../report/messages/message.ts';
import { convertUnit } from '../units/unitFactor.ts';
import { formulaShape } from './formulaShape.ts';
import { type MeasureClass, measureClass, measureKeyword } from './measureClass.ts';
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
      const items = known.map((x) =>
        msg('check.parts.measureItem', {
          target: named(x.t.target),
          keyword: cite(String(x.kw)),
          measure: msg(`measure.${x.cls}`),
        }),
      );
      findings.push({
        kind: 'measure-mixing',
        severity: 'warning',
        targets: known.map((x) => x.t.id),
        sections: ctx.sections(...known.map((x) => x.t)),
        message: msg('check.parts.measureMixing', { items: list(items, 'sep.enum') }),
        arithmetic: joined(
          known.map((x) =>
            msg('check.arith.measureItem', {
              id: named(x.t.target),
              keyword: cite(String(x.kw)),
              measure: msg(`measure.${x.cls}`),
            }),
          ),
          'sep.semi',
        ),
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
    const unitNote =
      refused.length > 0
        ? msg('check.parts.unitNote', {
            items: list(
              refused.map((x) =>
                msg('check.parts.notAdded', {
                  target: named(x.p.target),
                  unit: unit(ctx.indicator(x.p.indicator)!.unit),
                }),
              ),
              'sep.comma',
            ),
          })
        : '';
    const common = {
      sum: qty(sum, totalInd.unit),
      total: named(c.total.target),
      totalValue: qty(c.total.value, totalInd.unit),
    };
    findings.push({
      kind: 'parts-vs-total',
      severity: 'warning',
      targets: [c.total.id, ...usable.map((x) => x.p.id)],
      sections: ctx.sections(c.total, ...usable.map((x) => x.p)),
      message: over
        ? msg('check.parts.over', {
            ...common,
            ratio: num(sum / c.total.value),
            why: mixed ? msg('check.parts.mixedMeasures') : '',
            unitNote,
          })
        : msg('check.parts.under', { ...common, gap: pct(1 - sum / c.total.value, 1) }),
      arithmetic: msg('check.arith.partsSum', {
        terms: list(
          usable.map((x) => num(x.v)),
          'sep.plus',
        ),
        sum: num(sum),
        op: over ? '>' : '<',
        total: num(c.total.value),
      }),
    });
  }
  return findings;
}
