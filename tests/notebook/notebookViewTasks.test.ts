// Notebook.view: each view's definition runs in a task of its own (notebook/runtime/notebook.ts), so a round of
// views is many short tasks rather than one long one. A view that reads another runs after work the first
// one queued as a task; computed in the same task, as the runtime alone would, it would run before it.
import { describe, expect, it } from 'vitest';
import { nextTask } from '../../notebook/runtime/nextTask.ts';
import { Notebook } from '../../notebook/runtime/notebook.ts';

/** What the notebook touches of a slot, without a DOM. */
function fakeSlot(): HTMLElement {
  const noop = () => {};
  return {
    dataset: {},
    classList: { add: noop, remove: noop },
    replaceChildren: noop,
    dispatchEvent: () => true,
    childNodes: [],
  } as unknown as HTMLElement;
}

describe('Notebook views', () => {
  it('compute each in a task of its own', async () => {
    (globalThis as { Node?: unknown }).Node ??= class {};
    const log: string[] = [];
    const nb = new Notebook({});
    nb.view('a', fakeSlot(), [], () => {
      void nextTask().then(() => log.push('task queued by a'));
      log.push('a');
      return 1;
    });
    const b = new Promise<void>((done) =>
      nb.view('b', fakeSlot(), ['a'], (a: number) => {
        log.push(`b read ${a}`);
        done();
        return null;
      }),
    );
    await b;
    expect(log).toEqual(['a', 'task queued by a', 'b read 1']);
    nb.dispose();
  });
});
