// Looks up a label in the page's one catalogue (which includes the engine's codes) and fills its `{name}`
// placeholders the way the engine does (lists joined as the language writes them).
import { fill, type MessageParams } from '../../engine/index.ts';
import type { Lang } from './lang.ts';
import { MESSAGES, type MessageKey } from './messages.ts';

export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return fill(MESSAGES[key][lang], params, lang);
}

/** A translator bound to one language, the form cells receive. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}
