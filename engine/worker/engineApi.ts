// What a worker exposes through comlink: the browser's Web Worker and Node's worker thread expose this same
// object, and in-process callers may use it directly. Plans are loaded once and referred to by key, so the
// compiled model and the shock bank stay warm in the worker across runs. Every long call runs on a channel:
// a new call on a channel cancels the one still going there (a slider moved again before the last result
// came back), and `cancel(channel)` stops it from outside. Progress goes to an optional (comlink-proxied)
// callback; cancelled calls reject with an Error named AbortError.

import type { ParsedActuals } from '../actuals/parseActuals.ts';
import type { Finding } from '../check/checkPlan.ts';
import { checkFormula, type FormulaCheck } from '../compile/formula/checkFormula.ts';
import type { StatusThresholds } from '../evaluate/classifyStatus.ts';
import type { Evaluation } from '../evaluate/evaluateTargets.ts';
import type { ExtractOptions, ExtractResult } from '../extract/extractTypes.ts';
import { applyStatistics } from '../plan/applyStatistics.ts';
import { loadActuals } from '../plan/loadActuals.ts';
import { loadPlan } from '../plan/loadPlan.ts';
import { loadScenario } from '../plan/loadScenario.ts';
import { loadStatistics } from '../plan/loadStatistics.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { Actuals, Scenario } from '../plan/scenarioSchema.ts';
import { run } from '../run/run.ts';
import type { Progress, RunOptions, RunResult } from '../run/runTypes.ts';
import { QUANTILE_KEYS } from '../run/runTypes.ts';
import { yieldToEventLoop } from '../run/yieldToEventLoop.ts';
import type { AttributionOptions, AttributionResult } from '../search/attribution.ts';
import type { GoalSeekOptions, GoalSeekResult } from '../search/goalSeek.ts';
import type { OptimizeOptions, OptimizeResult } from '../search/optimizeMix.ts';

/** Run options that can cross a worker boundary (no signal or callback). */
export type WorkerRunOptions = Omit<RunOptions, 'signal' | 'onProgress'> & {
  /** Runs on one channel supersede each other: the older is cancelled. */
  channel?: string;
};
type GoalSeekRequest = Omit<GoalSeekOptions, 'onProgress' | 'signal'>;
type OptimizeRequest = Omit<OptimizeOptions, 'onProgress' | 'signal'>;
type AttributionRequest = Omit<AttributionOptions, 'onProgress' | 'signal'>;
type ProgressCallback = (p: Progress) => void;

const plans = new Map<string, Plan>();
/** What each plan was loaded from, to recognise the same plan sent again (see loadPlan). */
const sources = new Map<string, string>();
/** Callers waiting for a plan under a key (planStored). */
const planWaiters = new Map<string, (() => void)[]>();

function storePlan(key: string, plan: Plan, source: string): void {
  plans.set(key, plan);
  sources.set(key, source);
  for (const wake of planWaiters.get(key)?.splice(0) ?? []) wake();
}

/** Resolves once a plan is stored under `key` (at once if one is). */
function planStored(key: string): Promise<void> {
  if (plans.has(key)) return Promise.resolve();
  return new Promise((resolve) => {
    const list = planWaiters.get(key) ?? [];
    list.push(resolve);
    planWaiters.set(key, list);
  });
}
const running = new Map<string, AbortController>();

/**
 * A run started before anyone asked for it (`prewarm` below: the page's first run, begun as the worker boots),
 * handed to the first `run` call with the same plan, scenario and options.
 */
let prewarmed: {
  key: string;
  plan: Plan;
  channel: string;
  result: Promise<RunResult>;
  signal: AbortSignal;
} | null = null;
/** Runs asked for so far: a prewarm does not start once the page has asked for its own. */
let runsAsked = 0;
/** Runs started on a caller's request (a claimed prewarm is not one): a warm-up stops at the first. */
let runsStarted = 0;
/** The prewarmed run, claimed or not, until it ends: a warm-up on its channel waits for it. */
let prewarmRun: Promise<unknown> | null = null;
/** By channel, the signal of the run a caller asked for while it runs: a speculation never cancels it. */
const askedRuns = new Map<string, AbortSignal>();

function runKey(planKey: string, scenario: unknown, o: Omit<WorkerRunOptions, 'channel'>): string {
  return JSON.stringify([
    planKey,
    scenario ?? null,
    o.paths ?? null,
    o.seed ?? null,
    o.horizon ?? null,
    o.quantiles ?? null,
  ]);
}

/** A plan as written: its file, and the statistics file applied to it. */
export interface PlanSource {
  json: unknown;
  file: string;
  statistics?: { json: unknown; file: string } | undefined;
}

/**
 * A plan validated elsewhere (the page's build validates the embedded plan: notebook/build/), known by a `source`
 * its maker names it by. The worker keeps it as it is (keepPlan).
 */
export interface ValidatedPlan {
  plan: Plan;
  source: string;
}

function sourceText(s: PlanSource): string {
  return JSON.stringify([s.file, s.json, s.statistics?.file ?? null, s.statistics?.json ?? null]);
}

/** A kept plan's source, never equal to a sourceText (a JSON array). */
function keptSource(v: ValidatedPlan): string {
  return `validated:${v.source}`;
}

function planFor(key: string): Plan {
  const plan = plans.get(key);
  if (!plan) throw new Error(`no plan loaded under "${key}"; call loadPlan first`);
  return plan;
}

/** A scenario as written (from a link, a file or the page), validated against the plan. */
function scenarioOf(plan: Plan, json: unknown): Scenario | null {
  return json === null || json === undefined ? null : loadScenario(json, 'scenario', plan);
}

/** Runs `work` on `channel`, first cancelling whatever still runs there. */
async function onChannel<T>(channel: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  running.get(channel)?.abort();
  const controller = new AbortController();
  running.set(channel, controller);
  try {
    return await work(controller.signal);
  } finally {
    if (running.get(channel) === controller) running.delete(channel);
    if (running.size === 0) for (const resume of waitingForRuns.splice(0)) resume();
  }
}

/** Work that lets every run go first (afterRuns). */
const waitingForRuns: (() => void)[] = [];

/**
 * Resolves once no run is going on any channel, and never before a message already queued (a run the page
 * has just asked for) has been seen: so background work between its steps never holds up a planner's run.
 */
async function afterRuns(): Promise<void> {
  for (;;) {
    // A macrotask first, every time: a run asked meanwhile (a queued message) starts before this returns.
    await yieldToEventLoop();
    if (running.size === 0) return;
    await new Promise<void>((resolve) => waitingForRuns.push(resolve));
  }
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
  /**
   * Validates a plan and keeps it under `key`; returns the validated plan (errors: PlanError message). With
   * its statistics file, the published figures become bases and observations (applyStatistics).
   */
  async loadPlan(
    json: unknown,
    file: string,
    key = file,
    statistics?: { json: unknown; file: string },
  ): Promise<Plan> {
    // The same plan sent again (the page sends the plan its worker already loaded while booting, see
    // prewarm) keeps its validated object, so its compiled model and warm workspaces are reused.
    const source = sourceText({ json, file, statistics });
    const known = plans.get(key);
    if (known && sources.get(key) === source) return known;
    const loaded = loadPlan(json, file);
    const plan = statistics
      ? applyStatistics(loaded, loadStatistics(statistics.json, statistics.file)).plan
      : loaded;
    storePlan(key, plan, source);
    return plan;
  },

  /**
   * Keeps under `key` a plan validated elsewhere, as it is: the page's build validates the embedded plan and
   * its statistics (notebook/build/computeShippedBaseline.ts; tests/notebook/shippedBaseline.test.ts holds it
   * equal to loadPlan's), and validating the same files again cost the worker's start 80–120 ms. Answers
   * nothing: the page has the plan, and sending it back cost both threads a 110 KB copy. The same `source`
   * sent again keeps the object already kept, with its compiled model and warm workspaces.
   */
  async keepPlan(key: string, validated: ValidatedPlan): Promise<void> {
    const source = keptSource(validated);
    if (plans.has(key) && sources.get(key) === source) return;
    storePlan(key, validated.plan, source);
  },

  /** Runs `scenario` (as written: it is validated here) on the plan under `planKey`. */
  async run(
    planKey: string,
    scenario: unknown,
    options: WorkerRunOptions = {},
    onProgress?: ProgressCallback,
  ): Promise<RunResult> {
    runsAsked++;
    const plan = planFor(planKey);
    const { channel = 'default', ...runOptions } = options;
    const early = prewarmed;
    // A prewarm another run has cancelled is not claimed, even before its run has seen the cancellation.
    if (early?.signal.aborted) prewarmed = null;
    else if (early && early.plan === plan && early.key === runKey(planKey, scenario, runOptions)) {
      prewarmed = null;
      return early.result;
    }
    // Another request on its channel replaces it, whether it is still running (onChannel below cancels it)
    // or has already ended: which of the two it is must not decide what a later request gets.
    else if (early?.channel === channel) prewarmed = null;
    runsStarted++;
    return onChannel(channel, async (signal) => {
      askedRuns.set(channel, signal);
      try {
        return await run(plan, scenarioOf(plan, scenario), { ...runOptions, signal, onProgress });
      } finally {
        if (askedRuns.get(channel) === signal) askedRuns.delete(channel);
      }
    });
  },

  /**
   * Starts a run the page is about to ask for: the scenario of a link or of the last visit, while the page
   * has it checked (checkScenario) before it shows it. The page's own request, the same scenario and options
   * on the same channel, then gets this run rather than waiting a round trip through the page to start it;
   * any other request there drops it (a scenario that fails its check).
   */
  speculate(planKey: string, scenario: unknown, options: WorkerRunOptions): void {
    runsAsked++; // the worker's own prewarm must not replace it
    // A run the page asked for (a lever's full run still going when a link arrives) is not cancelled for a
    // guess: if the link then fails its check, nothing else would answer the page. Its own request, once the
    // check passes, starts the run as usual.
    const asked = askedRuns.get(options.channel ?? 'default');
    if (asked && !asked.aborted) return;
    startPrewarm(planFor(planKey), planKey, scenario, options);
  },

  /**
   * Refuses `scenario` (as written) as a run of it would, with the same PlanError, or resolves: the check of a
   * scenario the page is about to show (a link's, the last visit's, a file's). A run with no paths checked the
   * same and then computed the deterministic path and posted its whole result, which nobody read, ahead of
   * the full run waiting behind it.
   */
  async checkScenario(planKey: string, scenario: unknown): Promise<void> {
    scenarioOf(planFor(planKey), scenario);
  },

  /** Validates a plan file as opening it would, keeping nothing; rejects with its PlanError (file and issues). */
  async validatePlan(json: unknown, file: string): Promise<void> {
    loadPlan(json, file);
  },

  /** Cancels whatever runs on `channel`. */
  cancel(channel = 'default'): void {
    running.get(channel)?.abort();
  },

  /** Checks a formula cell against the plan's names, without running anything. */
  checkFormula(planKey: string, source: string): FormulaCheck {
    const plan = planFor(planKey);
    const check = checkFormula(source, {
      indicators: new Set(plan.indicators.map((i) => i.id)),
      parameters: new Set(plan.parameters.map((p) => p.id)),
    });
    // The parsed tree holds functions and cannot cross a worker boundary; send what the page shows.
    if (check.ok) return { ok: true, formula: { ...check.formula, node: undefined as never } };
    return check;
  },

  /** Reads a pasted table or CSV of actuals against the plan's indicators. */
  async parseActuals(planKey: string, text: string, thisYear?: number): Promise<ParsedActuals> {
    // Loaded when first asked for, with its CSV reader (papaparse, ≈ 6 KB gzipped): a first visit pastes nothing.
    const { parseActuals } = await import('../actuals/parseActuals.ts');
    return parseActuals(text, planFor(planKey), { source: 'pasted table', thisYear });
  },

  /** Mid-term evaluation on actuals, with P(met) from paths re-anchored on them. */
  async evaluate(
    planKey: string,
    channel: string,
    scenario: unknown,
    actuals: Actuals,
    options: { paths?: number; seed?: number; thresholds?: StatusThresholds; asOf?: number },
    onProgress?: ProgressCallback,
  ): Promise<Evaluation> {
    const plan = planFor(planKey);
    // Actuals cross the worker boundary as plain data: checked here like any input from outside.
    const checked = loadActuals(actuals, 'actuals');
    // Loaded when first asked for: a first visit runs the plan before it evaluates anything. Loaded on the
    // channel, which the call claims as it arrives: claimed after the load, a request and the next one could
    // take it in the other order (two loads of one chunk end in no set order), the older then cancelling the
    // newer, which the page was waiting for (CI: an evaluation spinning for good after a paste).
    return onChannel(channel, async (signal) => {
      const { evaluateTargets } = await import('../evaluate/evaluateTargets.ts');
      return evaluateTargets(plan, scenarioOf(plan, scenario), checked, { ...options, signal, onProgress });
    });
  },

  /** The smallest lever intensity or parameter value that meets a target with the asked probability. */
  async goalSeek(
    planKey: string,
    channel: string,
    scenario: unknown,
    options: GoalSeekRequest,
    onProgress?: ProgressCallback,
  ): Promise<GoalSeekResult> {
    const plan = planFor(planKey);
    // Loaded when first asked for, on the channel (see evaluate): the searches and the text reader stay out
    // of the worker's first load.
    return onChannel(channel, async (signal) => {
      const { goalSeek } = await import('../search/goalSeek.ts');
      return goalSeek(plan, scenarioOf(plan, scenario), { ...options, signal, onProgress });
    });
  },

  /** The least-cost lever mix meeting a set of targets. */
  async optimize(
    planKey: string,
    channel: string,
    scenario: unknown,
    options: OptimizeRequest,
    onProgress?: ProgressCallback,
  ): Promise<OptimizeResult> {
    const plan = planFor(planKey);
    return onChannel(channel, async (signal) => {
      const { optimizeMix } = await import('../search/optimizeMix.ts');
      return optimizeMix(plan, scenarioOf(plan, scenario), { ...options, signal, onProgress });
    });
  },

  /** Which setting moved each target's chance from one scenario to the other (search/attribution.ts). */
  async attribution(
    planKey: string,
    channel: string,
    from: unknown,
    to: unknown,
    options: AttributionRequest,
    onProgress?: ProgressCallback,
  ): Promise<AttributionResult> {
    const plan = planFor(planKey);
    const [a, b] = [scenarioOf(plan, from), scenarioOf(plan, to)];
    return onChannel(channel, async (signal) => {
      const { attribution } = await import('../search/attribution.ts');
      return attribution(plan, a, b, { ...options, signal, onProgress });
    });
  },

  /** The consistency check of the plan's own figures, as message codes (a language switch needs no re-run). */
  /**
   * The plan check, step by step: before each step every run goes first. The page asks for it as the
   * worker's warm-up ends, which is when a planner's first change tends to come (it took 50–74 ms in one
   * task and held that run up: BENCHMARKS.md, session 8).
   */
  async checkPlan(planKey: string): Promise<{ findings: Finding[] }> {
    // Loaded when first asked for, after the first run: the checks stay out of the worker's first load.
    const { checkPlanSteps } = await import('../check/checkPlan.ts');
    const steps = checkPlanSteps(planFor(planKey));
    for (;;) {
      await afterRuns();
      const r = steps.next();
      if (r.done) return r.value;
    }
  },

  /** Targets from the text of a plan (新建/导入规划), here so a large paste does not block the page. */
  async extract(text: string, options: ExtractOptions = {}): Promise<ExtractResult> {
    const { extractTargets } = await import('../extract/extractTargets.ts');
    return extractTargets(text, options);
  },
};

export type EngineApi = typeof engineApi;

/** How long a booting worker waits for the page's plan before it loads the embedded one itself (prewarm). */
const PAGE_PLAN_GRACE_MS = 25;

/**
 * Called inside the worker as it boots, before anyone asks (notebook/client/engineWorker.ts): starts the run
 * `request(plan)` names (none: nothing) on its channel, so that any other run there cancels it. The first
 * `run` with the same plan, scenario and options gets its result. Nothing happens once a run was asked for.
 *
 * The plan is the one the page sends as it boots, when it comes within `graceMs`: the page's plan is never
 * replaced, and the prewarmed run is then the page's own first run. Only when it does not come — the page's
 * messages to a booting worker wait until its main thread is free to pass them on, which under load can take
 * a second — does the worker load the plan `load` gives (the embedded one: as written, or as the page's build
 * validated it) under `planKey`.
 */
export async function prewarm(
  planKey: string,
  load: () => Promise<PlanSource | ValidatedPlan>,
  request: (plan: Plan) => { scenario: unknown; options: WorkerRunOptions } | null,
  graceMs = PAGE_PLAN_GRACE_MS,
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    planStored(planKey),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    }),
  ]);
  clearTimeout(timer);
  // A page that asks for a run of its own (a link's scenario, the last visit's) sends it with its plan: the
  // messages already queued go first. Fetching and compiling the embedded plan's module (≈ 16 ms) would only
  // have held up that run, in the middle of which it used to land.
  await yieldToEventLoop();
  if (runsAsked > 0) return;
  const plan =
    plans.get(planKey) ??
    (await load().then(
      // The page's plan may have come while this one was fetched: it wins, and is the one prewarmed.
      async (offer) => {
        if (plans.has(planKey)) return plans.get(planKey);
        if (!('plan' in offer)) return engineApi.loadPlan(offer.json, offer.file, planKey, offer.statistics);
        await engineApi.keepPlan(planKey, offer);
        return offer.plan;
      },
    ));
  if (!plan || runsAsked > 0 || plans.get(planKey) !== plan) return;
  const asked = request(plan);
  if (asked) startPrewarm(plan, planKey, asked.scenario, asked.options);
}

/**
 * Starts `scenario` on its channel as a run waiting to be claimed: the first `run` with the same plan,
 * scenario and options gets its result; any other request on the channel drops it.
 */
function startPrewarm(plan: Plan, planKey: string, scenario: unknown, options: WorkerRunOptions): void {
  const { channel = 'default', ...runOptions } = options;
  let cancelled: AbortSignal | null = null;
  const result = onChannel(channel, (signal) => {
    cancelled = signal; // onChannel calls this at once, before its first await
    return run(plan, scenarioOf(plan, scenario), { ...runOptions, signal });
  });
  const entry = {
    key: runKey(planKey, scenario, runOptions),
    plan,
    channel,
    result,
    signal: cancelled as unknown as AbortSignal,
  };
  prewarmed = entry;
  prewarmRun = result.catch(() => {});
  // Unclaimed, a failed or cancelled prewarm is dropped; claimed, its caller sees the error.
  result.catch(() => {
    if (prewarmed === entry) prewarmed = null;
  });
}

/** One run of a warm-up: a scenario (as written) and its number of paths. */
export interface WarmUpStep {
  scenario: unknown;
  paths: number;
}

/**
 * Runs nobody reads, made while the worker would be idle, so that the planner's first change finds the
 * compiled code, the workspaces and the seed's draws ready rather than paying for them (a cold run of the
 * page's 5,000 paths costs several times a warm one): each step in turn, on `channel`, so that any run
 * there cancels it. Waits for the prewarmed run first (claimed or not: it runs on the same channel), and
 * stops at the first run a caller starts (that run warms the worker itself). True when every step ran.
 */
export async function warmUp(
  planKey: string,
  steps: readonly WarmUpStep[],
  options: WorkerRunOptions,
): Promise<boolean> {
  const plan = plans.get(planKey); // the plan the steps' scenarios were written for
  await prewarmRun;
  const { channel = 'default', ...runOptions } = options;
  for (const { scenario, paths } of steps) {
    // A plan loaded meanwhile is another plan: the scenarios were written for this one.
    if (runsStarted > 0 || !plan || plans.get(planKey) !== plan) return false;
    try {
      await onChannel(channel, (signal) =>
        run(plan, scenarioOf(plan, scenario), { ...runOptions, paths, signal }),
      );
    } catch {
      return false; // cancelled by a run started meanwhile, or a scenario the plan refuses
    }
  }
  return runsStarted === 0;
}
