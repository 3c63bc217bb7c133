// A fresh task of the page's main thread, after the work already queued: a long piece of work split at
// `await nextTask()` leaves the browser free to render and to handle input in between. The engine's
// messageTask: a MessageChannel message, not delayed like a timer (setTimeout clamps nested timers to 4 ms).
export { messageTask as nextTask } from '../../engine/index.ts';
