// Renders an engine message code with its parameters in one language.
import type { Lang } from '../lang.ts';
import { ENGINE_MESSAGES, type EngineMessageCode } from './catalogue.ts';

/** A list parameter is joined the way the language writes lists. */
export type MessageParams = Record<string, string | number | readonly (string | number)[]>;

/** Fills `{name}` placeholders; a placeholder without a parameter stays as written, so a gap is visible. */
export function fill(text: string, params?: MessageParams, lang: Lang = 'zh'): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const v = params[name]!;
    return Array.isArray(v) ? v.join(lang === 'zh' ? '、' : ', ') : String(v);
  });
}

export function render(lang: Lang, code: EngineMessageCode, params?: MessageParams): string {
  return fill(ENGINE_MESSAGES[code][lang], params, lang);
}
