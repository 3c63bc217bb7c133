// The notebook's side of the engine worker. Runs go through named channels: a new run on a channel cancels
// the one before it (its promise rejects with an AbortError), so a slider never waits on stale work. If the
// worker dies or a run fails unexpectedly, the worker is restarted with the same plan.
import * as Comlink from 'comlink';
import type {
  Actuals,
  BrowserWorkerApi,
  Evaluation,
  FindingTexts,
  GoalSeekOptions,
  GoalSeekResult,
  OptimizeOptions,
  OptimizeResult,
  ParsedActuals,
  Plan,
  Progress,
  RunResult,
} from '../../engine/index.ts';

export interface RunRequestOptions {
  paths?: number;
  seed?: number;
  horizon?: number;
}

export type GoalSeekRequest = Omit<GoalSeekOptions, 'onProgress' | 'signal'>;
export type OptimizeRequest = Omit<OptimizeOptions, 'onProgress' | 'signal'>;

/** The worker keeps one plan, under this key. */
const PLAN_KEY = 'plan';

export function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

function abortError(): Error {
  const e = new Error('run superseded');
  e.name = 'AbortError';
  return e;
}

function createWorker(): Worker {
  return new Worker(new URL('../../engine/worker/browserWorker.ts', import.meta.url), {
    type: 'module',
    name: 'planpath-engine',
  });
}

export class EngineClient {
  #worker: Worker;
  #api: Comlink.Remote<BrowserWorkerApi>;
  #plan: { json: unknown; file: string } | null = null;
  #nextId = 1;
  readonly #channels = new Map<string, { id: number; reject: (e: Error) => void }>();
  /** Called when the worker had to be restarted. */
  onRestart: (() => void) | null = null;

  constructor() {
    this.#worker = createWorker();
    this.#api = Comlink.wrap<BrowserWorkerApi>(this.#worker);
    this.#watch();
  }

  #watch(): void {
    this.#worker.addEventListener('error', () => void this.restart());
  }

  async restart(): Promise<void> {
    this.#worker.terminate();
    for (const { reject } of this.#channels.values()) reject(new Error('the engine worker stopped'));
    this.#channels.clear();
    this.#worker = createWorker();
    this.#api = Comlink.wrap<BrowserWorkerApi>(this.#worker);
    this.#watch();
    if (this.#plan) await this.#api.loadPlan(this.#plan.json, this.#plan.file, PLAN_KEY);
    this.onRestart?.();
  }

  async setPlan(json: unknown, file: string): Promise<Plan> {
    this.#plan = { json, file };
    return this.#api.loadPlan(json, file, PLAN_KEY);
  }

  /** Errors of a formula cell (empty when it is fine), each with its 0-based position when known. */
  async checkFormula(source: string): Promise<{ message: string; position?: number }[]> {
    const check = await this.#api.checkFormula(PLAN_KEY, source);
    return check.ok ? [] : check.errors;
  }

  /** Runs on `channel`, cancelling the channel's previous run. */
  run(
    channel: string,
    scenario: unknown,
    options: RunRequestOptions,
    onProgress?: (p: Progress) => void,
  ): Promise<RunResult> {
    const previous = this.#channels.get(channel);
    if (previous) {
      previous.reject(abortError());
    }
    const id = this.#nextId++;
    return new Promise<RunResult>((resolve, reject) => {
      this.#channels.set(channel, { id, reject });
      const progress = onProgress ? Comlink.proxy(onProgress) : undefined;
      this.#api.run(PLAN_KEY, scenario, { ...options, channel }, progress).then(
        (result) => {
          if (this.#channels.get(channel)?.id === id) this.#channels.delete(channel);
          resolve(result);
        },
        (error: unknown) => {
          if (this.#channels.get(channel)?.id === id) this.#channels.delete(channel);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  cancel(channel: string): void {
    const current = this.#channels.get(channel);
    if (!current) return;
    this.#channels.delete(channel);
    current.reject(abortError());
    void this.#api.cancel(channel);
  }

  /** Runs a long analytics call on `channel`, cancelling the channel's previous call. */
  #onChannel<T>(channel: string, call: (api: Comlink.Remote<BrowserWorkerApi>) => Promise<T>): Promise<T> {
    const previous = this.#channels.get(channel);
    if (previous) {
      previous.reject(abortError());
      void this.#api.cancel(channel);
    }
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#channels.set(channel, { id, reject });
      call(this.#api).then(
        (value) => {
          if (this.#channels.get(channel)?.id === id) this.#channels.delete(channel);
          resolve(value);
        },
        (error: unknown) => {
          if (this.#channels.get(channel)?.id === id) this.#channels.delete(channel);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  cancelAnalytics(channel: string): void {
    const current = this.#channels.get(channel);
    if (!current) return;
    this.#channels.delete(channel);
    current.reject(abortError());
    void this.#api.cancel(channel);
  }

  checkPlan(): Promise<{ findings: FindingTexts[] }> {
    return this.#api.checkPlan(PLAN_KEY);
  }

  parseActuals(text: string): Promise<ParsedActuals> {
    return this.#api.parseActuals(PLAN_KEY, text);
  }

  evaluate(
    scenario: unknown,
    actuals: Actuals,
    options: { paths?: number; seed?: number },
    onProgress?: (p: Progress) => void,
  ): Promise<Evaluation> {
    const progress = onProgress ? Comlink.proxy(onProgress) : undefined;
    return this.#onChannel('evaluate', (api) =>
      api.evaluate(PLAN_KEY, 'evaluate', scenario, actuals, options, progress),
    );
  }

  goalSeek(
    scenario: unknown,
    options: GoalSeekRequest,
    onProgress?: (p: Progress) => void,
  ): Promise<GoalSeekResult> {
    const progress = onProgress ? Comlink.proxy(onProgress) : undefined;
    return this.#onChannel('goalseek', (api) =>
      api.goalSeek(PLAN_KEY, 'goalseek', scenario, options, progress),
    );
  }

  optimize(
    scenario: unknown,
    options: OptimizeRequest,
    onProgress?: (p: Progress) => void,
  ): Promise<OptimizeResult> {
    const progress = onProgress ? Comlink.proxy(onProgress) : undefined;
    return this.#onChannel('goalseek', (api) =>
      api.optimize(PLAN_KEY, 'goalseek', scenario, options, progress),
    );
  }
}
