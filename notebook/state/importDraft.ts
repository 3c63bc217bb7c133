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

export async function loadImportDraft(): Promise<unknown> {
  const s = openStore();
  if (s === null) return undefined;
  try {
    return await get(KEY, s);
  } catch {
    return undefined;
  }
}

export async function clearImportDraft(): Promise<void> {
  const s = openStore();
  if (s === null) return;
  try {
    await del(KEY, s);
  } catch {
    // nothing to clear
  }
}
