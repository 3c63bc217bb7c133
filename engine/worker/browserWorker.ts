// The engine in a browser Web Worker: the same engineApi as the Node worker, plus the analytics the
// notebook calls (notebookAnalytics.ts), exposed through comlink; run results' Float64Arrays are
// transferred rather than copied.
import * as Comlink from 'comlink';
import { engineApi, resultBuffers } from './engineApi.ts';
import { notebookAnalytics } from './notebookAnalytics.ts';

const api = {
  ...engineApi,
  ...notebookAnalytics,
  async loadPlan(...args: Parameters<typeof engineApi.loadPlan>) {
    const plan = await engineApi.loadPlan(...args);
    notebookAnalytics.rememberPlan(args[2] ?? args[1], plan);
    return plan;
  },
  async run(...args: Parameters<typeof engineApi.run>) {
    const result = await engineApi.run(...args);
    return Comlink.transfer(result, resultBuffers(result));
  },
};

export type BrowserWorkerApi = typeof api;

Comlink.expose(api);
