// Looks up a label in the page's one catalogue (which includes the engine's codes) and fills its `{name}`
// placeholders the way the engine does (lists joined as the language writes them). Labels that come with a
// chunk loaded later (the report's) are added to it by that chunk (addMessages).
import { fill, type MessageParams } from '../../engine/index.ts';
import type { Lang } from './lang.ts';
import { MESSAGES, type MessageKey } from './messages.ts';

type Entry = { zh: string; en: string };
const catalogue: Record<string, Entry> = { ...MESSAGES };

/** Adds the labels of a chunk loaded after the first visit (reportMessages.ts). */
export function addMessages(messages: Readonly<Record<string, Entry>>): void {
  Object.assign(catalogue, messages);
}

export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const entry = catalogue[key];
  // A label of a chunk not loaded yet is a wiring mistake: said, not shown as a blank.
  if (!entry) throw new Error(`label ${key} is not loaded (its chunk adds it: addMessages)`);
  return fill(entry[lang], params, lang);
}

/** A translator bound to one language, the form cells receive. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}
