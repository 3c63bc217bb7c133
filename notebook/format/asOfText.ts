// "实际数据截至 2023 年" as the evaluation's heading and the report's cover say it, followed by what the engine
// adds to it (asOfNotes: a later figure that is reckoned, a period over without its last year's figures).
import { asOfNotes, type Evaluation, renderMessage } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';

/** `thisYear`: the reader's calendar year. */
export function asOfText(
  ev: Pick<Evaluation, 'summary' | 'plan'>,
  lang: Lang,
  asOf: string,
  thisYear?: number,
): string {
  return [asOf, ...asOfNotes(ev, thisYear).map((m) => renderMessage(lang, m))].join(
    lang === 'zh' ? '；' : '; ',
  );
}
