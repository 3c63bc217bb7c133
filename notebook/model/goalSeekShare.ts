// How a goal-seek on a target in percent (研发投入强度, a share of GDP) is read: the level reached in the target
// year and the points a year that take it there (goalSeekPoints). A share the import simulates through its odds
// s/(1−s) is sought through the odds' rate, which no planner can use ("至少取 21.4%/年"): its values are said in
// points only; any other variable keeps its own value and the level reached is said beside it.
import {
  formatPercentOf,
  type GoalSeekResult,
  goalSeekPoints,
  oddsRateShare,
  type Plan,
} from '../../engine/index.ts';
import { signedPoints } from '../format/signedPoints.ts';
import type { Lang } from '../i18n/lang.ts';
import { pick } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';

export interface GoalSeekShare {
  /** The variable moves the share's odds: its values are said as `value` gives them, never as the odds' rate. */
  odds: boolean;
  /** The share's reading of one evaluated value: "+0.20 个百分点/年（2025年达到 2.78%）"; null if not evaluated. */
  value: (v: number) => string | null;
  /** A bisection bracket's end, as the level reached to three decimals (its points a year agree to two). */
  bracketEnd: (v: number) => string | null;
  /** For a variable said in its own terms: the level the answer reaches and its points a year. */
  reached: string | null;
  /** Where the points a year are counted from, and on which path. */
  from: string;
}

/** The share's reading of a goal-seek, or null when its target is not on a percentage. */
export function goalSeekShare(plan: Plan, r: GoalSeekResult, lang: Lang): GoalSeekShare | null {
  const basis = r.points;
  if (!basis) return null;
  const t = translator(lang);
  const share = pick(plan.indicators.find((i) => i.id === basis.indicator)?.name, lang) || basis.indicator;
  const odds = r.variable.kind === 'parameter' && oddsRateShare(plan, r.variable.id) !== null;
  const value = (v: number) => {
    const p = goalSeekPoints(r, v);
    if (!p) return null;
    const level = formatPercentOf(p.level, '%', lang);
    return t('gs.points.value', { pp: signedPoints(p.perYear, lang), level, year: basis.year });
  };
  const bracketEnd = (v: number) => {
    const p = goalSeekPoints(r, v);
    return p
      ? t('gs.points.level', { level: formatPercentOf(p.level, '%', lang, 3), year: basis.year })
      : null;
  };
  const at = r.value === null || odds ? null : goalSeekPoints(r, r.value);
  return {
    odds,
    value,
    bracketEnd,
    reached: at
      ? t('gs.points.reached', {
          share,
          year: basis.year,
          level: formatPercentOf(at.level, '%', lang),
          pp: signedPoints(at.perYear, lang),
        })
      : null,
    from: t(basis.from.observed ? 'gs.points.fromActual' : 'gs.points.fromBase', {
      year: basis.from.year,
      from: formatPercentOf(basis.from.value, '%', lang),
    }),
  };
}
