// The engine in a browser Web Worker, reached from the notebook through comlink. It keeps the validated plan,
// runs scenarios with cancellation by id, and returns results with their Float64Arrays transferred.
import * as Comlink from 'comlink';
import { checkFormula } from '../formula/checkFormula.ts';
import { loadPlan } from '../plan/loadPlan.ts';
import { loadScenario } from '../plan/loadScenario.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { Scenario } from '../plan/scenarioSchema.ts';
import { run } from '../run.ts';
import type { Progress, RunResult } from '../runTypes.ts';

let plan: Plan | null = null;
const controllers = new Map<number, AbortController>();

function needPlan(): Plan {
  if (!plan) throw new Error('no plan loaded');
  return plan;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function buffersOf(result: RunResult): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const ind of Object.values(result.indicators)) {
    buffers.add(ind.deterministic.buffer as ArrayBuffer);
    buffers.add(ind.mean.buffer as ArrayBuffer);
    for (const q of Object.values(ind.quantiles)) buffers.add(q.buffer as ArrayBuffer);
  }
  for (const t of result.targets) if (t.firstYearMet) buffers.add(t.firstYearMet.buffer as ArrayBuffer);
  return [...buffers].filter((b) => b.byteLength > 0);
}

function scenarioFor(json: unknown): Scenario | null {
  if (json === null || json === undefined) return null;
  return loadScenario(json, 'scenario', needPlan());
}

const api = {
  async setPlan(json: unknown, file: string): Promise<Plan> {
    plan = loadPlan(json, file);
    return plan;
  },

  async checkScenario(json: unknown, file: string): Promise<string | null> {
    try {
      loadScenario(json, file, needPlan());
      return null;
    } catch (error) {
      return message(error);
    }
  },

  async run(
    id: number,
    scenarioJson: unknown,
    options: { paths?: number; seed?: number; horizon?: number },
    onProgress?: (p: Progress) => void,
  ): Promise<RunResult> {
    const controller = new AbortController();
    controllers.set(id, controller);
    try {
      let last = 0;
      const result = await run(needPlan(), scenarioFor(scenarioJson), {
        ...options,
        signal: controller.signal,
        onProgress: onProgress
          ? (p) => {
              const now = performance.now();
              if (now - last > 50 || p.done === 1) {
                last = now;
                void onProgress(p);
              }
            }
          : undefined,
      });
      return Comlink.transfer(result, buffersOf(result));
    } finally {
      controllers.delete(id);
    }
  },

  async cancel(id: number): Promise<void> {
    controllers.get(id)?.abort();
  },

  async checkFormula(source: string): Promise<{ message: string; position?: number }[]> {
    const p = needPlan();
    const scope = {
      indicators: new Set(p.indicators.map((i) => i.id)),
      parameters: new Set(p.parameters.map((q) => q.id)),
    };
    const checked = checkFormula(source, scope);
    return checked.ok
      ? []
      : checked.errors.map((e) => (e.position === undefined ? { message: e.message } : e));
  },

  async analytics(): Promise<unknown> {
    throw new Error('analytics are not available in this engine build');
  },
};

export type BrowserWorkerApi = typeof api;

Comlink.expose(api);
