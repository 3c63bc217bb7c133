// The engine in a browser Web Worker: engineApi (runs and analytics) through comlink, with run results'
// Float64Arrays transferred rather than copied.
import * as Comlink from 'comlink';
import { engineApi, resultBuffers } from './engineApi.ts';

const api = {
  ...engineApi,
  async run(...args: Parameters<typeof engineApi.run>) {
    const result = await engineApi.run(...args);
    return Comlink.transfer(result, resultBuffers(result));
  },
};

export type BrowserWorkerApi = typeof api;

Comlink.expose(api);
