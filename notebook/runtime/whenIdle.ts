// Work that may wait until the page has nothing else to do: it then runs in an idle period, not between a
// result's arrival and its paint, nor during a drag. `timeout` bounds the wait on a page that is never idle.
// Where the browser has no requestIdleCallback (Safari), the next task.

export function whenIdle(timeout = 1000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}
