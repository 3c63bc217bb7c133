// The yearly step a plan sets for a stock it counts, or a running total of a flow: a level target above a known
// base spread over its years (在孵企业达到100家 from 40 in 2020 → 12 a year; 新增…超过5个 since 2020 → 1 a year), or
// an increase of the stock itself. The scale a year's rise of the stock is read against (stockJumps); the largest reading, so a plan's
// higher target never makes a year look out of line.
import type { Plan } from '../plan/planSchema.ts';
import { parseUnit } from '../units/unitFactor.ts';
import { COUNT_BASES } from './countBases.ts';

/** Indicator id → the plan's yearly step, for the counted stocks with a target above their base. */
export function stockPaces(plan: Plan, base: (indicator: string) => number | undefined): Map<string, number> {
  const paces = new Map<string, number>();
  for (const t of plan.targets) {
    const ind = plan.indicators.find((i) => i.id === t.indicator);
    if (!ind || t.value === undefined) continue;
    if (!COUNT_BASES.has(parseUnit(ind.unit).base) || /\/\s*年$/.test(ind.unit)) continue;
    const years = t.year - plan.meta.baseYear;
    const upper = Array.isArray(t.value) ? t.value[1]! : t.value;
    // A running total since the base year starts from nothing.
    const b = base(ind.id) ?? (ind.dynamics?.kind === 'cumulative' ? 0 : undefined);
    const rise =
      t.kind === 'increase' ? upper : t.kind === 'level' && b !== undefined ? upper - b : Number.NaN;
    const pace = rise / years;
    if (years > 0 && pace > 0 && pace > (paces.get(ind.id) ?? 0)) paces.set(ind.id, pace);
  }
  return paces;
}
