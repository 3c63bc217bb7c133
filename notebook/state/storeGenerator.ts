// A Store as a runtime cell value: yields its value now and at every change (optionally only when a
// selected part of it changes, compared as JSON).
import { type ObservedGenerator, observe } from '../runtime/generators.ts';
import type { Store } from './store.ts';

export function fromStore<T, M, S = T>(store: Store<T, M>, select?: (value: T) => S): ObservedGenerator<S> {
  return observe<S>((change) => {
    let last: string | undefined;
    return store.subscribe((value) => {
      const v = select ? select(value) : (value as unknown as S);
      if (select) {
        const key = JSON.stringify(v) ?? 'undefined';
        if (key === last) return;
        last = key;
      }
      change(v);
    });
  });
}
