// Starting the page's engine worker (engineWorker.ts). The page's entry (notebook/entry.ts) starts the first
// one before the rest of the page's code has loaded, so that the worker's script is fetched, compiled and run
// alongside the page's own, and the client built later (engineClient.ts) takes it over.
import { type WorkerBoot, workerName } from './workerName.ts';

export interface EngineWorker {
  worker: Worker;
  /**
   * Settles when the worker's warm-up has ended (engineWorker.ts): run to the end, cut short by a run the
   * page asked for, or not started (another plan); or when `endWarm` is called (a worker stopped first).
   */
  warm: Promise<void>;
  endWarm: () => void;
}

/** What the worker posts outside comlink (which ignores messages without an id). */
interface WorkerNote {
  workerUp?: unknown;
  warmUpEnded?: unknown;
  complete?: unknown;
}

/** A mark at `at` (a time on the worker's clock, from its time origin: epoch ms) in the page's timeline. */
function mark(name: string, at: number): void {
  performance.mark(name, { startTime: Math.max(0, at - performance.timeOrigin) });
}

/** `boot`: what the page is about to open, for the worker to start on (null: nothing said). */
export function startEngineWorker(boot: WorkerBoot | null): EngineWorker {
  const worker = new Worker(new URL('./engineWorker.ts', import.meta.url), {
    type: 'module',
    name: workerName(boot),
  });
  let endWarm: () => void = () => {};
  const warm = new Promise<void>((resolve) => {
    endWarm = resolve;
  });
  // Listening from the start: what the worker posts before anyone else listens is not lost. It says when it
  // is up (engine/worker/browserWorker.ts) and when its warm-up has ended: marks in the page's timeline, for
  // the bench and devtools.
  worker.addEventListener('message', (e: MessageEvent<WorkerNote | null>) => {
    const up = e.data?.workerUp;
    if (typeof up === 'number') mark('planpath:worker-up', up);
    const warmed = e.data?.warmUpEnded;
    if (warmed === undefined) return;
    if (typeof warmed === 'number' && e.data?.complete === true) mark('planpath:worker-warm', warmed);
    endWarm();
  });
  return { worker, warm, endWarm };
}

let started: EngineWorker | null = null;

/** The page's entry: starts the worker the page's engine client will take (takeStartedWorker). */
export function startFirstWorker(boot: WorkerBoot): void {
  started ??= startEngineWorker(boot);
}

/** The worker the entry started, once; null when it started none (a test, or taken already). */
export function takeStartedWorker(): EngineWorker | null {
  const taken = started;
  started = null;
  return taken;
}
