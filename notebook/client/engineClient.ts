// The notebook's side of the engine worker. Runs go through named channels: a new run on a channel cancels
// the one before it (the worker aborts it and its promise rejects with an AbortError; see engineApi), so a
// slider never waits on stale work. If the worker dies or a run is stuck, the worker is restarted with the
// same plan and every call still pending rejects.
import * as Comlink from 'comlink';
import type {
  Actuals,
  AttributionOptions,
  AttributionResult,
  BrowserWorkerApi,
  Evaluation,
  ExtractOptions,
  ExtractResult,
  Finding,
  FormulaError,
  GoalSeekOptions,
  GoalSeekResult,
  OptimizeOptions,
  OptimizeResult,
  ParsedActuals,
  Plan,
  PlanSource,
  Progress,
  RunResult,
  ValidatedPlan,
} from '../../engine/index.ts';
import { PLAN_KEY } from './workerKeys.ts';

export interface RunRequestOptions {
  paths?: number;
  seed?: number;
  horizon?: number;
}

export type GoalSeekRequest = Omit<GoalSeekOptions, 'onProgress' | 'signal'>;
export type OptimizeRequest = Omit<OptimizeOptions, 'onProgress' | 'signal'>;
export type AttributionRequest = Omit<AttributionOptions, 'onProgress' | 'signal'>;

export function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** The error a call still pending rejects with when the worker is restarted: nothing was wrong with the call. */
export class WorkerStopped extends Error {
  override name = 'WorkerStopped';
  constructor() {
    super('the engine worker stopped');
  }
}

export function isWorkerStopped(error: unknown): boolean {
  return error instanceof Error && error.name === 'WorkerStopped';
}

/** What the worker posts outside comlink (which ignores messages without an id). */
interface WorkerNote {
  workerUp?: unknown;
  warmUpEnded?: unknown;
  complete?: unknown;
}

/** A mark at `at` (a time on the worker's clock, from its time origin: epoch ms) in the page's timeline. */
function mark(name: string, at: number): void {
  performance.mark(name, { startTime: Math.max(0, at - performance.timeOrigin) });
}

function createWorker(): Worker {
  const worker = new Worker(new URL('./engineWorker.ts', import.meta.url), {
    type: 'module',
    name: 'planpath-engine',
  });
  // The worker says when it is up (engine/worker/browserWorker.ts) and when its warm-up has run to the end
  // (engineWorker.ts): marks in the page's timeline, for the bench and devtools.
  worker.addEventListener('message', (e: MessageEvent<WorkerNote | null>) => {
    const up = e.data?.workerUp;
    if (typeof up === 'number') mark('planpath:worker-up', up);
    const warm = e.data?.warmUpEnded;
    if (typeof warm === 'number' && e.data?.complete === true) mark('planpath:worker-warm', warm);
  });
  return worker;
}

export class EngineClient {
  #worker: Worker;
  #api: Comlink.Remote<BrowserWorkerApi>;
  /** The plan as last sent, to send again to a restarted worker. */
  #plan: PlanSource | ValidatedPlan | null = null;
  /** Rejects every call still waiting on the worker, for a restart (a terminated worker never answers). */
  readonly #pending = new Set<(e: Error) => void>();
  /** Called when the worker had to be restarted. */
  onRestart: (() => void) | null = null;
  /**
   * While a restarted worker is sent the plan again, settles once it holds it: a call sent before then (a paste
   * asked again after the restart) had found no plan in the new worker and failed with "no plan loaded".
   * Null otherwise, so that calls go out at once, in the order made (a cancel after a run still follows it).
   */
  #restarting: Promise<void> | null = null;
  /** Settles with the page's first run: the plan check waits for it rather than hold it up in the worker. */
  #firstRunSettled: () => void = () => {};
  readonly #firstRun = new Promise<void>((resolve) => {
    this.#firstRunSettled = resolve;
  });
  /**
   * Settles when the first worker's warm-up has ended (engineWorker.ts): run to the end, cut short by a run
   * the page asked for, or not started (another plan). A page showing the shipped 基准 asks for no run.
   */
  readonly warm: Promise<void>;
  #warmEnded: () => void = () => {};

  constructor() {
    this.#worker = createWorker();
    this.warm = new Promise((resolve) => {
      this.#warmEnded = resolve;
      this.#worker.addEventListener('message', (e: MessageEvent<WorkerNote | null>) => {
        if (e.data?.warmUpEnded !== undefined) resolve();
      });
    });
    this.#api = Comlink.wrap<BrowserWorkerApi>(this.#worker);
    this.#watch();
  }

  #watch(): void {
    this.#worker.addEventListener('error', () => void this.restart());
  }

  async restart(): Promise<void> {
    this.#worker.terminate();
    this.#warmEnded(); // a worker stopped before its warm-up ended will not end it
    for (const reject of [...this.#pending]) reject(new WorkerStopped());
    this.#pending.clear();
    this.#worker = createWorker();
    this.#api = Comlink.wrap<BrowserWorkerApi>(this.#worker);
    this.#watch();
    const plan = this.#plan;
    // A plan the new worker refuses fails the calls that need it, as it would have failed the first worker's.
    const restarting = plan ? this.#send(plan).catch(() => {}) : Promise.resolve();
    this.#restarting = restarting;
    await restarting;
    if (this.#restarting === restarting) this.#restarting = null;
    this.onRestart?.();
  }

  /**
   * The plan's files, with its statistics file when it has one (published figures: bases and observations);
   * resolves to the plan as the worker validated it.
   */
  async setPlan(json: unknown, file: string, statistics?: { json: unknown; file: string }): Promise<Plan> {
    const source: PlanSource = { json, file, ...(statistics ? { statistics } : {}) };
    this.#plan = source;
    return this.#api.loadPlan(json, file, PLAN_KEY, statistics);
  }

  /** The plan as the page's build validated it (client/shippedPlan.ts), which the worker keeps as it is. */
  keepPlan(validated: ValidatedPlan): Promise<void> {
    this.#plan = validated;
    return this.#send(validated);
  }

  async #send(plan: PlanSource | ValidatedPlan): Promise<void> {
    if ('plan' in plan) await this.#api.keepPlan(PLAN_KEY, plan);
    else await this.#api.loadPlan(plan.json, plan.file, PLAN_KEY, plan.statistics);
  }

  /** Resolves when a plan file would open; rejects with its refusal (a PlanError's file and issues). */
  validatePlan(json: unknown, file: string): Promise<void> {
    return this.#call((api) => api.validatePlan(json, file));
  }

  /** Resolves when the worker would run `scenario`; rejects with its refusal (a PlanError's file and issues). */
  checkScenario(scenario: unknown): Promise<void> {
    return this.#call((api) => api.checkScenario(PLAN_KEY, scenario));
  }

  /** Errors of a formula cell (empty when it is fine), each with its 0-based position when known. */
  async checkFormula(source: string): Promise<FormulaError[]> {
    const check = await this.#api.checkFormula(PLAN_KEY, source);
    return check.ok ? [] : check.errors;
  }

  /** A call the worker answers; it rejects at once should the worker be restarted meanwhile. */
  #call<T>(call: (api: Comlink.Remote<BrowserWorkerApi>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const fail = (error: unknown) => {
        this.#pending.delete(fail);
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      this.#pending.add(fail);
      const sent = this.#restarting ? this.#restarting.then(() => call(this.#api)) : call(this.#api);
      sent.then((value) => {
        this.#pending.delete(fail);
        resolve(value);
      }, fail);
    });
  }

  /** Runs on `channel`; the worker cancels the channel's previous run. */
  run(
    channel: string,
    scenario: unknown,
    options: RunRequestOptions,
    onProgress?: (p: Progress) => void,
  ): Promise<RunResult> {
    const progress = onProgress ? Comlink.proxy(onProgress) : undefined;
    const result = this.#call((api) => api.run(PLAN_KEY, scenario, { ...options, channel }, progress));
    result.then(this.#firstRunSettled, this.#firstRunSettled);
    return result;
  }

  /**
   * Starts on `channel` the run a later `run` with the same scenario and options will ask for (see
   * RunController.expect); nothing waits for it, and a worker restarted meanwhile simply runs it again.
   */
  speculate(channel: string, scenario: unknown, options: RunRequestOptions): void {
    this.#api.speculate(PLAN_KEY, scenario, { ...options, channel }).catch(() => {});
  }

  /** Stops whatever runs on `channel` (a run or an analytics call); its promise rejects with an AbortError. */
  cancel(channel: string): void {
    void this.#api.cancel(channel);
  }

  /** Targets from a plan's text, read in the worker (no plan needed). */
  extract(text: string, options: ExtractOptions = {}): Promise<ExtractResult> {
    return this.#call((api) => api.extract(text, options));
  }

  /**
   * The plan check, after the first run or the worker's warm-up (its section is further down the page than
   * the results, which it should not delay).
   */
  async checkPlan(): Promise<{ findings: Finding[] }> {
    await Promise.race([this.#firstRun, this.warm]);
    return this.#call((api) => api.checkPlan(PLAN_KEY));
  }

  /** Years after this one are refused: the page's clock says which year it is. */
  parseActuals(text: string): Promise<ParsedActuals> {
    const thisYear = new Date().getFullYear();
    return this.#call((api) => api.parseActuals(PLAN_KEY, text, thisYear));
  }

  evaluate(
    scenario: unknown,
    actuals: Actuals,
    options: { paths?: number; seed?: number; asOf?: number },
    onProgress?: (p: Progress) => void,
  ): Promise<Evaluation> {
    const progress = onProgress ? Comlink.proxy(onProgress) : undefined;
    return this.#call((api) => api.evaluate(PLAN_KEY, 'evaluate', scenario, actuals, options, progress));
  }

  goalSeek(
    scenario: unknown,
    options: GoalSeekRequest,
    onProgress?: (p: Progress) => void,
  ): Promise<GoalSeekResult> {
    const progress = onProgress ? Comlink.proxy(onProgress) : undefined;
    return this.#call((api) => api.goalSeek(PLAN_KEY, 'goalseek', scenario, options, progress));
  }

  optimize(
    scenario: unknown,
    options: OptimizeRequest,
    onProgress?: (p: Progress) => void,
  ): Promise<OptimizeResult> {
    const progress = onProgress ? Comlink.proxy(onProgress) : undefined;
    return this.#call((api) => api.optimize(PLAN_KEY, 'goalseek', scenario, options, progress));
  }

  /** Which setting moved each target's chance from `from` to `to`: one run per setting that differs. */
  attribution(
    from: unknown,
    to: unknown,
    options: AttributionRequest,
    onProgress?: (p: Progress) => void,
  ): Promise<AttributionResult> {
    const progress = onProgress ? Comlink.proxy(onProgress) : undefined;
    return this.#call((api) => api.attribution(PLAN_KEY, 'attribution', from, to, options, progress));
  }
}
