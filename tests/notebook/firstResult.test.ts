// The page waits, for a bounded time, for the first full run of a link or of the last visit (main.ts).
import { describe, expect, it, vi } from 'vitest';
import { firstResult } from '../../notebook/client/firstResult.ts';
import type { RunController, RunState } from '../../notebook/client/runController.ts';

/** A controller whose state the test sets; listeners are called as RunController calls them. */
function fakeController(initial: Partial<RunState>) {
  let state = { result: null, error: null, running: true, ...initial } as RunState;
  const listeners = new Set<(s: RunState) => void>();
  const controller = {
    subscribe(l: (s: RunState) => void) {
      listeners.add(l);
      l(state);
      return () => listeners.delete(l);
    },
  } as unknown as RunController;
  const emit = (patch: Partial<RunState>) => {
    state = { ...state, ...patch };
    for (const l of [...listeners]) l(state);
  };
  return { controller, emit, listening: () => listeners.size };
}

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

describe('firstResult', () => {
  it('waits while the run goes, and settles with its result, its error or its end, then stops listening', async () => {
    vi.useFakeTimers();
    for (const end of [
      { result: {} as RunState['result'], running: false },
      { error: 'failed', running: false },
      { running: false },
    ]) {
      const { controller, emit, listening } = fakeController({});
      const waiting = firstResult(controller, 600);
      expect(await settled(waiting)).toBe(false);
      emit({ progress: 0.5 });
      expect(await settled(waiting)).toBe(false);
      emit(end);
      expect(await settled(waiting)).toBe(true);
      expect(listening()).toBe(0);
    }
    vi.useRealTimers();
  });

  it('settles at once when there is nothing to wait for, and after the time given at the latest', async () => {
    vi.useFakeTimers();
    const idle = fakeController({ running: false });
    expect(await settled(firstResult(idle.controller, 600))).toBe(true);
    expect(idle.listening()).toBe(0);
    const slow = fakeController({});
    const waiting = firstResult(slow.controller, 600);
    await vi.advanceTimersByTimeAsync(599);
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(waiting)).toBe(true);
    expect(slow.listening()).toBe(0);
    vi.useRealTimers();
  });
});
