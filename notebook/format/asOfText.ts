// "实际数据截至 2023 年" as the evaluation's heading and the report's cover say it, followed by the later
// figures the tables show that are reckoned, not observed (社零 2025 = 435 × 1.03⁵).
import { type Evaluation, reckonedLaterMessage, renderMessage } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';

export function asOfText(ev: Pick<Evaluation, 'summary'>, lang: Lang, asOf: string): string {
  const later = reckonedLaterMessage(ev.summary);
  return later ? `${asOf}${lang === 'zh' ? '；' : '; '}${renderMessage(lang, later)}` : asOf;
}
