// Renders an engine message code with its parameters in one language.
import type { Lang } from '../lang.ts';
import { ENGINE_MESSAGES, type EngineMessageCode } from './catalogue.ts';

export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders; a placeholder without a parameter stays as written, so a gap is visible. */
export function fill(text: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function render(lang: Lang, code: EngineMessageCode, params?: MessageParams): string {
  return fill(ENGINE_MESSAGES[code][lang], params);
}
