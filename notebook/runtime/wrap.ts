// A cell value the runtime must not mistake for a generator or a promise. The runtime treats any value with
// `next` and `return` functions as a generator and any `then` as a promise; a comlink proxy answers every
// property with a function, so it would be pulled as a generator forever. Cells hold `{ value }` instead.
export interface Boxed<T> {
  readonly value: T;
}

export function box<T>(value: T): Boxed<T> {
  return Object.freeze({ value });
}
