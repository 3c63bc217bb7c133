// The mid-term evaluation of the current scenario: the plan's published statistics and the actuals the planner
// entered, recomputed in the worker when either or the assumptions change — never for a drag's previews.
// A plan's statistics alone are evaluated once the planner comes near the section (`wanted`), so a first visit
// that never scrolls there spends nothing on it; entered actuals are evaluated at once, wherever the page is.
import type { Evaluation } from '../../engine/index.ts';
import type { App } from '../app.ts';
import { isAbort, isWorkerStopped } from '../client/engineClient.ts';
import { STUCK_MS } from '../client/runController.ts';
import { FULL_PATHS } from '../client/runSizes.ts';
import { type ObservedGenerator, observe } from '../runtime/generators.ts';
import type { Working } from './scenarioOps.ts';

/** The dashboard's own path count: the evaluation's P(met) of a target is then the dashboard's, to the path
 *  (at 2,000 paths 新增注册企业 read 89% there and 88% on the dashboard). */
export const EVALUATION_PATHS = FULL_PATHS;

/** Time after a release before the evaluation starts: a click that follows at once replaces it unstarted. */
export const EVALUATION_DELAY_MS = 150;

export interface EvaluationState {
  evaluation: Evaluation | null;
  running: boolean;
  /** Why the last request failed: the engine's message, or STUCK when it made no progress twice over. */
  error: string | null;
  progress: number;
  /** How many values the planner had entered when the shown evaluation was asked for (0: statistics alone). */
  entered: number;
}

/** The error of an evaluation that made no progress for STUCK_MS, even after a restart (said by the view). */
export const STUCK = 'stuck';

/** Values entered, over every indicator and year. */
export function enteredCount(actuals: Working['actuals']): number {
  let n = 0;
  for (const byYear of Object.values(actuals ?? {})) n += Object.keys(byYear).length;
  return n;
}

/** The evaluation's states for a notebook cell; `tap` sees each as it is emitted, before the notebook pulls it. */
export function evaluationRuns(
  app: App,
  wanted: Promise<void>,
  tap: (state: EvaluationState) => void = () => {},
): ObservedGenerator<EvaluationState> {
  return observe<EvaluationState>((change) =>
    followEvaluation(app, wanted, (state) => {
      tap(state);
      change(state);
    }),
  );
}

/** Calls `change` with each evaluation state as the scenario changes; returns the function that stops it. */
export function followEvaluation(
  app: Pick<App, 'plan' | 'engine' | 'scenario' | 'payload'>,
  wanted: Promise<void>,
  change: (state: EvaluationState) => void,
): () => void {
  let state: EvaluationState = { evaluation: null, running: false, error: null, progress: 0, entered: 0 };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastKey = '';
  let near = false;
  let dragging = false;
  let current = app.scenario.get();
  // Only the latest request's answer is shown: an older one may still come back after a cancel.
  let request = 0;
  /**
   * An evaluation that says nothing (no progress, no answer) for STUCK_MS is taken as stuck: the worker is
   * restarted, which rejects it with WorkerStopped and so asks it again (below); stuck again, it is said.
   * (The evaluation CI saw spinning after a paste was another case: a request cancelled unasked, below.)
   */
  let stall: ReturnType<typeof setTimeout> | null = null;
  /** The scenario whose evaluation was stuck and had the worker restarted for it once. */
  let restartedKey = '';
  /** The scenario whose evaluation came back cancelled unasked, and was asked once more. */
  let abortedKey = '';
  const quiet = () => {
    if (stall) clearTimeout(stall);
    stall = null;
  };
  const published = app.plan.observations.length;
  const emit = (patch: Partial<EvaluationState>) => {
    state = { ...state, ...patch };
    change(state);
  };
  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    quiet();
    if (state.running) {
      app.engine.cancel('evaluate');
      emit({ running: false });
    }
    request++;
  };
  const schedule = (s: Working) => {
    const asOf = s.asOf ?? null;
    const key = JSON.stringify(s);
    if (key === lastKey) return;
    lastKey = key;
    stop();
    const entered = enteredCount(s.actuals);
    if (entered === 0 && (!near || published === 0)) {
      emit({ evaluation: null, error: null, entered: 0 });
      return;
    }
    const mine = request;
    const watch = () => {
      quiet();
      stall = setTimeout(() => {
        stall = null;
        if (mine !== request) return;
        if (restartedKey === key) {
          emit({ running: false, error: STUCK });
          return;
        }
        restartedKey = key;
        void app.engine.restart();
      }, STUCK_MS);
    };
    timer = setTimeout(() => {
      timer = null;
      emit({ running: true, progress: 0 });
      watch();
      app.engine
        .evaluate(
          app.payload(s),
          {},
          { paths: s.paths ?? EVALUATION_PATHS, ...(asOf === null ? {} : { asOf }) },
          (p) => {
            if (mine !== request) return;
            watch();
            emit({ progress: p.done });
          },
        )
        .then(
          (evaluation) => {
            if (mine !== request) return;
            quiet();
            // Answered: a later stall or cancel of the same scenario gets its one retry again.
            restartedKey = '';
            abortedKey = '';
            emit({ evaluation, running: false, error: null, progress: 1, entered });
          },
          (error: unknown) => {
            if (mine !== request) return;
            quiet();
            // Cancelled though this page asked for no cancel (its own move `request` on): the worker gave the
            // channel to an older request (engineApi: it now claims it on arrival). Left so, the evaluation
            // showed as running for good; asked once more, and said stopped if that is cancelled too.
            if (isAbort(error)) {
              if (abortedKey === key) {
                emit({ running: false });
                return;
              }
              abortedKey = key;
              lastKey = '';
              schedule(current);
              return;
            }
            // A worker restarted meanwhile (a main run stuck past its watchdog on a busy machine) answers no
            // pending call: asked again of the new worker, the evaluation had stayed an error until the scenario
            // changed, its entered values never shown.
            if (isWorkerStopped(error)) {
              lastKey = '';
              // The same question asked again keeps its one restart (restartedKey): stuck twice is said.
              schedule(current);
              return;
            }
            emit({ running: false, error: error instanceof Error ? error.message : String(error) });
          },
        );
    }, EVALUATION_DELAY_MS);
  };
  emit({});
  const unsubscribe = app.scenario.subscribe((s, meta) => {
    current = s;
    dragging = meta.preview === true;
    if (dragging) {
      // The evaluation waits for the release: in the worker it would hold the drag's previews up.
      if (timer || state.running) {
        stop();
        lastKey = '';
      }
      return;
    }
    schedule(s);
  });
  void wanted.then(() => {
    near = true;
    lastKey = '';
    if (!dragging) schedule(current);
  });
  return () => {
    unsubscribe();
    stop();
  };
}
