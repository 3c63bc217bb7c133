// The last paste of actuals that left cells refused, per plan, kept in this browser: after a reload the values
// read were kept (in the scenario) but the paste and the list of refused cells were gone, and nothing said
// what was still missing. Only the text is kept; the page reads it again to list them.
import { pageStorage } from './pageStorage.ts';

/** A paste this long is not kept (a refused cell list of a huge paste is not worth the browser's storage). */
const MAX_KEPT_CHARS = 200_000;

const key = (planId: string) => `planpath:last-paste:${planId}`;

export function loadLastPaste(planId: string): string | null {
  try {
    return pageStorage()?.getItem(key(planId)) ?? null;
  } catch {
    return null;
  }
}

/** Keeps `text` for the plan, or forgets the last paste (null, or a text too long to keep). */
export function saveLastPaste(planId: string, text: string | null): void {
  try {
    const storage = pageStorage();
    if (text === null || text.length > MAX_KEPT_CHARS) storage?.removeItem(key(planId));
    else storage?.setItem(key(planId), text);
  } catch {
    // Full or refused: the paste is simply not kept, as before.
  }
}
