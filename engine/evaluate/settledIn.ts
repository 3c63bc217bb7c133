// A target whose outcome an observation has already decided: achieved in its own year, or missed (its year
// observed short, or a quota's year short). No lever or assumption changes it; goal-seek and the page's
// target lists say so instead of searching.
import type { TargetResult } from '../run/runTypes.ts';

/** The year whose observation settled the target, or null while its outcome is still a forecast. */
export function settledIn(t: Pick<TargetResult, 'verdict' | 'latest' | 'year' | 'quota'>): number | null {
  if (t.verdict.code === 'achieved') return t.latest?.year === t.year ? t.year : null;
  if (t.verdict.code !== 'missed') return null;
  const short = t.verdict.params.missedYears;
  return t.quota && Array.isArray(short) && short.length > 0 ? short[0]! : t.year;
}

/**
 * The word for a settled outcome: 已定, or 已定（推算值） when the figure that settled it is one the plan reckoned
 * (社零 2025 = 435 × 1.03⁵): 孙科长 had read 已定 beside a value no one had published. Null while unsettled.
 */
export function settledKey(
  t: Pick<TargetResult, 'verdict' | 'latest' | 'year' | 'quota' | 'latestReckoned'>,
): 'pmet.settled' | 'pmet.settled.reckoned' | null {
  if (settledIn(t) === null) return null;
  return t.latestReckoned ? 'pmet.settled.reckoned' : 'pmet.settled';
}
