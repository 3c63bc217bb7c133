// A fresh task, after the tasks already queued: a MessageChannel message is a task of its own and, unlike a
// timer, is not delayed (browsers clamp a nested setTimeout to 4 ms or more). The page splits long work at
// it (notebook/runtime/nextTask.ts); a run yields at it in a browser (yieldToEventLoop.ts).

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

export function messageTask(): Promise<void> {
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
