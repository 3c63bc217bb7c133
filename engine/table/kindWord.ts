// A target's kind as the 类型 column of a target table writes it: the word the table reader takes back
// (KIND_WORDS), so a review printed by `planpath extract` can be copied into the table. The CLI had printed the
// engine's codes (pp-change, level) under a Chinese header.
import type { Lang } from '../report/lang.ts';
import { KIND_WORDS } from './planTableColumns.ts';

type Kind = (typeof KIND_WORDS)[string];

/** The first Chinese word KIND_WORDS reads as `kind`; in English, the code, which it reads too. */
export function kindWord(kind: Kind, lang: Lang): string {
  if (lang === 'en') return kind;
  const word = Object.entries(KIND_WORDS).find(([w, k]) => k === kind && /[\u4e00-\u9fff]/.test(w));
  return word ? word[0] : kind;
}
