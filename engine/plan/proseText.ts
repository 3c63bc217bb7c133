// An analyst's note or rationale in the reader's language: written once (a string, shown as written) or in
// both languages ({zh, en}; English falls back to the Chinese when it has none).
import type { Prose } from './planSchema.ts';

export function proseText(prose: Prose | undefined, lang: 'zh' | 'en' = 'zh'): string {
  if (prose === undefined) return '';
  if (typeof prose === 'string') return prose;
  return lang === 'en' ? prose.en || prose.zh : prose.zh;
}
