// A worker restart cuts a call off through no fault of its own: it is asked once more, and only for that.
import { describe, expect, it } from 'vitest';
import { WorkerStopped } from '../../notebook/client/engineClient.ts';
import { onceMoreIfStopped } from '../../notebook/client/onceMoreIfStopped.ts';

/** A call failing with each of `errors` in turn, then answering its count of calls. */
function calls(...errors: Error[]) {
  let n = 0;
  const call = async () => {
    n++;
    const e = errors.shift();
    if (e) throw e;
    return n;
  };
  return { call, count: () => n };
}

describe('onceMoreIfStopped', () => {
  it('answers at once when the call answers', async () => {
    const c = calls();
    await expect(onceMoreIfStopped(c.call)).resolves.toBe(1);
    expect(c.count()).toBe(1);
  });

  it('asks again when the worker was restarted under the call', async () => {
    const c = calls(new WorkerStopped());
    await expect(onceMoreIfStopped(c.call)).resolves.toBe(2);
  });

  it('asks only once more: a second restart is the caller’s to report', async () => {
    const c = calls(new WorkerStopped(), new WorkerStopped());
    await expect(onceMoreIfStopped(c.call)).rejects.toThrow('the engine worker stopped');
    expect(c.count()).toBe(2);
  });

  it('does not ask again for any other failure', async () => {
    const c = calls(new Error('no plan loaded'));
    await expect(onceMoreIfStopped(c.call)).rejects.toThrow('no plan loaded');
    expect(c.count()).toBe(1);
  });
});
