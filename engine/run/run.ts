// The engine's one entry point: run(plan, scenario, options) → deterministic path, quantiles per indicator
// and year, and per-target statistics. The same function runs in-process, in a browser Web Worker and in a
// Node worker thread; for one seed it gives the same numbers in all three.

import { type CompiledModel, compiledModelFor } from '../compile/compileModel.ts';
import { assessTargets, verdictSummary } from '../evaluate/assessTargets.ts';
import { cellAllFinite } from '../outputs/cellAllFinite.ts';
import { emptySummary, summarize } from '../outputs/summarize.ts';
import { targetStats } from '../outputs/targetStats.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { Scenario } from '../plan/scenarioSchema.ts';
import { bankDraws, zeroDraws } from './DrawSource.ts';
import { leverCost } from './leverCost.ts';
import { type RunSetup, resolveScenario } from './resolveScenario.ts';
import { checkRunMemory } from './runMemory.ts';
import type { IndicatorResult, RunOptions, RunResult } from './runTypes.ts';
import { nonFiniteWarnings, type RunWarning } from './runWarnings.ts';
import { type Simulation, simulateSteps, simulateSync } from './simulate.ts';

export const DEFAULT_PATHS = 2000;
export const DEFAULT_SEED = 1;

interface Prepared {
  model: CompiledModel;
  userFormulas: NonNullable<Scenario['formulas']>;
  setup: RunSetup;
  paths: number;
  seed: number;
  quantiles: boolean;
}

function prepare(plan: Plan, scenario: Scenario | null, options: RunOptions): Prepared {
  const paths = options.paths ?? scenario?.paths ?? DEFAULT_PATHS;
  if (!Number.isInteger(paths) || paths < 0 || paths > 200_000)
    throw new RangeError(`paths must be an integer in 0–200000, not ${paths}`);
  const seed = options.seed ?? scenario?.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1)
    throw new RangeError(`seed must be an integer in 0–4294967295, not ${seed}`);
  const horizon = options.horizon ?? scenario?.horizon ?? plan.meta.targetYear;
  const model = compiledModelFor(plan, scenario?.formulas ?? []);
  const setup = resolveScenario(plan, scenario, horizon);
  if (paths > 0) checkRunMemory(model, setup, paths); // the deterministic path alone takes one path's room
  return {
    model,
    userFormulas: scenario?.formulas ?? [],
    setup,
    paths,
    seed,
    quantiles: options.quantiles ?? true,
  };
}

function finish(p: Prepared, det: Simulation, mc: Simulation | null, started: number): RunResult {
  const stats = targetStats(p.model.plan, p.model.slotOf, mc, det);
  // Parts that only took an even share of a total's actual have no level of their own to judge.
  const splitParts = new Set(det.actualIssues.flatMap((i) => i.parts ?? []));
  const targets = assessTargets(p.model.plan, p.setup, stats, mc, det, p.model.slotOf, splitParts);
  const indicators: Record<string, IndicatorResult> = {};
  const means = new Map<string, Float64Array>();
  // One empty summary shared by every indicator of a run without quantiles: 86 × 8 empty typed arrays were a
  // fifth of the deterministic path (a result's buffers are transferred once each, engineApi.ts).
  const empty = emptySummary();
  for (const ind of p.model.indicators) {
    const summary = mc && p.quantiles ? summarize(mc, ind.slot) : empty;
    if (mc && p.quantiles) means.set(ind.id, summary.mean);
    // A copy: the simulation's buffers belong to its workspace, which the next run overwrites.
    indicators[ind.id] = {
      unit: ind.unit,
      deterministic: det.values[ind.slot]!.slice(),
      ...summary,
      count: ind.count,
    };
  }
  const [first, last] = [p.setup.years[0]!, p.setup.years.at(-1)!];
  const warnings: RunWarning[] = [
    ...p.setup.ignoredActuals.map((a) => ({ code: 'actualsOutsideHorizon' as const, ...a, first, last })),
    ...nonFiniteWarnings(
      p.model.plan,
      p.userFormulas,
      p.setup.years,
      p.model.indicators.map((ind) => ({
        id: ind.id,
        deterministic: det.values[ind.slot]!,
        paths: mc ? mc.values[ind.slot]! : null,
        n: mc ? mc.n : 0,
        allFinite: mc ? allFiniteOf(mc, ind.slot, means.get(ind.id)) : undefined,
      })),
    ),
  ];
  return {
    planId: p.model.plan.meta.id,
    warnings,
    years: p.setup.years,
    paths: p.paths,
    seed: p.seed,
    indicators,
    targets,
    summary: verdictSummary(p.model.plan, targets),
    cost: leverCost(p.setup),
    reanchored: det.reanchored,
    actualIssues: det.actualIssues,
    elapsedMs: now() - started,
  };
}

/** Year k of a slot is finite on every path: a finite mean says so (a NaN or an infinity would make the sum
 * non-finite); without means, a scan in WebAssembly does. */
function allFiniteOf(mc: Simulation, slot: number, mean: Float64Array | undefined): (k: number) => boolean {
  if (mean) return (k) => Number.isFinite(mean[k]!);
  const values = mc.values[slot]!;
  return (k) => cellAllFinite(values, k * mc.n, mc.n, mc.workspace.quantiles);
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}

/** Runs to completion without yielding: for analytics loops and tests. */
export function runSync(plan: Plan, scenario: Scenario | null, options: RunOptions = {}): RunResult {
  const started = now();
  const p = prepare(plan, scenario, options);
  const det = simulateSync(p.model, p.setup, 1, zeroDraws);
  const mc =
    p.paths > 0 ? simulateSync(p.model, p.setup, p.paths, bankDraws(p.seed, options.keepDraws)) : null;
  return finish(p, det, mc, started);
}

/** Hands control back to the event loop so a cancellation message can arrive. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function abortError(): Error {
  const e = new Error('run cancelled');
  e.name = 'AbortError';
  return e;
}

/** Yields to the event loop at most every this many ms: often enough to cancel, rarely enough to cost nothing. */
const SLICE_MS = 24;

/** Runs with progress and cancellation: yields to the event loop every few tens of milliseconds. */
export async function run(
  plan: Plan,
  scenario: Scenario | null,
  options: RunOptions = {},
): Promise<RunResult> {
  const started = now();
  const { signal, onProgress } = options;
  if (signal?.aborted) throw abortError();
  const p = prepare(plan, scenario, options);
  const det = simulateSync(p.model, p.setup, 1, zeroDraws);
  let mc: Simulation | null = null;
  if (p.paths > 0) {
    const steps = simulateSteps(p.model, p.setup, p.paths, bankDraws(p.seed, options.keepDraws));
    let sliceStart = now();
    try {
      for (;;) {
        const r = steps.next();
        if (r.done) {
          mc = r.value;
          break;
        }
        onProgress?.({ done: r.value * 0.9, stage: 'simulate' });
        if (now() - sliceStart > SLICE_MS) {
          await yieldToEventLoop();
          if (signal?.aborted) throw abortError();
          sliceStart = now();
        }
      }
    } finally {
      steps.return(undefined as never); // a cancelled run releases its workspace
    }
  }
  const result = finish(p, det, mc, started);
  onProgress?.({ done: 1, stage: 'done' });
  return result;
}
