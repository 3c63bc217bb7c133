// A share computed as the ratio of two indicators simulated each on its own (sme_value_added / gdp) is not
// bounded by its definition: where the two rest on different sources (SME value added from the plan, GDP from
// the published statistics) its paths can pass 100%. Such a share is said, with the first year and the
// quantile that crossed, rather than shown as an ordinary fan (周科长: P95 100.6% in 2025, with no remark).

import { formulaShape } from '../check/formulaShape.ts';
import type { Plan } from '../plan/planSchema.ts';
import { isPercentUnit } from '../report/formatValue.ts';
import type { IndicatorResult } from './runTypes.ts';

export interface ShareOutOfRange {
  code: 'shareOutOfRange';
  indicator: string;
  /** The first year a quantile left [0, 100%]. */
  year: number;
  /** Which end it left by, and that quantile's value that year. */
  side: 'above' | 'below';
  quantile: 'p95' | 'p5';
  value: number;
}

/** Ratio shares (N / D in a percent unit) whose P95 passes 100% or whose P5 falls below 0, by indicator. */
export function shareOutOfRangeWarnings(
  plan: Plan,
  years: readonly number[],
  indicators: Readonly<Record<string, IndicatorResult>>,
): ShareOutOfRange[] {
  const out: ShareOutOfRange[] = [];
  // A ratio of different measures (总产值 over GDP) is no share and may pass 100%: the plan check says so.
  const notShares = new Set(plan.targets.filter((t) => t.comparable === false).map((t) => t.indicator));
  for (const ind of plan.indicators) {
    if (!isPercentUnit(ind.unit) || ind.dynamics.kind !== 'derived' || notShares.has(ind.id)) continue;
    if (formulaShape(ind.dynamics.formula).kind !== 'ratio') continue;
    const q = indicators[ind.id]?.quantiles;
    if (!q || q.p95.length === 0) continue;
    for (let k = 0; k < years.length; k++) {
      const high = q.p95[k]!;
      const low = q.p5[k]!;
      if (high > 1 || low < 0) {
        out.push({
          code: 'shareOutOfRange',
          indicator: ind.id,
          year: years[k]!,
          ...(high > 1
            ? { side: 'above' as const, quantile: 'p95' as const, value: high }
            : { side: 'below' as const, quantile: 'p5' as const, value: low }),
        });
        break;
      }
    }
  }
  return out;
}
