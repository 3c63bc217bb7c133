// A running sum (新增城镇就业 since the base) is known only up to the first year its flow was not entered: with
// 2022 blank, the total stops at 2021 although 2023 is entered, and the run reaches 2023 over a reckoned 2022.
// The row says which years break the sum, so the planner knows what to enter rather than read "as of 2021"
// beside a forecast that starts from 2023.
import { formulaSymbols } from '../check/formulaShape.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { Actuals } from '../plan/scenarioSchema.ts';
import { stockChangeOf } from './stockChangeOf.ts';

export interface SumGap {
  /** The flows the sum adds up (indicator ids). */
  flows: string[];
  /** Years after the base, up to `last`, where some flow has no figure. */
  missing: number[];
  /** The latest year some flow has a figure, at most `until`. */
  last: number;
}

/** The gap in a cumulative indicator's flows up to `until`, or null when they run unbroken (or nothing is known). */
export function sumGap(plan: Plan, indicator: string, actuals: Actuals, until: number): SumGap | null {
  const ind = plan.indicators.find((i) => i.id === indicator);
  if (ind?.dynamics.kind !== 'cumulative') return null;
  const source = ind.dynamics.flow.trim();
  // The change of a stock is known from the stock at any two years: no year breaks it.
  if (stockChangeOf(source) !== null) return null;
  const ids = new Set(plan.indicators.map((i) => i.id));
  const flows = [...formulaSymbols(source)].filter((s) => ids.has(s));
  if (flows.length === 0) return null;
  const years = (id: string) =>
    Object.keys(actuals[id] ?? {})
      .map(Number)
      .filter((y) => y > plan.meta.baseYear && y <= until);
  const last = Math.max(...flows.flatMap(years));
  if (!Number.isFinite(last)) return null;
  const missing: number[] = [];
  for (let y = plan.meta.baseYear + 1; y <= last; y++)
    if (flows.some((id) => actuals[id]?.[String(y)] === undefined)) missing.push(y);
  return missing.length > 0 ? { flows, missing, last } : null;
}
