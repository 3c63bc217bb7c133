// A fresh task of the page's main thread, after the work already queued: a long piece of work split at
// `await nextTask()` leaves the browser free to render and to handle input in between. A MessageChannel
// message is a task of its own, not delayed like a timer (setTimeout clamps nested timers to 4 ms).

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      // One message per waiter: each resumes in a task of its own.
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}
