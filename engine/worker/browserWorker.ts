// The engine in a browser Web Worker, behind comlink.
import * as Comlink from 'comlink';
import { type WorkerApi, workerApi } from './workerApi.ts';

export type BrowserWorkerApi = WorkerApi;

Comlink.expose(workerApi);
