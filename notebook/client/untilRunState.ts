// Waiting, for a bounded time, for the run controller to reach a state: the page's first run on screen
// (firstResult.ts), the first run's end before a section is fetched (main.ts).
import type { RunController, RunState } from './runController.ts';

/**
 * Settles once `reached` holds for a state the controller publishes (the current one first), or `also` settles,
 * or `ms` have passed; it stops listening then. `reached` sees every state in turn and may keep its own memory.
 */
export function untilRunState(
  controller: RunController,
  reached: (s: RunState) => boolean,
  ms: number,
  also?: Promise<unknown>,
): Promise<void> {
  return new Promise((resolve) => {
    let stop: (() => void) | null = null;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      stop?.();
      resolve();
    };
    const timer = setTimeout(finish, ms);
    void also?.then(finish, finish);
    // subscribe calls back at once, with the current state, before it has returned `stop`.
    stop = controller.subscribe((s) => {
      if (reached(s)) finish();
    });
    if (done) stop();
  });
}
