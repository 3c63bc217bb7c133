// Turns scenario edits into engine runs: a quick preview (few paths) while a slider is dragged, the full run
// on release (or after a short pause, should the release never come), and the last good result kept on
// screen while a run is pending or after one fails. Previews are coalesced: while one is computing, later
// drag positions wait in a single slot, and only the latest is run when it returns — a drag sends the
// worker as many runs as it can finish, not one per input event, and never leaves the page without one.
import type { RunResult } from '../../engine/index.ts';
import type { Working } from '../state/scenarioOps.ts';
import type { Store } from '../state/store.ts';
import { type EngineClient, isAbort, isWorkerStopped } from './engineClient.ts';
import { FULL_PATHS, fullPaths, PREVIEW_PATHS } from './runSizes.ts';
import { MAIN_CHANNEL } from './workerKeys.ts';

export { FULL_PATHS, fullPaths, PREVIEW_PATHS };

/** A preview not followed by a release within this long gets its full run anyway. */
const SETTLE_MS = 350;
/** A run still going after this long is taken as stuck: the worker is restarted and the run retried once. */
export const STUCK_MS = 20_000;
/** RunState.error of a run with no result after STUCK_MS even on a restarted worker (the status line says it). */
export const RUN_STUCK = 'run-stuck';
/** RunState.error of a run whose worker was restarted under it twice (the status line says it). */
export const RUN_WORKER_STOPPED = 'run-worker-stopped';

export interface EditMeta {
  /** The edit is part of a drag: preview only. */
  preview?: boolean;
  /** The scenario was replaced whole (loaded, reset): inputs showing it must be rebuilt. */
  replaced?: boolean;
  /** Set by undo/redo and by restoring saved work: not a new step, and not a newly opened scenario. */
  restored?: boolean;
}

export interface RunState {
  result: RunResult | null;
  /** The scenario the result belongs to. */
  scenario: Working;
  preview: boolean;
  running: boolean;
  /** Share of the pending run done (0–1), shown as a progress bar; null when nothing runs. */
  progress: number | null;
  /** The engine's message, or RUN_STUCK / RUN_WORKER_STOPPED, which the page words in its language. */
  error: string | null;
  /** Increments with every result shown; the bench and the tests wait on it. */
  seq: number;
  /** The result is the 基准 computed when the page was built (shipped with it), not a run of this page's worker. */
  shipped: boolean;
}

export class RunController {
  #state: RunState;
  /** The state as it was when the latest result arrived (seq last changed): see `resultState`. */
  #resultState: RunState;
  readonly #listeners = new Set<(s: RunState) => void>();
  #settle: ReturnType<typeof setTimeout> | null = null;
  #watchdog: ReturnType<typeof setTimeout> | null = null;
  #requests = 0;
  /** The request id of the preview the worker is computing, while it is the latest request. */
  #previewInFlight: number | null = null;
  /** The latest drag position that arrived meanwhile: run when the preview in flight returns. */
  #queuedPreview: Working | null = null;
  #unsubscribe: (() => void) | null = null;

  constructor(
    private readonly engine: EngineClient,
    private readonly store: Store<Working, EditMeta>,
    private readonly toPayload: (s: Working) => unknown,
  ) {
    this.#state = {
      result: null,
      scenario: store.get(),
      preview: false,
      running: false,
      progress: null,
      error: null,
      seq: 0,
      shipped: false,
    };
    this.#resultState = this.#state;
  }

  /**
   * Runs the store's scenario now and on every edit (called once the page knows which scenario it opens).
   * With `shipped` — the result computed at build time for exactly this scenario — that is the full run,
   * shown at once, and the worker is asked only from the first edit on: its own run of the same scenario
   * gives the same figures to the bit (the shipped JSON keeps NaN: client/exactJson.ts;
   * tests/notebook/shippedBaseline.test.ts in Node, tests/e2e/sameBits.e2e.ts and the layout e2e test in
   * Chromium check it), so running it would only make the page wait for a cold engine.
   */
  start(shipped?: RunResult): void {
    if (this.#unsubscribe) return;
    if (shipped)
      this.#emit({ result: shipped, scenario: this.store.get(), preview: false, seq: 1, shipped: true });
    let first = true;
    this.#unsubscribe = this.store.subscribe((scenario, meta) => {
      const skip = first && shipped !== undefined; // the store's current value: what `shipped` is the run of
      first = false;
      if (!skip) this.request(scenario, meta.preview === true);
    });
  }

  get state(): RunState {
    return this.#state;
  }

  /**
   * The state as it was when the latest result arrived: what a view of results draws. A view computes in a
   * task of its own (Notebook.view), so a result can arrive after its round was scheduled with the one before;
   * drawing this one then shows the result in that round, not a round and a frame later (main.ts).
   */
  get resultState(): RunState {
    return this.#resultState;
  }

  #emit(patch: Partial<RunState>): void {
    const seq = this.#state.seq;
    this.#state = { ...this.#state, ...patch };
    if (this.#state.seq !== seq) this.#resultState = this.#state;
    for (const l of [...this.#listeners]) l(this.#state);
  }

  subscribe(listener: (s: RunState) => void): () => void {
    this.#listeners.add(listener);
    listener(this.#state);
    return () => this.#listeners.delete(listener);
  }

  /**
   * A scenario about to be set once its check passes (a link's, or the last visit's): its full run starts in
   * the worker now, and the request made when the scenario is set takes that run (engineApi.speculate)
   * instead of starting it a round trip through the page later. A scenario that fails its check is never
   * set, and the next request drops the run.
   */
  expect(scenario: Working): void {
    this.engine.speculate(MAIN_CHANNEL, this.toPayload(scenario), { paths: fullPaths(scenario) });
  }

  request(scenario: Working, preview: boolean, retry = true): void {
    if (preview && this.#previewInFlight === this.#requests) {
      this.#queuedPreview = scenario;
      return;
    }
    this.#queuedPreview = null;
    if (this.#settle) clearTimeout(this.#settle);
    this.#settle = null;
    if (this.#watchdog) clearTimeout(this.#watchdog);
    const paths = preview ? PREVIEW_PATHS : fullPaths(scenario);
    this.#emit({ running: true, progress: 0 });
    const payload = this.toPayload(scenario);
    const id = ++this.#requests;
    this.#previewInFlight = preview ? id : null;
    // The last good result stays on screen meanwhile; a stuck worker is replaced and the run tried again.
    this.#watchdog = setTimeout(() => {
      if (id !== this.#requests) return;
      void this.engine.restart().then(() => {
        if (id !== this.#requests) return;
        this.#previewInFlight = null;
        if (retry) this.request(scenario, preview, false);
        else this.#emit({ running: false, progress: null, error: RUN_STUCK });
      });
    }, STUCK_MS);
    // Progress of a full run only: a preview is over before a bar could be read.
    const onProgress = preview
      ? undefined
      : (p: { done: number }) => {
          if (id === this.#requests) this.#emit({ progress: p.done });
        };
    this.engine.run(MAIN_CHANNEL, payload, { paths }, onProgress).then(
      (result) => {
        // A run that finished before the worker saw its successor is stale: only the latest is shown.
        if (id !== this.#requests) return;
        if (this.#watchdog) clearTimeout(this.#watchdog);
        this.#previewInFlight = null;
        this.#emit({
          result,
          scenario,
          preview,
          running: false,
          progress: null,
          error: null,
          seq: this.#state.seq + 1,
          shipped: false,
        });
        if (preview) this.#next();
      },
      (error: unknown) => {
        if (isAbort(error)) return;
        // A worker restarted under the run (the evaluation's watchdog, a crash) rejects it though nothing was
        // wrong with it: asked again of the new worker, once (after this controller's own watchdog's restart too,
        // whose retry then finds a newer request and stands down).
        if (isWorkerStopped(error) && id === this.#requests && retry) {
          this.request(scenario, preview, false);
          return;
        }
        if (id === this.#requests && this.#watchdog) clearTimeout(this.#watchdog);
        if (id === this.#requests) this.#previewInFlight = null;
        this.#emit({
          running: false,
          progress: null,
          error: isWorkerStopped(error)
            ? RUN_WORKER_STOPPED
            : error instanceof Error
              ? error.message
              : String(error),
        });
        if (preview && id === this.#requests) this.#next();
      },
    );
  }

  /** After a preview: the drag position that waited meanwhile, else the full run after a pause. */
  #next(): void {
    const queued = this.#queuedPreview;
    this.#queuedPreview = null;
    if (queued) this.request(queued, true);
    else this.#settle = setTimeout(() => this.request(this.store.get(), false), SETTLE_MS);
  }

  dispose(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    if (this.#settle) clearTimeout(this.#settle);
    if (this.#watchdog) clearTimeout(this.#watchdog);
  }
}
