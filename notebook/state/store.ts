// A tiny observable value: cells read it through `observe`, views write it through `set`/`update`.
// Each change carries a `meta` record (e.g. {preview: true} while a slider is being dragged).

export type Listener<T, M> = (value: T, meta: M) => void;

export class Store<T, M = Record<string, never>> {
  #value: T;
  #meta: M;
  readonly #listeners = new Set<Listener<T, M>>();

  constructor(initial: T, meta: M) {
    this.#value = initial;
    this.#meta = meta;
  }

  get(): T {
    return this.#value;
  }

  meta(): M {
    return this.#meta;
  }

  set(value: T, meta: M): void {
    this.#value = value;
    this.#meta = meta;
    for (const listener of [...this.#listeners]) listener(value, meta);
  }

  update(fn: (value: T) => T, meta: M): void {
    this.set(fn(this.#value), meta);
  }

  /** Calls `listener` now and on every change; returns the unsubscribe function. */
  subscribe(listener: Listener<T, M>): () => void {
    this.#listeners.add(listener);
    listener(this.#value, this.#meta);
    return () => this.#listeners.delete(listener);
  }
}
