// The base a drafted target will take from a fact its text prints (截至2025年底…412家), shown greyed in the
// review's base field, in the row's own unit. A share simulated through its odds keeps its base there, as
// s / (1 − s): 规模以上工业企业研发机构覆盖率为38% had shown no hint, though the generated plan took 38%.
import type { generatePlan } from '../../engine/index.ts';
import { isPercentUnit, oddsPart } from '../../engine/index.ts';

/** A plan as the generator drafts it, before it is loaded. */
type DraftPlan = ReturnType<typeof generatePlan>['plan'];

/** The printed base of the generated plan's target `targetId`, in `unit` as the row writes it; else null. */
export function printedBaseHint(plan: DraftPlan, targetId: string, unit: string): number | null {
  const target = plan.targets.find((x) => x.id === targetId);
  const ind = plan.indicators.find((i) => i.id === target?.indicator);
  if (!ind || ind.unit !== unit) return null;
  const odds = ind.dynamics.kind === 'derived' ? oddsPart(ind.dynamics.formula) : null;
  const holder = odds === null ? ind : plan.indicators.find((i) => i.id === odds);
  const base = holder?.base;
  if (!base || !('value' in base)) return null;
  // Printed in the plan; through its odds, derived from the printed share.
  if (base.provenance.kind !== (odds === null ? 'plan' : 'derived')) return null;
  const value = odds === null ? base.value : base.value / (1 + base.value);
  // The row writes a share in percent (38), the plan stores the fraction (0.38).
  return isPercentUnit(unit) ? Number((value * 100).toPrecision(12)) : value;
}

/**
 * For a rate's row (年均增长7%, 翻一番): the level it grows, as the generated plan takes it from a fact the text
 * prints, with the level's unit (41200元, 86家) — the row's own unit is a percentage. The field had shown its
 * "如 120亿元" example above a base the plan then used (a tester). Null when the plan prints none.
 */
export function printedLevelHint(plan: DraftPlan, targetId: string): string | null {
  const target = plan.targets.find((x) => x.id === targetId);
  const ind = plan.indicators.find((i) => i.id === target?.indicator);
  const base = ind?.base;
  if (!ind || !base || !('value' in base) || base.provenance.kind !== 'plan' || isPercentUnit(ind.unit))
    return null;
  return `${base.value}${ind.unit}`;
}
