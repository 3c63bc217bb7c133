// The planner's work, kept in this browser (IndexedDB, through idb-keyval) as they work: the scenario with
// its actuals, notes and formula cells, and the 编制单位 typed for the report. Restored on the next visit;
// a link in the address wins, and the work it would replace is kept as "previous" and offered back.
// Failures never throw into the page: they are passed to the handler main.ts installs (a notice).
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { isNamedScenario } from './isNamedScenario.ts';
import type { Working } from './scenarioOps.ts';

export interface SavedWork {
  version: 1;
  savedAt: string;
  scenario: Working;
  organisation: string;
}

let idb: UseStore | null = null;
function store(): UseStore {
  idb ??= createStore('planpath', 'work');
  return idb;
}

let onError: (error: unknown) => void = () => {};
/** Where storage failures go (the app's notices). */
export function setWorkStoreErrorHandler(handler: (error: unknown) => void): void {
  onError = handler;
}

const key = (planId: string, slot: 'current' | 'previous' | 'organisation') => `${planId}:${slot}`;

/** A stored value is taken only if it has the shape of saved work; anything else is left alone. */
export function isSavedWork(x: unknown): x is SavedWork {
  if (!x || typeof x !== 'object') return false;
  const w = x as Record<string, unknown>;
  return w.version === 1 && typeof w.savedAt === 'string' && isNamedScenario(w.scenario);
}

const organisations = new Map<string, string>();

export async function readWork(
  planId: string,
  slot: 'current' | 'previous' = 'current',
): Promise<SavedWork | null> {
  try {
    // The 编制单位 is kept under a key of its own too: typed on a visit that changed nothing else, it had been
    // held only in memory and was gone on the next visit (孙科长).
    const organisation: unknown =
      slot === 'current' ? await get(key(planId, 'organisation'), store()) : undefined;
    if (typeof organisation === 'string') organisations.set(planId, organisation);
    const value: unknown = await get(key(planId, slot), store());
    if (value === undefined) return null;
    if (!isSavedWork(value)) throw new Error(`stored work for ${planId} has an unknown shape`);
    if (slot === 'current' && typeof organisation !== 'string') organisations.set(planId, value.organisation);
    return value;
  } catch (error) {
    onError(error);
    return null;
  }
}

export async function writeWork(
  planId: string,
  scenario: Working,
  slot: 'current' | 'previous' = 'current',
): Promise<void> {
  const work: SavedWork = {
    version: 1,
    savedAt: new Date().toISOString(),
    scenario: structuredClone(scenario),
    organisation: organisations.get(planId) ?? '',
  };
  try {
    await set(key(planId, slot), work, store());
  } catch (error) {
    onError(error);
  }
}

export async function forgetWork(planId: string, slot: 'current' | 'previous'): Promise<void> {
  try {
    await del(key(planId, slot), store());
  } catch (error) {
    onError(error);
  }
}

/** The 编制单位 last typed for this plan's report ('' if none). */
export function loadOrganisation(planId: string): string {
  return organisations.get(planId) ?? '';
}

let lastScenario: { planId: string; scenario: Working } | null = null;

export function saveOrganisation(planId: string, value: string): void {
  organisations.set(planId, value.trim());
  set(key(planId, 'organisation'), value.trim(), store()).catch(onError);
  if (lastScenario?.planId === planId) void writeWork(planId, lastScenario.scenario);
}

/**
 * Saves the scenario shortly after each committed edit (not during a slider drag); returns the stop function.
 * `subscribe` is the scenario store's.
 */
export function startWorkSave(
  planId: string,
  subscribe: (listener: (s: Working, meta: { preview?: boolean }) => void) => () => void,
  delayMs = 250,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const unsubscribe = subscribe((s, meta) => {
    lastScenario = { planId, scenario: s };
    if (meta.preview) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void writeWork(planId, s), delayMs);
  });
  // Leaving the page must not lose the last edit inside the delay.
  const flush = () => {
    if (timer && lastScenario) {
      clearTimeout(timer);
      timer = null;
      void writeWork(planId, lastScenario.scenario);
    }
  };
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    if (timer) clearTimeout(timer);
  };
}
