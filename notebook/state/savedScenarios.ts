// Scenarios saved in this browser (localStorage), per plan. Reading never loses anything: an entry that
// cannot be read is reported and left in place; writing keeps every other entry as it was. Storage can fail
// (quota full, private mode, storage blocked by a setting): a failed save changes nothing already saved and
// says why (trySaveScenario), so the page can offer the scenario as a file instead.
import { isNamedScenario } from './isNamedScenario.ts';
import type { Working } from './scenarioOps.ts';

export interface SavedScenario {
  key: string;
  savedAt: string;
  scenario: Working;
}

export interface SavedRead {
  entries: SavedScenario[];
  problems: { name: string; message: string }[];
}

function storageKey(planId: string): string {
  return `planpath.saved.${planId}`;
}

function rawList(storage: Storage, planId: string): unknown[] {
  const text = storage.getItem(storageKey(planId));
  if (!text) return [];
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed)) throw new Error('saved scenarios are not a list');
  return parsed;
}

function isEntry(x: unknown): x is SavedScenario {
  if (!x || typeof x !== 'object') return false;
  const e = x as Record<string, unknown>;
  return typeof e.key === 'string' && typeof e.savedAt === 'string' && isNamedScenario(e.scenario);
}

/** The stored list as text (null: none, or storage unreadable): a view compares it to know it changed. */
export function savedListText(storage: Storage, planId: string): string | null {
  try {
    return storage.getItem(storageKey(planId));
  } catch {
    return null;
  }
}

export function readSaved(storage: Storage, planId: string): SavedRead {
  let list: unknown[];
  try {
    list = rawList(storage, planId);
  } catch (error) {
    return {
      entries: [],
      problems: [
        { name: storageKey(planId), message: error instanceof Error ? error.message : String(error) },
      ],
    };
  }
  const entries: SavedScenario[] = [];
  const problems: SavedRead['problems'] = [];
  list.forEach((x, i) => {
    if (isEntry(x)) entries.push(x);
    else problems.push({ name: `#${i + 1}`, message: 'not a saved scenario' });
  });
  return { entries, problems };
}

/** Saves under the scenario's name, replacing an entry of the same name; other entries are kept verbatim. */
export function saveScenario(
  storage: Storage,
  planId: string,
  scenario: Working,
  now = new Date(),
): SavedScenario {
  let list: unknown[];
  try {
    list = rawList(storage, planId);
  } catch (error) {
    if (isStorageError(error)) throw error;
    // An unreadable store is not overwritten: keep it aside under a dated key before starting a new list.
    // If keeping it aside fails (storage full), setItem throws here and the unreadable list stays as it was.
    const old = storage.getItem(storageKey(planId));
    if (old !== null) storage.setItem(`${storageKey(planId)}.unreadable.${now.getTime()}`, old);
    list = [];
  }
  const key = `saved:${scenario.name.zh}`;
  const entry: SavedScenario = { key, savedAt: now.toISOString(), scenario };
  const kept = list.filter((x) => !(isEntry(x) && x.key === key));
  storage.setItem(storageKey(planId), JSON.stringify([...kept, entry]));
  return entry;
}

export function deleteSaved(storage: Storage, planId: string, key: string): void {
  const list = rawList(storage, planId);
  storage.setItem(storageKey(planId), JSON.stringify(list.filter((x) => !(isEntry(x) && x.key === key))));
}

/** Why storage failed, in terms the page can say in either language. */
export type StorageFailure = { reason: 'quota' | 'blocked' | 'other'; detail: string };

/** A DOMException (or look-alike) thrown by the storage itself, as opposed to unreadable contents. */
function isStorageError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'QuotaExceededError' ||
      error.name === 'SecurityError' ||
      error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      error.name === 'InvalidStateError')
  );
}

export function storageFailure(error: unknown): StorageFailure {
  const e = error as { name?: string; message?: string; code?: number } | null;
  const detail = e?.message || e?.name || String(error);
  // Browsers name the quota error differently (Firefox used NS_ERROR_DOM_QUOTA_REACHED; legacy code 22).
  if (e?.name === 'QuotaExceededError' || e?.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e?.code === 22)
    return { reason: 'quota', detail };
  if (e?.name === 'SecurityError' || e?.name === 'InvalidStateError') return { reason: 'blocked', detail };
  return { reason: 'other', detail };
}

export type SaveOutcome = { ok: true; entry: SavedScenario } | ({ ok: false } & StorageFailure);

/** saveScenario that never throws: null storage (blocked) and failed writes come back as a reason. */
export function trySaveScenario(
  storage: Storage | null,
  planId: string,
  scenario: Working,
  now = new Date(),
): SaveOutcome {
  if (storage === null) return { ok: false, reason: 'blocked', detail: 'localStorage is not available' };
  try {
    return { ok: true, entry: saveScenario(storage, planId, scenario, now) };
  } catch (error) {
    return { ok: false, ...storageFailure(error) };
  }
}
