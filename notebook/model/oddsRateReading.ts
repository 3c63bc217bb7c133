// A share an imported plan simulates through its odds s/(1−s) is moved by a rate of those odds, in %/年 — which
// no planner reads as a share (+21.4%/年 of the odds of a 2% share is +0.4 points a year). The levers panel says,
// beside that slider, what the value does to the share: its level in the target year from its base, and the
// points a year that makes, on the deterministic path with no other change.
import { oddsPart, oddsRateShare, type Plan } from '../../engine/index.ts';

export interface OddsRateReading {
  /** The share's indicator. */
  share: string;
  baseYear: number;
  /** The share in its base year (0–1). */
  from: number;
  year: number;
  /** The share reached in `year` at the rate (0–1). */
  to: number;
  /** Its change a year on average, in share units (0.004 = 0.4 points). */
  perYear: number;
}

/** What the odds rate `rate` (0.05 = 5%/年) does to the share parameter `parameterId` moves; null otherwise. */
export function oddsRateReading(
  plan: Pick<Plan, 'indicators' | 'meta'>,
  parameterId: string,
  rate: number,
): OddsRateReading | null {
  const shareId = oddsRateShare(plan, parameterId);
  const share = plan.indicators.find((i) => i.id === shareId);
  const oddsId = share?.dynamics.kind === 'derived' ? oddsPart(share.dynamics.formula) : null;
  const base = plan.indicators.find((i) => i.id === oddsId)?.base;
  // A base still to be entered: nothing to start from, nothing said.
  if (!share || !base || 'unknown' in base || !(base.value > 0) || !Number.isFinite(rate)) return null;
  const { baseYear, targetYear: year } = plan.meta;
  const odds = base.value * (1 + rate) ** (year - baseYear);
  const from = base.value / (1 + base.value);
  const to = odds / (1 + odds);
  return { share: share.id, baseYear, from, year, to, perYear: (to - from) / (year - baseYear) };
}
