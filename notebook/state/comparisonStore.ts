// The scenarios set side by side, kept in this browser (IndexedDB, beside the planner's work) and brought back
// on the next visit: a comparison prepared for a meeting had to be rebuilt after the browser was closed. What
// cannot be read is dropped, never thrown into the page.
import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { App, NamedScenario } from '../app.ts';
import { scenarioProblem } from '../share/shareSync.ts';
import { isNamedScenario } from './isNamedScenario.ts';

let idb: UseStore | null = null;
function store(): UseStore {
  idb ??= createStore('planpath-comparison', 'comparison');
  return idb;
}

const SOURCES = new Set(['library', 'saved', 'current', 'file']);

/** An entry of the shape the comparison holds; anything else is left out. */
export function isComparedEntry(x: unknown): x is NamedScenario {
  if (!x || typeof x !== 'object') return false;
  const e = x as Record<string, unknown>;
  return (
    typeof e.key === 'string' &&
    typeof e.source === 'string' &&
    SOURCES.has(e.source) &&
    isNamedScenario(e.scenario)
  );
}

export async function readComparison(planId: string): Promise<NamedScenario[]> {
  try {
    const value: unknown = await get(planId, store());
    return Array.isArray(value) ? value.filter(isComparedEntry) : [];
  } catch {
    return [];
  }
}

/**
 * Brings the last visit's comparison back (each scenario checked as a link's is; one the plan refuses is left
 * out) unless the page has one already, then keeps the comparison saved as it changes.
 */
export async function restoreComparison(app: App): Promise<void> {
  const planId = app.storageKey;
  const usable: NamedScenario[] = [];
  for (const e of await readComparison(planId)) if (!(await scenarioProblem(app, e.scenario))) usable.push(e);
  if (usable.length > 0 && app.comparison.get().length === 0) app.comparison.set(usable, {});
  app.comparison.subscribe((list) => void writeComparison(planId, list));
}

export async function writeComparison(planId: string, entries: readonly NamedScenario[]): Promise<void> {
  try {
    await set(planId, structuredClone(entries), store());
  } catch {
    // Storage refused (private mode, quota): the comparison stays on the page; the work's own notice says why.
  }
}
