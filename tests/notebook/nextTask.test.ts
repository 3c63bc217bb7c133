// nextTask: each waiter resumes in a task of its own, so the work after it is split from the work before it
// and from other waiters' (notebook/runtime/nextTask.ts; the notebook computes its cells in one).
import { describe, expect, it } from 'vitest';
import { nextTask } from '../../notebook/runtime/nextTask.ts';

describe('nextTask', () => {
  it('resumes waiters in the order they asked, each after the microtasks of the one before', async () => {
    const log: string[] = [];
    const a = nextTask().then(() => {
      log.push('a');
      void Promise.resolve().then(() => log.push('a: microtask'));
    });
    const b = nextTask().then(() => log.push('b'));
    log.push('sync');
    await Promise.all([a, b]);
    // Waiters resumed in one task would give a, b, then a's microtask.
    expect(log).toEqual(['sync', 'a', 'a: microtask', 'b']);
  });

  it('does not resume before the current task has finished its microtasks', async () => {
    const log: string[] = [];
    const waited = nextTask().then(() => log.push('task'));
    void Promise.resolve()
      .then(() => log.push('micro 1'))
      .then(() => log.push('micro 2'));
    await waited;
    expect(log).toEqual(['micro 1', 'micro 2', 'task']);
  });
});
