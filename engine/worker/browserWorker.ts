// The engine in a browser Web Worker, behind comlink. The page's worker entry (notebook/client/engineWorker.ts)
// calls this first, then may start work of its own (a prewarm).
import * as Comlink from 'comlink';
import { type WorkerApi, workerApi } from './workerApi.ts';

export type BrowserWorkerApi = WorkerApi;

/** Marked in the worker's own timeline as it hands back its first Monte Carlo result (see below). */
export const FIRST_RESULT_MARK = 'planpath:worker-first-result';

export function exposeInBrowserWorker(): void {
  let marked = false;
  Comlink.expose({
    ...workerApi,
    // The worker's part of a page's first full run ends as it posts the result: a mark there (once, for the
    // first result with paths) lets devtools and the browser bench tell it apart from the page's part, the
    // main thread taking the message and drawing it (tests/bench/workerResultProbe.ts).
    async run(...args: Parameters<typeof workerApi.run>) {
      const result = await workerApi.run(...args);
      if (!marked && result.paths > 0) {
        marked = true;
        performance.mark(FIRST_RESULT_MARK);
      }
      return result;
    },
  } satisfies WorkerApi);
  // The worker is up (its script loaded and evaluated): the page marks the moment in its own timeline
  // (`planpath:worker-up`), from which the bench times the first full run. Comlink ignores messages without an id.
  postMessage({ workerUp: performance.timeOrigin + performance.now() });
}
