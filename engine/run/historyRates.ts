// A default growth that says "when no history is given" gives way to the history once it is given. A plan
// generated from a district's text grows each indicator at a labelled 5% ± 3% a year; once the planner enters
// 2026–2027 figures rising 9.4% a year, a forecast still at 5% called every target 难以达成 beside a pace on
// plan, on an assumption whose own words no longer held. The observed average growth from the base to the
// latest observation replaces the default's mean (its spread kept), and the run lists it: a reckoned rate,
// said as one, which a planner can still overrule in the scenario.
import { engineMath } from '../compile/wasm/engineMath.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { Scenario } from '../plan/scenarioSchema.ts';
import type { Uncertain } from '../plan/uncertainSchema.ts';

export interface HistoryRate {
  parameter: string;
  indicator: string;
  /** The base year and the latest observed year the rate joins. */
  from: number;
  to: number;
  /** (latest ÷ base)^(1 / years) − 1. */
  rate: number;
  /** The default it replaced. */
  replaced: Uncertain;
}

/**
 * The rates to use in place of `untilHistory` defaults, from the observed `actuals` (indicator id → year index →
 * value, year index 0 the base year), before any gap between them is filled.
 */
export function historyRates(
  plan: Plan,
  scenario: Scenario | null,
  years: readonly number[],
  actuals: ReadonlyMap<string, ReadonlyMap<number, number>>,
): HistoryRate[] {
  const out: HistoryRate[] = [];
  for (const p of plan.parameters) {
    if (!p.untilHistory || scenario?.parameters?.[p.id] !== undefined) continue;
    const driven = plan.indicators.filter((i) => i.dynamics.kind === 'growth' && i.dynamics.rate === p.id);
    if (driven.length !== 1) continue;
    const ind = driven[0]!;
    const base = ind.base && 'value' in ind.base ? ind.base.value : undefined;
    const observed = actuals.get(ind.id);
    if (base === undefined || !(base > 0) || !observed) continue;
    const latest = Math.max(0, ...[...observed.keys()].filter((k) => Number.isFinite(observed.get(k)!)));
    const value = observed.get(latest);
    if (latest === 0 || value === undefined || !(value > 0)) continue;
    // The engine's pow: the same figures give the same rate in every browser.
    const rate = engineMath().pow(value / base, 1 / latest) - 1;
    out.push({
      parameter: p.id,
      indicator: ind.id,
      from: years[0]!,
      to: years[latest]!,
      rate,
      replaced: p.value as Uncertain,
    });
  }
  return out;
}
