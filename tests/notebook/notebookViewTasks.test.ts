// Notebook.view: each view's definition runs in a task of its own (notebook/runtime/notebook.ts), so a round of
// views is many short tasks rather than one long one. A view that reads another runs after work the first
// one queued as a task; computed in the same task, as the runtime alone would, it would run before it. A view
// below the fold waits for a background-priority task where the browser offers one (laterTask), and
// allRendered settles once every view has rendered once.
import { afterEach, describe, expect, it } from 'vitest';
import { laterTask } from '../../notebook/runtime/laterTask.ts';
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

  describe('below the fold', () => {
    const global = globalThis as { scheduler?: unknown };
    afterEach(() => {
      delete global.scheduler;
    });

    it('waits for a background-priority task when the browser has scheduler.postTask', async () => {
      const asked: unknown[] = [];
      global.scheduler = {
        postTask: (callback: () => void, options: unknown) => {
          asked.push(options);
          return nextTask().then(callback);
        },
      };
      await laterTask();
      expect(asked).toEqual([{ priority: 'background' }]);
    });

    it('computes after the views above it, and allRendered settles only once every view has rendered', async () => {
      (globalThis as { Node?: unknown }).Node ??= class {};
      // A background queue the test releases by hand: what the browser would run once the page is idle.
      const held: (() => void)[] = [];
      global.scheduler = {
        postTask: (callback: () => void) =>
          new Promise<void>((resolve) => held.push(() => resolve(callback()))),
      };
      const log: string[] = [];
      const nb = new Notebook({});
      nb.view('notes', fakeSlot(), [], () => log.push('notes'), { below: true });
      nb.view('dashboard', fakeSlot(), [], () => log.push('dashboard'));
      let all = false;
      const rendered = nb.allRendered().then(() => {
        all = true;
      });
      while (!log.includes('dashboard')) await nextTask();
      await nextTask();
      expect(log).toEqual(['dashboard']);
      expect(all).toBe(false);
      while (held.length === 0) await nextTask();
      held.shift()!();
      await rendered;
      expect(log).toEqual(['dashboard', 'notes']);
      expect(all).toBe(true);
      nb.dispose();
    });
  });
});
