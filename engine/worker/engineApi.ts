// What a worker exposes through comlink: the browser's Web Worker and Node's worker thread expose this same
// object, and in-process callers may use it directly. Plans are loaded once and referred to by key, so the
// compiled model and the shock bank stay warm in the worker across runs. A new run on a channel cancels the
// run still going on that channel (a slider moved again before the last result came back).
import { checkFormula, type FormulaCheck } from '../formula/checkFormula.ts';
import { loadPlan } from '../plan/loadPlan.ts';
import { loadScenario } from '../plan/loadScenario.ts';
import type { Plan } from '../plan/planSchema.ts';
import { run } from '../run.ts';
import type { Progress, RunOptions, RunResult } from '../runTypes.ts';
import { QUANTILE_KEYS } from '../runTypes.ts';

/** Run options that can cross a worker boundary (no signal or callback). */
export type WorkerRunOptions = Omit<RunOptions, 'signal' | 'onProgress'> & {
  /** Runs on one channel supersede each other: the older is cancelled. */
  channel?: string;
};

const plans = new Map<string, Plan>();
const running = new Map<string, AbortController>();

function planFor(key: string): Plan {
  const plan = plans.get(key);
  if (!plan) throw new Error(`no plan loaded under "${key}"; call loadPlan first`);
  return plan;
}

/** The buffers of a result, to transfer rather than copy. */
export function resultBuffers(r: RunResult): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const ind of Object.values(r.indicators)) {
    buffers.push(ind.deterministic.buffer as ArrayBuffer, ind.mean.buffer as ArrayBuffer);
    for (const k of QUANTILE_KEYS) buffers.push(ind.quantiles[k].buffer as ArrayBuffer);
  }
  for (const t of r.targets) if (t.firstYearMet) buffers.push(t.firstYearMet.buffer as ArrayBuffer);
  // A buffer may back several arrays; transfer each once.
  return [...new Set(buffers)];
}

export const engineApi = {
  /** Validates a plan and keeps it under `key`; returns the validated plan (errors: PlanError message). */
  async loadPlan(json: unknown, file: string, key = file): Promise<Plan> {
    const plan = loadPlan(json, file);
    plans.set(key, plan);
    return plan;
  },

  /**
   * Runs `scenario` (as written: it is validated here) on the plan under `planKey`. `onProgress` may be a
   * comlink proxy. Rejects with an Error named AbortError when superseded or cancelled.
   */
  async run(
    planKey: string,
    scenario: unknown,
    options: WorkerRunOptions = {},
    onProgress?: (p: Progress) => void,
  ): Promise<RunResult> {
    const plan = planFor(planKey);
    const checked =
      scenario === null || scenario === undefined ? null : loadScenario(scenario, 'scenario', plan);
    const { channel = 'default', ...runOptions } = options;
    running.get(channel)?.abort();
    const controller = new AbortController();
    running.set(channel, controller);
    try {
      return await run(plan, checked, { ...runOptions, signal: controller.signal, onProgress });
    } finally {
      if (running.get(channel) === controller) running.delete(channel);
    }
  },

  /** Cancels whatever runs on `channel`. */
  cancel(channel = 'default'): void {
    running.get(channel)?.abort();
  },

  /** Checks a formula cell against the plan's names, without running anything. */
  checkFormula(
    planKey: string,
    source: string,
  ): FormulaCheck | { ok: false; errors: { message: string; position?: number }[] } {
    const plan = planFor(planKey);
    const check = checkFormula(source, {
      indicators: new Set(plan.indicators.map((i) => i.id)),
      parameters: new Set(plan.parameters.map((p) => p.id)),
    });
    // The parsed tree holds functions and cannot cross a worker boundary; send what the page shows.
    if (check.ok) return { ok: true, formula: { ...check.formula, node: undefined as never } };
    return check;
  },
};

export type EngineApi = typeof engineApi;
