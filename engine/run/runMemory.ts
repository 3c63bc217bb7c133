// What a Monte Carlo run will take in memory, known before anything is allocated, so a run too large for the
// machine is refused with the figure it would need rather than failing (or swapping) halfway. Two parts: the
// workspace (three rows of paths per indicator and the run's other buffers, Workspace.ts) and the seed's
// random draws (float32 rows of normals in the shock bank, ShockBank.ts; a row of uniforms is written into the
// workspace where it is read).
import type { CompiledModel } from '../compile/compileModel.ts';
import { anchorPlan } from './anchorPlan.ts';
import { BudgetError } from './BudgetError.ts';
import type { RunSetup } from './resolveScenario.ts';
import { unknownSlots } from './unknownSlots.ts';
import { poolArraysFor, rowsHeld, workspaceBytes } from './Workspace.ts';

/**
 * Bytes one run may hold, so a whole process stays within 3 GiB: the estimate leaves out the process itself
 * (≈ 0.15 GiB measured beside it). Measured 2026-11-29: a plan of 150 noisy indicators at 200,000 paths to
 * 2035, 2,663 MB estimated, peak RSS 2,808 MB in-process; the embedded plan at 200,000 paths to 2035, 753 MB
 * estimated, 707 MB (in-process, draws kept) and 650 MB (a CLI process, draws not kept); to 2100, 1,001 MB
 * estimated, 950 MB in-process.
 */
export const RUN_MEMORY_BUDGET = 2.8 * 2 ** 30;

const MB = 2 ** 20;

export interface RunMemory {
  workspace: number;
  draws: number;
  total: number;
}

export function runMemory(model: CompiledModel, setup: RunSetup, paths: number): RunMemory {
  const Y = setup.years.length;
  const poolArrays = poolArraysFor(setup);
  // Indicators known to be NaN throughout (awaiting a base) are not simulated: their rows are never touched
  // and their streams never drawn (simulate.ts).
  const unknown = unknownSlots(model, setup, anchorPlan(model, setup));
  const known = model.indicators.filter((i) => !unknown.has(i.slot));
  const untouched = unknown.size * rowsHeld(Y, false) * paths * 8;
  const workspace = workspaceBytes(model, paths, Y, poolArrays, false) - untouched;
  const noisy = known.filter((i) => i.volatility > 0).length;
  // a stream per noisy indicator and year, one macro stream per year, one per parameter draw
  const streams = (noisy + 1) * (Y - 1) + poolArrays;
  const draws = streams * paths * 4;
  return { workspace, draws, total: workspace + draws };
}

/** Refuses, with the figure it would need, a run beyond RUN_MEMORY_BUDGET. */
export function checkRunMemory(model: CompiledModel, setup: RunSetup, paths: number): void {
  const m = runMemory(model, setup, paths);
  if (m.total <= RUN_MEMORY_BUDGET) return;
  const need = Math.ceil(m.total / MB);
  const budget = Math.floor(RUN_MEMORY_BUDGET / MB);
  const years = setup.years.length;
  throw new BudgetError(
    'run.memory',
    { needMB: need, budgetMB: budget, paths, years },
    `a run of ${paths} paths over ${years} years would need ${need.toLocaleString('en')} MB (paths ${Math.ceil(m.workspace / MB).toLocaleString('en')} MB + random draws ${Math.ceil(m.draws / MB).toLocaleString('en')} MB), more than the ${budget.toLocaleString('en')} MB a run may take: use fewer paths or an earlier horizon`,
  );
}
