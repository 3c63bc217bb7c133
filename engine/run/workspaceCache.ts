// Workspaces kept between runs, so the next run of the same model and size reuses its buffers (and the ~90
// MB of a 10,000-path run to 2035 is touched once, not per run) — within a memory budget: whatever idle
// workspaces exceed it are given back, least recently used first, so a worker that once ran 100,000 paths
// does not hold their 1 GB for ever.
import type { CompiledModel } from '../compile/compileModel.ts';
import type { RunSetup } from './resolveScenario.ts';
import { poolArraysFor, rowsHeld, Workspace } from './Workspace.ts';

/** Bytes of idle workspaces kept between runs: the notebook's deterministic, preview and full runs fit. */
export const WORKSPACE_CACHE_BUDGET = 512 * 2 ** 20;
/** At most this many workspaces per model (a notebook alternates a deterministic, a preview and a full run). */
const KEEP_PER_MODEL = 3;

/** Each model's recent workspaces, most recent last. */
const byModel = new WeakMap<CompiledModel, Workspace[]>();
/** Every kept workspace with its model's list, least recently used first. */
const recent: { ws: Workspace; list: Workspace[] }[] = [];

function forget(ws: Workspace): void {
  const k = recent.findIndex((e) => e.ws === ws);
  if (k < 0) return;
  const { list } = recent[k]!;
  recent.splice(k, 1);
  const j = list.indexOf(ws);
  if (j >= 0) list.splice(j, 1);
}

/** Bytes of the workspaces kept now (busy ones included). */
export function cachedWorkspaceBytes(): number {
  let total = 0;
  for (const e of recent) total += e.ws.bytes;
  return total;
}

/** Gives back idle workspaces, least recently used first, until the kept ones fit the budget. */
export function trimWorkspaces(budget = WORKSPACE_CACHE_BUDGET): void {
  let total = cachedWorkspaceBytes();
  for (let k = 0; k < recent.length && total > budget; ) {
    const { ws } = recent[k]!;
    if (ws.busy) {
      k++;
      continue;
    }
    total -= ws.bytes;
    forget(ws);
  }
}

/**
 * A workspace for n paths over Y years, holding every year or three rows (keepYears): a kept one that is
 * free and of that shape, or a new one. The deterministic path never shares one with a Monte Carlo run (a
 * one-path run would overwrite the deterministic values it is compared with). `reuse` false: a fresh
 * workspace, not kept.
 */
export function workspaceFor(
  model: CompiledModel,
  n: number,
  Y: number,
  setup: RunSetup,
  deterministic: boolean,
  reuse: boolean,
  keepYears: boolean,
): Workspace {
  const poolArrays = poolArraysFor(setup);
  const rows = rowsHeld(Y, keepYears);
  if (!reuse) return new Workspace(model, n, Y, poolArrays, deterministic, keepYears);
  const list = byModel.get(model) ?? [];
  byModel.set(model, list);
  const found = list.find(
    (w) =>
      !w.busy &&
      w.n === n &&
      w.Y === Y &&
      w.rows === rows &&
      w.poolCapacity >= poolArrays &&
      w.deterministic === deterministic,
  );
  if (found) forget(found);
  // Room first: idle workspaces beyond the budget go before a new one is allocated.
  else trimWorkspaces(WORKSPACE_CACHE_BUDGET);
  const ws = found ?? new Workspace(model, n, Y, poolArrays, deterministic, keepYears);
  list.push(ws);
  recent.push({ ws, list });
  if (list.length > KEEP_PER_MODEL) forget(list[0]!);
  ws.reset();
  return ws;
}
