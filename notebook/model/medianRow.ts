// One target's row of the scenario comparison: each scenario's target-year median and, after the first, its
// difference from the first's, for the page's table and its CSV alike. The row's figures share one unit and
// scale (commonScale): 6.99 万户 and 6.02 万户 beside a difference of −9,665 户 could not be checked (N9).
import { commonScale, type Plan, type RunResult, type Target } from '../../engine/index.ts';
import { signed } from '../format/signed.ts';
import type { Lang } from '../i18n/lang.ts';
import { medianFigure, medianMarked } from './targetFigures.ts';

export interface MedianCell {
  /** The median as shown (null: not known). */
  text: string | null;
  /** Its difference from the first scenario's median as both are shown (null: the first, or either not known). */
  delta: number | null;
  deltaText: string | null;
}

/** `mark`: the page's word for a rate the plan reckons arithmetically (medianMarked). */
export function medianRow(
  plan: Plan,
  target: Target,
  results: readonly RunResult[],
  lang: Lang,
  mark: string,
): MedianCell[] {
  const medians = results.map((r) => medianFigure(plan, target, r));
  const first = medians[0];
  const known = medians.find((m) => m !== null);
  const values = medians.flatMap((m) => (m ? [m.value] : []));
  // The largest difference too picks the scale: medians of −6,000 户 and +5,000 户 differ by 1.1 万户.
  const spread = values.length ? Math.max(...values) - Math.min(...values) : 0;
  const scale = commonScale(
    [...values, spread],
    known?.name ? { unit: known.unit, name: known.name } : (known?.unit ?? ''),
    lang,
    {
      whole: known?.whole,
      rate: known?.rate,
    },
  );
  return medians.map((m, i) => {
    // The difference of the medians as shown, so that they subtract to it (a rate's is in points).
    const d =
      i > 0 && m && first && Number.isFinite(m.value - first.value)
        ? scale.difference(m.value, first.value)
        : null;
    return {
      text: m ? medianMarked(m, lang, mark, scale.figure) : null,
      delta: d,
      deltaText: d === null ? null : signed(d, scale.change(Math.abs(d))),
    };
  });
}
