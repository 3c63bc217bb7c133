// The two generators the notebook needs from Observable's stdlib, which runtime 6 no longer bundles.
// A generator cell yields a new value whenever `change` is called; the runtime pulls it on the next frame
// and recomputes the cells downstream. `return()` (called when the cell is invalidated) disposes of it.

export interface ObservedGenerator<T> extends Iterator<Promise<T>> {
  [Symbol.iterator](): ObservedGenerator<T>;
}

/**
 * `initialize(change)` is called once; it calls `change(value)` whenever there is a new value and returns a
 * function that stops listening. Values that arrive between two pulls collapse into the latest.
 */
export function observe<T>(
  initialize: (change: (value: T) => void) => (() => void) | undefined,
): ObservedGenerator<T> {
  let stale = false;
  let value: T;
  let resolve: ((value: T) => void) | null = null;
  const change = (x: T) => {
    value = x;
    if (resolve) {
      resolve(x);
      resolve = null;
    } else {
      stale = true;
    }
  };
  const dispose = initialize(change);
  const generator: ObservedGenerator<T> = {
    [Symbol.iterator]: () => generator,
    next: () => {
      if (stale) {
        stale = false;
        return { done: false, value: Promise.resolve(value) };
      }
      return { done: false, value: new Promise<T>((r) => (resolve = r)) };
    },
    return: () => {
      dispose?.();
      return { done: true, value: undefined };
    },
    throw: () => ({ done: true, value: undefined }),
  };
  return generator;
}

/** The current value of an input element, and each new one on its `input` event (an Observable view). */
export function input<T>(element: HTMLElement & { value?: unknown }): ObservedGenerator<T> {
  return observe<T>((change) => {
    const handler = () => change(element.value as T);
    element.addEventListener('input', handler);
    change(element.value as T);
    return () => element.removeEventListener('input', handler);
  });
}
