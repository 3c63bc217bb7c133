// The engine in a Node worker thread, behind comlink (started by createNodeEngine through nodeWorker.mjs).

import { parentPort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/umd/node-adapter.js';
import { engineApi, resultBuffers } from './engineApi.ts';

if (!parentPort) throw new Error('nodeWorkerEntry must run in a worker thread');

const api = {
  ...engineApi,
  async run(...args: Parameters<typeof engineApi.run>) {
    const result = await engineApi.run(...args);
    return Comlink.transfer(result, resultBuffers(result));
  },
};

Comlink.expose(api, nodeEndpoint(parentPort));
