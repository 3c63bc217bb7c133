// One turn of the event loop, so that a message already queued (a cancellation, a newer request) is handled
// before long work goes on. Not setTimeout(0): a browser clamps a timer set from a timer's callback to 4 ms
// or more once five are nested, as a run's slices are, and Node waits at least 1 ms. Node's setImmediate runs
// right after the loop has polled for messages; a browser worker gets a message to itself, which queues
// behind the messages already there.

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

function viaMessage(resolve: () => void): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  waiting.push(resolve);
  channel.port2.postMessage(null);
}

/** Resolves after the tasks already queued have run. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(resolve);
    else viaMessage(resolve);
  });
}
