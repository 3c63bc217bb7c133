// The import draft in progress — the pasted text and the reviewed rows — kept in IndexedDB so a reload or a
// closed tab does not lose the planner's review. Best effort: when storage is refused the draft simply lives
// in the page, and the plan itself is saved (or refused with a message) by userPlans.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';

const KEY = 'draft';
let store: UseStore | null = null;

function openStore(): UseStore | null {
  if (typeof indexedDB === 'undefined') return null;
  store ??= createStore('planpath-import-draft', 'drafts');
  return store;
}

export async function saveImportDraft(draft: unknown): Promise<boolean> {
  const s = openStore();
  if (s === null) return false;
  try {
    await set(KEY, draft, s);
    return true;
  } catch {
    return false;
  }
}

/**
 * On the way out (pagehide): the draft written where a reload finds it at once, as well as to IndexedDB, whose
 * write a reload within a moment of typing does not wait for (a base typed and reloaded at once had come back
 * as the old value, 钱主任). sessionStorage is written before the page goes; a draft too large for it (a paste
 * of megabytes) is left to IndexedDB alone.
 */
export function stashImportDraft(draft: unknown): void {
  try {
    sessionStorage.setItem(STASH, JSON.stringify(draft));
  } catch {
    // quota or storage refused: IndexedDB's write below is all there is
  }
  void saveImportDraft(draft);
}

const STASH = 'planpath-import-draft';

function takeStash(): unknown {
  try {
    const text = sessionStorage.getItem(STASH);
    if (text === null) return undefined;
    sessionStorage.removeItem(STASH);
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function loadImportDraft(): Promise<unknown> {
  const stashed = takeStash();
  if (stashed !== undefined) {
    await saveImportDraft(stashed);
    return stashed;
  }
  const s = openStore();
  if (s === null) return undefined;
  try {
    return await get(KEY, s);
  } catch {
    return undefined;
  }
}

export async function clearImportDraft(): Promise<void> {
  takeStash();
  const s = openStore();
  if (s === null) return;
  try {
    await del(KEY, s);
  } catch {
    // nothing to clear
  }
}
