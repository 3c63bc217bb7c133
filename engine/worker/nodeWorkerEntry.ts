// The engine in a Node worker thread, behind comlink (started by createNodeEngine through nodeWorker.mjs).

import { parentPort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/umd/node-adapter.js';
import { workerApi } from './workerApi.ts';

if (!parentPort) throw new Error('nodeWorkerEntry must run in a worker thread');

Comlink.expose(workerApi, nodeEndpoint(parentPort));
