// The engine in a browser Web Worker, behind comlink. The page's worker entry (notebook/client/engineWorker.ts)
// calls this first, then may start work of its own (a prewarm).
import * as Comlink from 'comlink';
import { type WorkerApi, workerApi } from './workerApi.ts';

export type BrowserWorkerApi = WorkerApi;

export function exposeInBrowserWorker(): void {
  Comlink.expose(workerApi);
  // The worker is up (its script loaded and evaluated): the page marks the moment in its own timeline
  // (`planpath:worker-up`), from which the bench times the first full run. Comlink ignores messages without an id.
  postMessage({ workerUp: performance.timeOrigin + performance.now() });
}
