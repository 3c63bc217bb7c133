// When the page evaluates: the plan's statistics once the planner heads for 中期评估, entered actuals at once,
// again after each release, never for a drag's previews, and only the latest request's answer is shown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Evaluation } from '../../engine/index.ts';
import { WorkerStopped } from '../../notebook/client/engineClient.ts';
import type { EditMeta } from '../../notebook/client/runController.ts';
import { STUCK_MS } from '../../notebook/client/runController.ts';
import {
  EVALUATION_DELAY_MS,
  type EvaluationState,
  followEvaluation,
  STUCK,
} from '../../notebook/state/evaluationRuns.ts';
import type { Working } from '../../notebook/state/scenarioOps.ts';
import { Store } from '../../notebook/state/store.ts';

interface Call {
  scenario: Working;
  resolve(ev: Evaluation): void;
  reject(error: Error): void;
  progress(done: number): void;
}

function setUp(observations: number) {
  const scenario = new Store<Working, EditMeta>({ id: 's', levers: {} } as unknown as Working, {});
  const calls: Call[] = [];
  const cancels: string[] = [];
  let restarts = 0;
  const app = {
    plan: { observations: Array.from({ length: observations }, () => ({})) },
    scenario,
    payload: (s: Working) => s as unknown as Record<string, unknown>,
    engine: {
      evaluate: (s: Working, _a: unknown, _o: unknown, onProgress: (p: { done: number }) => void) =>
        new Promise<Evaluation>((resolve, reject) =>
          calls.push({ scenario: s, resolve, reject, progress: (done) => onProgress({ done }) }),
        ),
      cancel: (channel: string) => cancels.push(channel),
      // As EngineClient's: every call still waiting rejects.
      restart: async () => {
        restarts++;
        for (const c of calls) c.reject(new WorkerStopped());
      },
    },
  } as unknown as Parameters<typeof followEvaluation>[0];
  let near: () => void = () => {};
  const wanted = new Promise<void>((r) => (near = r));
  const states: EvaluationState[] = [];
  const stop = followEvaluation(app, wanted, (s) => states.push(s));
  const last = () => states[states.length - 1]!;
  const edit = (patch: Partial<Working>, meta: EditMeta = {}) =>
    scenario.update((s) => ({ ...s, ...patch }), meta);
  return { calls, cancels, states, last, edit, near, stop, restarts: () => restarts };
}

const evaluation = (tag: string) => ({ tag }) as unknown as Evaluation;
const settle = () => vi.advanceTimersByTimeAsync(EVALUATION_DELAY_MS + 1);

describe('followEvaluation', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('evaluates the published statistics only once the section is near, then after each release', async () => {
    const t = setUp(12);
    await settle();
    expect(t.calls).toHaveLength(0);
    expect(t.last().evaluation).toBeNull();
    t.near();
    await settle();
    expect(t.calls).toHaveLength(1);
    expect(t.last().running).toBe(true);
    t.calls[0]!.resolve(evaluation('statistics'));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.last()).toMatchObject({ running: false, entered: 0, evaluation: { tag: 'statistics' } });
    // A drag: nothing for its previews, one evaluation after its release.
    for (let i = 1; i <= 5; i++) t.edit({ paths: 1000 + i } as Partial<Working>, { preview: true });
    await settle();
    expect(t.calls).toHaveLength(1);
    t.edit({ paths: 1005 } as Partial<Working>);
    await settle();
    expect(t.calls).toHaveLength(2);
    expect(t.calls[1]!.scenario.paths).toBe(1005);
  });

  it('evaluates entered actuals at once, wherever the page is, and says how many values it took in', async () => {
    const t = setUp(0);
    t.edit({ actuals: { gdp: { 2022: 1, 2023: 2 }, firms: { 2023: 3 } } } as Partial<Working>);
    await settle();
    expect(t.calls).toHaveLength(1);
    t.calls[0]!.resolve(evaluation('entered'));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.last()).toMatchObject({ entered: 3, evaluation: { tag: 'entered' } });
    // Cleared, with no statistics to fall back on: nothing to evaluate, even near the section.
    t.edit({ actuals: undefined } as Partial<Working>);
    t.near();
    await settle();
    expect(t.calls).toHaveLength(1);
    expect(t.last()).toMatchObject({ entered: 0, evaluation: null });
  });

  // A release's run stuck past its watchdog on a busy machine restarts the worker, and every pending call rejects:
  // the evaluation of the values just pasted had then stayed an error, with none of them shown.
  it('asks again when the worker was restarted under it, and shows the values entered', async () => {
    const t = setUp(0);
    t.edit({ actuals: { gdp: { 2022: 1, 2023: 2 } } } as Partial<Working>);
    await settle();
    expect(t.calls).toHaveLength(1);
    t.calls[0]!.reject(new WorkerStopped());
    await settle();
    expect(t.calls).toHaveLength(2);
    expect(t.last().error).toBeNull();
    t.calls[1]!.resolve(evaluation('again'));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.last()).toMatchObject({ running: false, entered: 2, evaluation: { tag: 'again' } });
    // Any other failure is shown, not retried.
    t.edit({ actuals: { gdp: { 2022: 1 } } } as Partial<Working>);
    await settle();
    t.calls[2]!.reject(new Error('plan broken'));
    await settle();
    expect(t.calls).toHaveLength(3);
    expect(t.last().error).toBe('plan broken');
  });

  it('cancels an evaluation a drag starts over, and never shows an answer that came back after it', async () => {
    const t = setUp(12);
    t.near();
    await settle();
    expect(t.calls).toHaveLength(1);
    t.edit({ paths: 2001 } as Partial<Working>, { preview: true });
    expect(t.cancels).toEqual(['evaluate']);
    expect(t.last().running).toBe(false);
    // The cancelled request's answer arrives anyway: not shown.
    t.calls[0]!.resolve(evaluation('stale'));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.last().evaluation).toBeNull();
    // Released where it started: evaluated again (the first never finished).
    t.edit({ paths: undefined } as Partial<Working>);
    await settle();
    expect(t.calls).toHaveLength(2);
    t.calls[1]!.resolve(evaluation('fresh'));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.last().evaluation).toEqual({ tag: 'fresh' });
  });

  // A worker stuck in an evaluation (no progress, no answer) had left it spinning with nothing said.
  it('restarts a worker that says nothing for STUCK_MS, asks again, and says so if it is stuck twice', async () => {
    const t = setUp(0);
    t.edit({ actuals: { gdp: { 2022: 1, 2023: 2 } } } as Partial<Working>);
    await settle();
    // Progress keeps a slow evaluation going: no restart however long it takes in all.
    for (let i = 1; i <= 3; i++) {
      await vi.advanceTimersByTimeAsync(STUCK_MS - 1000);
      t.calls[0]!.progress(i / 4);
    }
    expect(t.restarts()).toBe(0);
    // Silent for STUCK_MS: the worker is restarted and the evaluation asked again.
    await vi.advanceTimersByTimeAsync(STUCK_MS);
    expect(t.restarts()).toBe(1);
    await settle();
    expect(t.calls).toHaveLength(2);
    expect(t.last()).toMatchObject({ running: true, error: null });
    // Silent again: said, not restarted in a loop.
    await vi.advanceTimersByTimeAsync(STUCK_MS);
    expect(t.restarts()).toBe(1);
    expect(t.last()).toMatchObject({ running: false, error: STUCK });
    // The next edit is a new question: asked, and answered.
    t.edit({ actuals: { gdp: { 2022: 1, 2023: 3 } } } as Partial<Working>);
    await settle();
    expect(t.calls).toHaveLength(3);
    t.calls[2]!.resolve(evaluation('later'));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.last()).toMatchObject({ running: false, error: null, evaluation: { tag: 'later' } });
  });

  // The worker had given the channel to an older request, which cancelled the one the page waited for: the
  // evaluation then showed as running for good (CI, sessions 45–46).
  it('asks again once when its latest request comes back cancelled unasked, then stops saying it runs', async () => {
    const t = setUp(0);
    t.edit({ actuals: { gdp: { 2022: 1, 2023: 2 } } } as Partial<Working>);
    await settle();
    const aborted = () => Object.assign(new Error('run cancelled'), { name: 'AbortError' });
    t.calls[0]!.reject(aborted());
    await settle();
    expect(t.calls).toHaveLength(2);
    expect(t.last().running).toBe(true);
    t.calls[1]!.reject(aborted());
    await settle();
    expect(t.calls).toHaveLength(2);
    expect(t.last()).toMatchObject({ running: false, error: null });
    // A cancel the page asked for (a new edit) is no such case: the new request is simply the one shown.
    t.edit({ actuals: { gdp: { 2022: 1, 2023: 5 } } } as Partial<Working>);
    await settle();
    t.calls[2]!.resolve(evaluation('answered'));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.last()).toMatchObject({ running: false, entered: 2, evaluation: { tag: 'answered' } });
  });

  it('shows an engine error in place of progress, and stops following when the cell is disposed', async () => {
    const t = setUp(12);
    t.near();
    await settle();
    t.calls[0]!.reject(new Error('boom'));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.last()).toMatchObject({ running: false, error: 'boom' });
    t.stop();
    t.edit({ paths: 3000 } as Partial<Working>);
    await settle();
    expect(t.calls).toHaveLength(1);
  });
});
