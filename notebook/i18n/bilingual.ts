import type { Lang } from './lang.ts';

/**
 * A label written "中文 English" in one string (as plan files do for groups): the part for the language.
 * A label without both parts is returned as it is.
 */
export function bilingual(label: string, lang: Lang): string {
  const m = /^([^A-Za-z]*[^\sA-Za-z])\s+([A-Za-z].*)$/.exec(label.trim());
  if (!m) return label;
  return lang === 'zh' ? m[1]! : m[2]!;
}
