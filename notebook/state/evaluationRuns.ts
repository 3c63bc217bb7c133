// The mid-term evaluation of the current scenario's actuals (with the plan's published statistics), recomputed
// (in the worker) when the actuals or the assumptions change — not on every preview while a slider is dragged.
import type { Evaluation } from '../../engine/index.ts';
import type { App } from '../app.ts';
import { isAbort } from '../client/engineClient.ts';
import { type ObservedGenerator, observe } from '../runtime/generators.ts';

export const EVALUATION_PATHS = 2000;

export interface EvaluationState {
  evaluation: Evaluation | null;
  running: boolean;
  error: string | null;
  progress: number;
}

export function evaluationRuns(app: App): ObservedGenerator<EvaluationState> {
  return observe<EvaluationState>((change) => {
    let state: EvaluationState = { evaluation: null, running: false, error: null, progress: 0 };
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastKey = '';
    const emit = (patch: Partial<EvaluationState>) => {
      state = { ...state, ...patch };
      change(state);
    };
    emit({});
    const unsubscribe = app.scenario.subscribe((s, meta) => {
      if (meta.preview) return;
      const key = JSON.stringify(s);
      if (key === lastKey) return;
      lastKey = key;
      if (timer) clearTimeout(timer);
      // Only once the planner has entered actuals (the published statistics join them then): evaluating on
      // every release would rebuild the evaluation and report views, inputs and all, after each drag.
      if (!s.actuals || Object.keys(s.actuals).length === 0) {
        app.engine.cancel('evaluate');
        emit({ evaluation: null, running: false, error: null });
        return;
      }
      timer = setTimeout(() => {
        emit({ running: true, progress: 0 });
        app.engine
          .evaluate(app.payload(s), {}, { paths: s.paths ?? EVALUATION_PATHS }, (p) =>
            emit({ progress: p.done }),
          )
          .then(
            (evaluation) => emit({ evaluation, running: false, error: null, progress: 1 }),
            (error: unknown) => {
              if (isAbort(error)) return;
              emit({ running: false, error: error instanceof Error ? error.message : String(error) });
            },
          );
      }, 150);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  });
}
