// A call a worker restart cut off is asked once more: the restart (a run stuck past its watchdog on a busy
// machine) rejects every call still waiting with WorkerStopped, though nothing was wrong with them. A paste
// applied at that moment had been lost without a word, its evaluation never shown.
import { isWorkerStopped } from './engineClient.ts';

/** `call`'s answer, asking once more should the worker have been restarted while it waited. */
export async function onceMoreIfStopped<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isWorkerStopped(error)) throw error;
    return call();
  }
}
