// A long run yields so that a message already queued — a cancellation, a newer request — is handled before it
// goes on; and it must not wait on a timer for it (a nested setTimeout(0) is clamped to 4 ms in browsers).
import { MessageChannel as NodeChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** Yields once with the timers frozen: a yield made of setTimeout would never come back. */
async function withTimersFrozen(yieldToEventLoop: () => Promise<void>): Promise<'resumed' | 'stuck'> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
  const stuck = new Promise<'stuck'>((resolve) => {
    const { port1, port2 } = new NodeChannel();
    port1.on('message', () => {
      port1.close();
      resolve('stuck');
    });
    // Several turns of the loop later, the yield has had every chance to come back.
    let turns = 0;
    const again = () => (++turns < 20 ? setImmediateReal(again) : port2.postMessage(null));
    setImmediateReal(again);
  });
  return Promise.race([yieldToEventLoop().then(() => 'resumed' as const), stuck]);
}
const setImmediateReal = globalThis.setImmediate;

describe('yieldToEventLoop', () => {
  it("lets a message queued during a slice through at the slice's yield (Node)", async () => {
    const { yieldToEventLoop } = await import('../../engine/run/yieldToEventLoop.ts');
    // A run's slice starts when its last yield came back (Node's check phase); a cancellation arriving while
    // it computes is polled for before the next yield comes back.
    await yieldToEventLoop();
    const { port1, port2 } = new NodeChannel();
    let cancelled = false;
    port1.on('message', () => {
      cancelled = true;
    });
    port2.postMessage('cancel');
    expect(cancelled).toBe(false);
    await yieldToEventLoop();
    expect(cancelled).toBe(true);
    port1.close();
  });

  it('comes back without a timer, in Node and (without setImmediate) as a browser does', async () => {
    const node = await import('../../engine/run/yieldToEventLoop.ts');
    expect(await withTimersFrozen(node.yieldToEventLoop)).toBe('resumed');
    vi.useRealTimers();
    vi.resetModules();
    vi.stubGlobal('setImmediate', undefined);
    const browser = await import('../../engine/run/yieldToEventLoop.ts');
    expect(await withTimersFrozen(browser.yieldToEventLoop)).toBe('resumed');
  });

  it('without setImmediate, resolves yields in the order they were asked, each as a task of its own', async () => {
    vi.stubGlobal('setImmediate', undefined);
    const { yieldToEventLoop } = await import('../../engine/run/yieldToEventLoop.ts');
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((k) => yieldToEventLoop().then(() => order.push(k))));
    expect(order).toEqual([1, 2, 3]);
    // Not a resolved promise: a microtask queued after the yield still runs before it.
    let microtaskFirst = false;
    const pending = yieldToEventLoop().then(() => microtaskFirst);
    queueMicrotask(() => {
      microtaskFirst = true;
    });
    expect(await pending).toBe(true);
  });
});
