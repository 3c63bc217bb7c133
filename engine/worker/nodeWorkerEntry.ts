// The engine in a Node worker thread, behind comlink (started by createNodeEngine through nodeWorker.mjs).

import { parentPort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/umd/node-adapter.js';
// Issues made in this thread carry their words, for the CLI that prints them (the browser's worker carries none:
// engine/report/messages/wordsOf.ts).
import '../report/messages/render.ts';
import { workerApi } from './workerApi.ts';

if (!parentPort) throw new Error('nodeWorkerEntry must run in a worker thread');

Comlink.expose(workerApi, nodeEndpoint(parentPort));
