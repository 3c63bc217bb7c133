// The page waits, for a bounded time, for the first full run of a link or of the last visit (main.ts), and
// for the first run's end before it fetches a section (untilRunState, as main.ts's afterFirstRun uses it).
import { describe, expect, it, vi } from 'vitest';
import { firstResult } from '../../notebook/client/firstResult.ts';
import type { RunController, RunState } from '../../notebook/client/runController.ts';
import { untilRunState } from '../../notebook/client/untilRunState.ts';

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

describe('untilRunState', () => {
  it('lets its test keep a memory: a run seen to start, then to end with a full result', async () => {
    vi.useFakeTimers();
    // A result on screen before any run (the shipped 基准) does not count: the run must be seen.
    const { controller, emit, listening } = fakeController({
      running: false,
      result: {} as RunState['result'],
    });
    let ran = false;
    const waiting = untilRunState(
      controller,
      (s) => {
        if (s.running) ran = true;
        return ran && !s.running && s.result !== null && !s.preview;
      },
      8000,
    );
    expect(await settled(waiting)).toBe(false);
    emit({ running: true, preview: true });
    emit({ running: false, preview: true });
    expect(await settled(waiting)).toBe(false);
    emit({ running: true, preview: false });
    emit({ running: false, preview: false });
    expect(await settled(waiting)).toBe(true);
    expect(listening()).toBe(0);
    vi.useRealTimers();
  });

  it('settles when the promise it is also given settles, fulfilled or rejected', async () => {
    vi.useFakeTimers();
    for (const outcome of ['fulfil', 'reject'] as const) {
      const { controller, listening } = fakeController({});
      let settle: (() => void) | null = null;
      const also = new Promise<void>((resolve, reject) => {
        settle = outcome === 'fulfil' ? resolve : () => reject(new Error('stopped'));
      });
      const waiting = untilRunState(controller, () => false, 8000, also);
      expect(await settled(waiting)).toBe(false);
      settle!();
      expect(await settled(waiting)).toBe(true);
      expect(listening()).toBe(0);
    }
    vi.useRealTimers();
  });
});
