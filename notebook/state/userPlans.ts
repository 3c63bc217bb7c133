// The planner's own plans, kept in the browser's IndexedDB (idb-keyval) so a reload never loses them. Every
// call answers with a result, never a throw: a browser that refuses storage (private mode, a full disk, a
// policy) gets a coded failure the page words, and what is on screen stays.
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { crc32 } from '../share/crc32.ts';

export interface UserPlanRecord {
  /** Key in the store; also what `?plan=user:<id>` opens. */
  id: string;
  title: string;
  /** ISO time of the last save. */
  saved: string;
  /** The plan file (planpath/plan@1) as generated or loaded. */
  plan: unknown;
  /** Where it came from: pasted text, a target table, or a plan file. */
  origin: 'text' | 'table' | 'plan-file';
  /** How many targets wait for a base (基期待补) when it was generated. */
  pending?: number;
}

export type StorageFailure = { ok: false; code: 'storage-unavailable' | 'storage-refused'; detail: string };
export type StorageResult<T> = { ok: true; value: T } | StorageFailure;

let store: UseStore | null = null;

function openStore(): UseStore | StorageFailure {
  if (typeof indexedDB === 'undefined') {
    return { ok: false, code: 'storage-unavailable', detail: 'indexedDB is not available' };
  }
  store ??= createStore('planpath-user-plans', 'plans');
  return store;
}

async function guarded<T>(work: (s: UseStore) => Promise<T>): Promise<StorageResult<T>> {
  const s = openStore();
  if ('ok' in s) return s;
  try {
    return { ok: true, value: await work(s) };
  } catch (error) {
    return {
      ok: false,
      code: 'storage-refused',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}

export function listUserPlans(): Promise<StorageResult<UserPlanRecord[]>> {
  return guarded(async (s) =>
    (await entries<string, UserPlanRecord>(s))
      .map(([, v]) => v)
      .filter((v) => v && typeof v.id === 'string')
      // ISO times sort as strings; localeCompare would load the collator's data.
      .sort((a, b) => (a.saved < b.saved ? 1 : a.saved > b.saved ? -1 : 0)),
  );
}

export function getUserPlan(id: string): Promise<StorageResult<UserPlanRecord | undefined>> {
  return guarded((s) => get<UserPlanRecord>(id, s));
}

export function saveUserPlan(record: UserPlanRecord): Promise<StorageResult<UserPlanRecord>> {
  return guarded(async (s) => {
    await set(record.id, record, s);
    return record;
  });
}

export function deleteUserPlan(id: string): Promise<StorageResult<void>> {
  return guarded((s) => del(id, s));
}

/**
 * A plan's id, from its content: the same plan file imported in another browser gets the same id, so a link
 * to it (?plan=user:<id>) opens there once the file is imported. (Plans saved before had random ids; their
 * links still open where they were saved.)
 */
export function userPlanIdOf(plan: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(plan));
  return `p${crc32(bytes).toString(36)}${bytes.length.toString(36)}`;
}

/** The address that opens a user plan (the scenario stays in the hash, as for the embedded plan). */
export function userPlanAddress(id: string): string {
  return `?plan=user:${encodeURIComponent(id)}`;
}
