// Waiting, for a bounded time, for the page's first full run (a link's or the last visit's scenario, which
// the worker runs while the page loads). See main.ts: the dashboard is then drawn with its figures and painted
// before the notebook builds its other views, rather than drawn without them among those views and again.
import type { RunController } from './runController.ts';
import { untilRunState } from './untilRunState.ts';

/** Settles once the controller shows a result or an error, or no run is going, or after `ms`. */
export function firstResult(controller: RunController, ms: number): Promise<void> {
  return untilRunState(controller, (s) => s.result !== null || s.error !== null || !s.running, ms);
}
