// Which base-unknown (基期待补) indicators an indicator's value depends on: its own base if declared
// unknown, or — for a derived, cumulative or stock indicator — the unknown bases of what its formulas read.
// These are the fields the page asks the planner to fill to give a 基期待补 target a verdict. A share simulated
// through its odds is asked for as the share (its value fixes the odds, see oddsPart).
import { formulaNames } from './formulaNames.ts';
import { oddsPart } from './oddsPart.ts';
import type { Indicator, Plan } from './planSchema.ts';

function formulasOf(ind: Indicator): string[] {
  const d = ind.dynamics as unknown as Record<string, unknown>;
  return Object.values(d).filter((v): v is string => typeof v === 'string' && v !== d.kind);
}

const isUnknown = (ind: Indicator) => ind.base !== undefined && 'unknown' in ind.base;

/** Indicators whose own value carries state from year to year: their base matters, not their formula's. */
const STATEFUL = new Set(['growth', 'stock', 'cohort']);

export function rootUnknownBases(plan: Plan, indicatorId: string): string[] {
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const ind = byId.get(id);
    if (!ind) return;
    if (isUnknown(ind)) {
      found.add(id);
      return;
    }
    // A share simulated through odds whose base is unknown: the planner knows the share, not its odds.
    const odds = ind.dynamics.kind === 'derived' ? oddsPart(ind.dynamics.formula) : null;
    const oddsInd = odds === null ? undefined : byId.get(odds);
    if (oddsInd && isUnknown(oddsInd)) {
      found.add(id);
      return;
    }
    if (STATEFUL.has(ind.dynamics.kind) && ind.base !== undefined) return;
    for (const f of formulasOf(ind)) for (const name of formulaNames(f)) visit(name);
  };
  visit(indicatorId);
  return [...found];
}
