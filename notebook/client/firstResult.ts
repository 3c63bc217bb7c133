// Waiting, for a bounded time, for the page's first full run (a link's or the last visit's scenario, which
// the worker runs while the page loads). See main.ts: the dashboard is then drawn with its figures and painted
// before the notebook builds its other views, rather than drawn empty among them and drawn again.
import type { RunController } from './runController.ts';

/** Settles once the controller shows a result or an error, or no run is going, or after `ms`. */
export function firstResult(controller: RunController, ms: number): Promise<void> {
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
    // subscribe calls back at once, with the current state, before it has returned `stop`.
    stop = controller.subscribe((s) => {
      if (s.result !== null || s.error !== null || !s.running) finish();
    });
    if (done) stop();
  });
}
