// The engine's one entry point: run(plan, scenario, options) → deterministic path, quantiles per indicator
// and year, and per-target statistics. The same function runs in-process, in a browser Web Worker and in a
// Node worker thread; for one seed it gives the same numbers in all three.

import type { QuestionedActual } from '../actuals/questionedActuals.ts';
import { type CompiledModel, compiledModelFor } from '../compile/compileModel.ts';
import { assessTargets } from '../evaluate/assessTargets.ts';
import { verdictSummary } from '../evaluate/verdictSummary.ts';
import { targetStats } from '../outputs/targetStats.ts';
import { emptySummary } from '../outputs/YearSummaries.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { Scenario } from '../plan/scenarioSchema.ts';
import { bankDraws, zeroDraws } from './DrawSource.ts';
import { leverCost } from './leverCost.ts';
import { type RunSetup, resolveScenario } from './resolveScenario.ts';
import { checkRunMemory } from './runMemory.ts';
import type { IndicatorResult, RunOptions, RunResult } from './runTypes.ts';
import { nonFiniteWarnings, type RunWarning } from './runWarnings.ts';
import { shareOutOfRangeWarnings } from './shareOutOfRange.ts';
import { type SimulateOptions, type Simulation, simulateSteps, simulateSync } from './simulate.ts';
import { YearOutputs } from './YearOutputs.ts';
import { yieldToEventLoop } from './yieldToEventLoop.ts';

export const DEFAULT_PATHS = 2000;
export const DEFAULT_SEED = 1;

interface Prepared {
  model: CompiledModel;
  userFormulas: NonNullable<Scenario['formulas']>;
  questioned: QuestionedActual[];
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
    questioned: setup.questioned,
    setup,
    paths,
    seed,
    quantiles: options.quantiles ?? true,
  };
}

function finish(p: Prepared, det: Simulation, mc: YearOutputs | null, started: number): RunResult {
  const stats = targetStats(p.model.plan, p.model.slotOf, mc?.targets ?? null, det);
  // Parts that only took an even share of a total's actual have no level of their own to judge.
  const splitParts = new Set(det.actualIssues.flatMap((i) => i.parts ?? []));
  const targets = assessTargets(p.model.plan, p.setup, stats, det, p.model.slotOf, splitParts);
  const indicators: Record<string, IndicatorResult> = {};
  // One empty summary shared by every indicator of a run without quantiles: 86 × 8 empty typed arrays were a
  // fifth of the deterministic path (a result's buffers are transferred once each, engineApi.ts).
  const empty = emptySummary();
  for (const ind of p.model.indicators) {
    indicators[ind.id] = {
      unit: ind.unit,
      // A copy: the simulation's buffers belong to its workspace, which the next run overwrites.
      deterministic: det.values[ind.slot]!.slice(),
      ...(mc?.summaries?.summary(ind.slot) ?? empty),
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
        paths: mc ? (k: number) => mc.nonFinite.cell(ind.slot, k) : null,
      })),
    ),
    ...shareOutOfRangeWarnings(p.model.plan, p.setup.years, indicators),
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
    bridges: p.setup.bridges,
    historyRates: p.setup.historyRates,
    // Only when there are some, as below: a result without entered counts keeps its keys (resultBits).
    ...(p.setup.flowHistory.length > 0 ? { flowHistory: p.setup.flowHistory } : {}),
    ...(p.setup.shortHistory.length > 0 ? { shortHistory: p.setup.shortHistory } : {}),
    ...(p.setup.lockedParameters.length > 0 ? { lockedParameters: p.setup.lockedParameters } : {}),
    // Only when there are some: a result without entered values keeps its keys (and resultBits its digest).
    ...(p.questioned.length > 0 ? { questioned: p.questioned } : {}),
    elapsedMs: now() - started,
  };
}

/** The Monte Carlo run's options: three rows per indicator, its outputs taken year by year. */
function monteCarlo(p: Prepared): { outputs: YearOutputs; simulate: SimulateOptions } {
  const outputs = new YearOutputs(p.model, p.setup.years, p.quantiles);
  return { outputs, simulate: { keepYears: false, onYear: outputs.observe } };
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}

/** Runs to completion without yielding: for analytics loops and tests. */
export function runSync(plan: Plan, scenario: Scenario | null, options: RunOptions = {}): RunResult {
  const started = now();
  const p = prepare(plan, scenario, options);
  const det = simulateSync(p.model, p.setup, 1, zeroDraws);
  let mc: YearOutputs | null = null;
  if (p.paths > 0) {
    const { outputs, simulate } = monteCarlo(p);
    simulateSync(p.model, p.setup, p.paths, bankDraws(p.seed, options.keepDraws), simulate);
    mc = outputs;
  }
  return finish(p, det, mc, started);
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
  let mc: YearOutputs | null = null;
  if (p.paths > 0) {
    const { outputs, simulate } = monteCarlo(p);
    const steps = simulateSteps(p.model, p.setup, p.paths, bankDraws(p.seed, options.keepDraws), simulate);
    let sliceStart = now();
    try {
      for (;;) {
        const r = steps.next();
        if (r.done) {
          mc = outputs;
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
