// The run controller coalesces a drag's previews: while the worker computes one, later positions wait in a
// single slot, and only the latest is run when it returns; a release always runs at once. A fake engine
// stands in for the worker, answering when the test says.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunResult } from '../../engine/index.ts';
import { type EngineClient, WorkerStopped } from '../../notebook/client/engineClient.ts';
import {
  type EditMeta,
  PREVIEW_PATHS,
  RUN_WORKER_STOPPED,
  RunController,
  type RunState,
} from '../../notebook/client/runController.ts';
import type { Working } from '../../notebook/state/scenarioOps.ts';
import { Store } from '../../notebook/state/store.ts';

interface Call {
  scenario: Working;
  paths: number;
  resolve: (r: RunResult) => void;
  reject: (e: Error) => void;
}

function fakeEngine() {
  const calls: Call[] = [];
  const engine = {
    run: (_channel: string, scenario: unknown, options: { paths?: number }) =>
      new Promise<RunResult>((resolve, reject) =>
        calls.push({ scenario: scenario as Working, paths: options.paths ?? 0, resolve, reject }),
      ),
    restart: async () => {},
  } as unknown as EngineClient;
  return { engine, calls };
}

const at = (v: number): Working => ({ name: { zh: '测试' }, plan: 'p', levers: { lever: { intensity: v } } });
const result = (s: Working) =>
  ({ paths: 1, seed: 1, years: [], tag: s.levers?.lever?.intensity }) as unknown as RunResult;
const flush = () => new Promise((r) => setTimeout(r, 0));

/** A controller on a fake engine, started on at(0), with every state it shows. */
function started() {
  const store = new Store<Working, EditMeta>(at(0), {});
  const { engine, calls } = fakeEngine();
  const controller = new RunController(engine, store, (s) => s);
  const shown: RunState[] = [];
  controller.subscribe((s) => shown.push(s));
  controller.start();
  return { store, calls, controller, shown };
}

afterEach(() => vi.useRealTimers());

describe('RunController', () => {
  it('runs one preview at a time during a drag and then only the latest position', async () => {
    const { store, calls, controller, shown } = started();
    calls.shift()!.resolve(result(at(0)));
    await flush();
    // Ten drag positions while the first preview computes: one run goes to the worker.
    for (let v = 1; v <= 10; v++) store.set(at(v), { preview: true });
    expect(calls.map((c) => c.scenario.levers?.lever?.intensity)).toEqual([1]);
    expect(calls[0]!.paths).toBe(PREVIEW_PATHS);
    calls.shift()!.resolve(result(at(1)));
    await flush();
    // Its result is shown, and the latest position (10) is run next; 2–9 never are.
    expect(shown.at(-1)!.scenario.levers?.lever?.intensity).toBe(1);
    expect(calls.map((c) => c.scenario.levers?.lever?.intensity)).toEqual([10]);
    calls.shift()!.resolve(result(at(10)));
    await flush();
    expect(shown.at(-1)!.scenario.levers?.lever?.intensity).toBe(10);
    expect(shown.at(-1)!.preview).toBe(true);
    controller.dispose();
  });

  it('runs the release at once, and a preview answered after it is never shown', async () => {
    const { store, calls, controller, shown } = started();
    calls.shift()!.resolve(result(at(0)));
    await flush();
    store.set(at(1), { preview: true });
    store.set(at(2), { preview: true });
    store.set(at(3), {});
    // The release does not wait for the preview: both are with the worker, the queued position is dropped.
    expect(calls.map((c) => [c.scenario.levers?.lever?.intensity, c.paths > PREVIEW_PATHS])).toEqual([
      [1, false],
      [3, true],
    ]);
    const [preview, full] = calls.splice(0);
    full!.resolve(result(at(3)));
    await flush();
    preview!.resolve(result(at(1)));
    await flush();
    expect(shown.at(-1)!.scenario.levers?.lever?.intensity).toBe(3);
    expect(shown.at(-1)!.preview).toBe(false);
    expect(calls).toEqual([]);
    controller.dispose();
  });

  // A restart made elsewhere (the evaluation's watchdog) rejects the pending run: it had left the status line
  // saying the engine stopped, with no result for the scenario on screen.
  it('asks a run again, once, when the worker was restarted under it', async () => {
    const { store, calls, controller, shown } = started();
    calls.shift()!.reject(new WorkerStopped());
    await flush();
    expect(calls.map((c) => c.scenario.levers?.lever?.intensity)).toEqual([0]);
    expect(shown.at(-1)!.error).toBeNull();
    // Stopped again: said, not asked a third time.
    calls.shift()!.reject(new WorkerStopped());
    await flush();
    expect(calls).toEqual([]);
    expect(shown.at(-1)!.error).toBe(RUN_WORKER_STOPPED);
    // A later edit is asked as usual, and its answer shown.
    store.set(at(2), {});
    calls.shift()!.resolve(result(at(2)));
    await flush();
    expect(shown.at(-1)).toMatchObject({ error: null, running: false });
    expect(shown.at(-1)!.scenario.levers?.lever?.intensity).toBe(2);
    controller.dispose();
  });

  it('gives a drag that stops without a release its full run after a pause', async () => {
    vi.useFakeTimers();
    const store = new Store<Working, EditMeta>(at(0), {});
    const { engine, calls } = fakeEngine();
    const controller = new RunController(engine, store, (s) => s);
    controller.start();
    calls.shift()!.resolve(result(at(0)));
    await vi.advanceTimersByTimeAsync(0);
    store.set(at(5), { preview: true });
    calls.shift()!.resolve(result(at(5)));
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.map((c) => [c.scenario.levers?.lever?.intensity, c.paths > PREVIEW_PATHS])).toEqual([
      [5, true],
    ]);
    controller.dispose();
  });

  it('shows the shipped result as the full run and asks the worker only from the first edit on', async () => {
    const store = new Store<Working, EditMeta>(at(0), { replaced: true });
    const { engine, calls } = fakeEngine();
    const controller = new RunController(engine, store, (s) => s);
    const shipped = result(at(0));
    controller.start(shipped);
    // The shipped run is the settled result: nothing runs, nothing went to the worker.
    expect(controller.state).toMatchObject({
      result: shipped,
      preview: false,
      running: false,
      seq: 1,
      shipped: true,
    });
    expect(calls).toEqual([]);
    store.set(at(1), { preview: true });
    store.set(at(1), {});
    expect(calls.map((c) => [c.scenario.levers?.lever?.intensity, c.paths > PREVIEW_PATHS])).toEqual([
      [1, false],
      [1, true],
    ]);
    // Back to the shipped scenario: a change like any other, computed by the worker.
    const [, full] = calls.splice(0);
    full!.resolve(result(at(1)));
    await flush();
    // The worker's result is the page's own: its status gives its time, not the build's.
    expect(controller.state.shipped).toBe(false);
    store.set(at(0), {});
    expect(calls.map((c) => c.scenario.levers?.lever?.intensity)).toEqual([0]);
    expect(controller.state.running).toBe(true);
    controller.dispose();
  });
  it('keeps the state the latest result arrived with apart from later flips of running and progress', async () => {
    const store = new Store<Working, EditMeta>(at(0), {});
    const { engine, calls } = fakeEngine();
    const controller = new RunController(engine, store, (s) => s);
    controller.start();
    expect(controller.resultState.seq).toBe(0);
    calls.shift()!.resolve(result(at(0)));
    await flush();
    const first = controller.resultState;
    expect(first.seq).toBe(1);
    expect(first).toBe(controller.state);
    // A new run starts: the state moves on (running), the result state stays the one the result came with.
    store.set(at(1), {});
    expect(controller.state.running).toBe(true);
    expect(controller.resultState).toBe(first);
    calls.shift()!.resolve(result(at(1)));
    await flush();
    expect(controller.resultState.seq).toBe(2);
    expect(controller.resultState.scenario.levers?.lever?.intensity).toBe(1);
    expect(controller.resultState.running).toBe(false);
    controller.dispose();
  });
});
