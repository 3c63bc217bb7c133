// The simulation loop: year by year, indicator by indicator in dependency order, each step one compiled
// loop over all paths. Written as a generator that yields after every year, so a caller can run it straight
// through (goal-seek, tests) or hand control back to the event loop to see a cancellation (the worker).

import type { CompiledModel } from '../compile/compileModel.ts';
import type { ActualIssue, AnchorState, Reanchored } from './anchorActual.ts';
import { anchorPlan } from './anchorPlan.ts';
import type { DrawSource } from './DrawSource.ts';
import { drawParameters } from './drawParameters.ts';
import { KernelRunner } from './KernelRunner.ts';
import type { RunSetup } from './resolveScenario.ts';
import { startBaseYear } from './startBaseYear.ts';
import { type IndicatorStep, type StepContext, stepIndicator } from './stepIndicator.ts';
import { unknownSlots } from './unknownSlots.ts';
import { updateParameters } from './updateParameters.ts';
import type { Workspace } from './Workspace.ts';
import { trimWorkspaces, workspaceFor } from './workspaceCache.ts';

export type { ActualIssue, Reanchored };

export interface Simulation {
  n: number;
  years: number[];
  /**
   * By slot (see CompiledModel.slotOf): row-major, values[slot][rowOf(y)·n + i] is path i in year y. Views of
   * the run's workspace: the next run of the same model and size overwrites them, so read them before that.
   * Unless the run kept every year, a row is reused two years later: read year y in onYear.
   */
  values: Float64Array[];
  /** The row of year index y (Workspace.rowOf): y itself when every year is kept. */
  rowOf: (y: number) => number;
  /** Every year's row is kept (keepYears), so all can be read after the run. */
  keepsYears: boolean;
  /** Slots NaN on every path in every year, known before the run (unknownSlots.ts): their rows are one
   * shared row of NaN. */
  unknown: ReadonlySet<number>;
  /** Where the values live, with the loops that read them in place (targetStats). */
  workspace: Workspace;
  /** Actuals of sums that re-anchored their parts pro rata (see anchorPlan). */
  reanchored: Reanchored[];
  /** Actuals of derived indicators that were honoured otherwise, or could not be (never silent). */
  actualIssues: ActualIssue[];
}

export interface SimulateOptions {
  /** Take a kept workspace of this shape (default true); false: a fresh one, not kept. */
  reuseBuffers?: boolean;
  /** false: simulate the unknown slots too, as before they were skipped (tests compare the two). */
  skipUnknown?: boolean;
  /** Hold every year's rows to the end (default); false: three rows per indicator, read through onYear. */
  keepYears?: boolean;
  /** Called once year index y is complete on every indicator (a later actual may rewrite a part's year, so
   * not before): its rows are read there, while they are still held and still in cache. */
  onYear?: (sim: Simulation, y: number) => void;
}

export function* simulateSteps(
  model: CompiledModel,
  setup: RunSetup,
  n: number,
  draws: DrawSource,
  options: SimulateOptions = {},
): Generator<number, Simulation> {
  const { reuseBuffers = true, skipUnknown = true, keepYears = true, onYear } = options;
  const { years } = setup;
  const Y = years.length;
  const ws = workspaceFor(model, n, Y, setup, draws.id === 'zeros', reuseBuffers, keepYears);
  const { values } = ws;
  const params = drawParameters(setup, draws, ws);
  const runner = new KernelRunner(model, ws, params, years, n);
  const anchors = anchorPlan(model, setup);
  const unknown = skipUnknown ? unknownSlots(model, setup, anchors) : new Set<number>();
  // The unknown slots are neither computed nor stored: their rows are the workspace's row of NaN.
  ws.pointRows(unknown);
  const known = model.indicators.filter((ind) => !unknown.has(ind.slot));
  const rowOf = (y: number) => ws.rowOf(y);
  const anchoring: AnchorState = {
    n,
    years,
    values,
    rowOf,
    actuals: setup.actuals,
    carries: new Map(),
    cohortOf: new Map(),
    reanchored: [],
    actualIssues: [],
  };
  for (const a of anchors.values()) anchoring.carries.set(a.slot, ws.poolArray().fill(1));
  for (const ind of known)
    if (ind.kind === 'cohort')
      anchoring.cohortOf.set(ind.slot, { ring: ws.rings[ind.slot]!, life: ind.life });

  const steps: IndicatorStep[] = known.map((ind) => ({
    ind,
    main: runner.bind(ind.main),
    atBase: ind.atBase ? runner.bind(ind.atBase) : undefined,
    renewal: ind.renewal ? runner.bind(ind.renewal) : undefined,
    exit: ind.exit ? runner.bind(ind.exit) : undefined,
    actuals: setup.actuals.get(ind.id),
    cohort: ind.kind === 'cohort' ? { ring: ws.rings[ind.slot]!, head: 0 } : undefined,
    anchor: anchors.get(ind.slot),
  }));
  // The centre of every distribution: a count's flows carry their rounding over the years (carriedCount).
  const countTotals = draws.id === 'zeros' ? new Map<number, Float64Array>() : undefined;
  const cx: StepContext = { n, years, ws, draws, runner, anchoring, countTotals };
  const sim: Simulation = {
    n,
    years,
    values,
    rowOf,
    keepsYears: ws.rows === Y,
    unknown,
    workspace: ws,
    reanchored: anchoring.reanchored,
    actualIssues: anchoring.actualIssues,
  };

  // The workspace is this run's until the loop ends or the caller drops the generator (return()), so runs
  // interleaved on other channels take other workspaces. The values stay valid after it is released until
  // the next run of this size starts: callers read them before yielding to the event loop.
  ws.busy = true;
  try {
    for (let y = 0; y < Y; y++) {
      updateParameters(params, y, n, ws.pathLoops);
      if (y === 0) startBaseYear(steps, values, n, runner, anchoring);
      else for (const s of steps) stepIndicator(cx, s, y);
      onYear?.(sim, y);
      yield (y + 1) / Y;
    }
  } finally {
    ws.busy = false;
    trimWorkspaces(); // a workspace beyond the budget is given back once its values are read (by GC)
  }
  return sim;
}

/** Runs the simulation straight through. */
export function simulateSync(
  model: CompiledModel,
  setup: RunSetup,
  n: number,
  draws: DrawSource,
  options: SimulateOptions = {},
): Simulation {
  const steps = simulateSteps(model, setup, n, draws, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
