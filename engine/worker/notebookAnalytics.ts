// The analytics the notebook reaches through the browser worker, beside engineApi: pasted actuals, the
// mid-term evaluation, goal-seek and the least-cost mix. Each long call runs on a channel that a newer call
// or `cancelAnalytics` aborts, and reports progress through an optional (comlink-proxied) callback.

import { type CheckPlanResult, checkPlan } from '../analytics/checkPlan.ts';
import type { StatusThresholds } from '../analytics/classifyStatus.ts';
import { type Evaluation, evaluateTargets } from '../analytics/evaluateTargets.ts';
import { type GoalSeekOptions, type GoalSeekResult, goalSeek } from '../analytics/goalSeek.ts';
import { type OptimizeOptions, type OptimizeResult, optimizeMix } from '../analytics/optimizeMix.ts';
import { type ParsedActuals, parseActuals } from '../analytics/parseActuals.ts';
import { loadScenario } from '../plan/loadScenario.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { Actuals, Scenario } from '../plan/scenarioSchema.ts';
import type { Progress } from '../runTypes.ts';

const plans = new Map<string, Plan>();
const running = new Map<string, AbortController>();

function planFor(key: string): Plan {
  const plan = plans.get(key);
  if (!plan) throw new Error(`no plan loaded under "${key}"`);
  return plan;
}

function scenarioOf(plan: Plan, json: unknown): Scenario | null {
  return json === null || json === undefined ? null : loadScenario(json, 'scenario', plan);
}

async function onChannel<T>(channel: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  running.get(channel)?.abort();
  const controller = new AbortController();
  running.set(channel, controller);
  try {
    return await work(controller.signal);
  } finally {
    if (running.get(channel) === controller) running.delete(channel);
  }
}

type GoalSeekRequest = Omit<GoalSeekOptions, 'onProgress' | 'signal'>;
type OptimizeRequest = Omit<OptimizeOptions, 'onProgress' | 'signal'>;

export const notebookAnalytics = {
  /** Called by the worker beside engineApi.loadPlan, so both hold the same validated plan. */
  rememberPlan(key: string, plan: Plan): void {
    plans.set(key, plan);
  },

  async parseActuals(planKey: string, text: string): Promise<ParsedActuals> {
    return parseActuals(text, planFor(planKey), { source: 'pasted table' });
  },

  async evaluate(
    planKey: string,
    channel: string,
    scenario: unknown,
    actuals: Actuals,
    options: { paths?: number; seed?: number; thresholds?: StatusThresholds },
    onProgress?: (p: Progress) => void,
  ): Promise<Evaluation> {
    const plan = planFor(planKey);
    return onChannel(channel, (signal) =>
      evaluateTargets(plan, scenarioOf(plan, scenario), actuals, { ...options, signal, onProgress }),
    );
  },

  async goalSeek(
    planKey: string,
    channel: string,
    scenario: unknown,
    options: GoalSeekRequest,
    onProgress?: (p: Progress) => void,
  ): Promise<GoalSeekResult> {
    const plan = planFor(planKey);
    return onChannel(channel, (signal) =>
      goalSeek(plan, scenarioOf(plan, scenario), { ...options, signal, onProgress }),
    );
  },

  async optimize(
    planKey: string,
    channel: string,
    scenario: unknown,
    options: OptimizeRequest,
    onProgress?: (p: Progress) => void,
  ): Promise<OptimizeResult> {
    const plan = planFor(planKey);
    return onChannel(channel, (signal) =>
      optimizeMix(plan, scenarioOf(plan, scenario), { ...options, signal, onProgress }),
    );
  },

  /** The consistency check of the plan's own figures, in the page's language. */
  async checkPlan(planKey: string, lang: 'zh' | 'en'): Promise<CheckPlanResult> {
    return checkPlan(planFor(planKey), { lang });
  },

  cancelAnalytics(channel: string): void {
    running.get(channel)?.abort();
  },
};
