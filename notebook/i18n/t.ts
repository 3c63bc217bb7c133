// Looks up a label and fills its `{name}` placeholders.
import type { Lang } from './lang.ts';
import { MESSAGES, type MessageKey } from './messages.ts';

export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text: string = MESSAGES[key][lang];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translator bound to one language, the form cells receive. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}
