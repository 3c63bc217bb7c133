// "实际数据截至 2023 年" as the evaluation's heading and the report's cover say it, followed by the later
// figures the tables show that are reckoned, not observed (社零 2025 = 435 × 1.03⁵), and, once the period is
// over without its last year's figures, that its verdicts are still forecasts (periodOverMessage).
import {
  type Evaluation,
  periodOverMessage,
  reckonedLaterMessage,
  renderMessage,
} from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';

/** `thisYear`: the reader's calendar year. */
export function asOfText(
  ev: Pick<Evaluation, 'summary' | 'plan'>,
  lang: Lang,
  asOf: string,
  thisYear?: number,
): string {
  const said = [reckonedLaterMessage(ev.summary), periodOverMessage(ev, thisYear)].flatMap((m) =>
    m ? [renderMessage(lang, m)] : [],
  );
  return [asOf, ...said].join(lang === 'zh' ? '；' : '; ');
}
