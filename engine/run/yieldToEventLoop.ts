// One turn of the event loop, so that a message already queued (a cancellation, a newer request) is handled
// before long work goes on. Not setTimeout(0): a browser clamps a timer set from a timer's callback to 4 ms
// or more once five are nested, as a run's slices are, and Node waits at least 1 ms. Node's setImmediate runs
// right after the loop has polled for messages; a browser worker gets a message to itself (messageTask),
// which queues behind the messages already there.
import { messageTask } from './messageTask.ts';

/** Resolves after the tasks already queued have run. */
export function yieldToEventLoop(): Promise<void> {
  if (typeof setImmediate !== 'function') return messageTask();
  return new Promise((resolve) => setImmediate(resolve));
}
