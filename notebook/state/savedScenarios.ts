// Scenarios saved in this browser (localStorage), per plan. Reading never loses anything: an entry that
// cannot be read is reported and left in place; writing keeps every other entry as it was.
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
  const s = e.scenario as Record<string, unknown> | undefined;
  return (
    typeof e.key === 'string' &&
    typeof e.savedAt === 'string' &&
    !!s &&
    typeof s === 'object' &&
    !Array.isArray(s) &&
    typeof (s.name as { zh?: unknown } | undefined)?.zh === 'string'
  );
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
  } catch {
    // An unreadable store is not overwritten: keep it aside under a dated key before starting a new list.
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
