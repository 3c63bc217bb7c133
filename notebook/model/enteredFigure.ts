// A figure the planner entered, as the indicator detail lists it: in the display's words, or, when it is
// questioned, with why beside it. A slipped decimal point is quoted as typed, in the plan's unit (formatTyped),
// as the paste report quotes it: in English a slipped 48.5 亿元 shown as "4.85 bn yuan … perhaps 48.5 bn yuan"
// read as if it offered back the very 48.5 typed.
import {
  apartArgs,
  formatTyped,
  formatValue,
  outlierArgs,
  type QuestionedActual,
} from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Translate } from '../i18n/t.ts';

export function enteredFigure(
  value: number,
  unit: string,
  q: QuestionedActual | undefined,
  lang: Lang,
  t: Translate,
  whole?: boolean,
): string {
  if (!q) return formatValue(value, unit, lang, true, whole);
  if (q.why === 'decimal')
    return `${formatTyped(value, unit, lang)} ⚠ ${t('detail.questioned', { guess: formatTyped(q.guess, unit, lang) })}`;
  const why =
    q.why === 'stock'
      ? t('detail.questionedStock')
      : q.why === 'outlier'
        ? t('detail.questionedOutlier', outlierArgs(q))
        : q.why === 'apart'
          ? t('detail.questionedApart', apartArgs(q))
          : t('detail.questionedJump', outlierArgs(q));
  return `${formatValue(value, unit, lang, true, whole)} ⚠ ${why}`;
}
