// The views of results may be handed the state they have just drawn (main.ts draws the controller's newest
// state, which can run ahead of the cell's input): the second time there is nothing to draw.
import { describe, expect, it } from 'vitest';
import { changedOnly } from '../../notebook/runtime/changedOnly.ts';
import type { LiveView } from '../../notebook/runtime/liveView.ts';

function counting<T>(): LiveView<T> & { drawn: T[] } {
  const drawn: T[] = [];
  return { element: {} as HTMLElement, drawn, update: (v) => void drawn.push(v) };
}

describe('changedOnly', () => {
  it('draws each new value once, and a value again after another was drawn', () => {
    const view = counting<{ seq: number }>();
    const live = changedOnly(view);
    const a = { seq: 1 };
    const b = { seq: 2 };
    live.update(a);
    live.update(a);
    live.update(b);
    live.update(b);
    live.update(a);
    expect(view.drawn).toEqual([a, b, a]);
    expect(live.element).toBe(view.element);
  });

  it('draws a first value even when it is undefined', () => {
    const view = counting<undefined>();
    changedOnly(view).update(undefined);
    expect(view.drawn).toHaveLength(1);
  });
});
