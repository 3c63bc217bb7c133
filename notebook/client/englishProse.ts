// The English of the embedded plan's notes, loaded when the page is first drawn in English (see
// build/splitEnglishProse.ts). Null from the dev server, whose plan comes from its files with both languages.
import type { Plan } from '../../engine/index.ts';
import { mergeEnglishProse } from '../build/splitEnglishProse.ts';

let loaded: Promise<void> | null = null;

export function ensureEnglishProse(plan: Plan): Promise<void> {
  loaded ??= import('virtual:planpath-shipped-plan-en')
    .then((m) => {
      const english = m.default;
      if (english) mergeEnglishProse(plan, english);
    })
    .catch(() => {
      loaded = null; // a chunk that failed to load is asked for again; the notes fall back to Chinese meanwhile
    });
  return loaded;
}
