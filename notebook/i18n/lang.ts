// The page's language: Chinese first, English on request. The type is the engine's (one Lang for all).
import type { Lang } from '../../engine/index.ts';

export type { Lang };

export const LANGS: readonly Lang[] = ['zh', 'en'];

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** A plan label in the page's language; English falls back to Chinese. */
export function pick(text: { zh: string; en?: string | undefined } | undefined, lang: Lang): string {
  if (!text) return '';
  return lang === 'en' && text.en ? text.en : text.zh;
}

/** Text in brackets as each language writes them: （…） in Chinese, (…) in English. */
export function paren(text: string | number, lang: Lang): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}
