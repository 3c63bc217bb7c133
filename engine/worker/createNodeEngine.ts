// The engine in a Node worker thread, with the same API as the browser's Web Worker (comlink over
// worker_threads). Used by tests to prove that worker and in-process runs give identical numbers.

import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/umd/node-adapter.js';
import type { EngineApi } from './engineApi.ts';

export interface NodeEngine {
  api: Comlink.Remote<EngineApi>;
  close(): Promise<void>;
}

export function createNodeEngine(): NodeEngine {
  const worker = new Worker(new URL('./nodeWorker.mjs', import.meta.url));
  const api = Comlink.wrap<EngineApi>(nodeEndpoint(worker));
  return {
    api,
    async close() {
      api[Comlink.releaseProxy]();
      await worker.terminate();
    },
  };
}
