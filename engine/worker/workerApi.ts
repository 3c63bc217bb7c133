// What both worker entries (the browser's Web Worker and Node's worker thread) expose: engineApi, with run
// results' Float64Arrays transferred rather than copied, and a refused input's issues sent with its error.
import * as Comlink from 'comlink';
import { engineApi, resultBuffers } from './engineApi.ts';
import { throwWithIssues } from './throwWithIssues.ts';

throwWithIssues();

export const workerApi = {
  ...engineApi,
  async run(...args: Parameters<typeof engineApi.run>) {
    const result = await engineApi.run(...args);
    return Comlink.transfer(result, resultBuffers(result));
  },
};

export type WorkerApi = typeof workerApi;
