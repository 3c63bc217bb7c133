// A run the worker starts before it is asked (prewarm: the page's first run, begun as the worker boots) is
// handed to the first identical request, with the numbers that request would have computed itself; a
// different request is run afresh, and a plan the page loaded first is never replaced. A claimed prewarm
// reports no progress (it was started without a callback): that is how these tests tell a claimed result
// from a fresh run.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../engine/plan/planSchema.ts';
import type { RunResult } from '../../engine/run/runTypes.ts';
import type * as Api from '../../engine/worker/engineApi.ts';
import { readJson } from './planFixtures.ts';

const planJson = readJson('seeds/yaohai.plan.json');
const statistics = { json: readJson('seeds/yaohai.statistics.json'), file: 'seeds/yaohai.statistics.json' };
const source = { json: planJson, file: 'seeds/yaohai.plan.json', statistics };
const load = async () => source;
const baseline = readJson('scenarios/baseline.json');
const downturn = readJson('scenarios/downturn.json');
const options = { paths: 300, seed: 7, horizon: 2028 };
const asking = (scenario: unknown) => () => ({ scenario, options: { ...options, channel: 'main' } });

/** A worker's engine as it boots: the module afresh for every test (it keeps the prewarm and the runs asked). */
let api: typeof Api;
beforeEach(async () => {
  vi.resetModules();
  api = await import('../../engine/worker/engineApi.ts');
});

/** Runs and counts the progress reports it gets. */
async function runCounting(scenario: unknown): Promise<{ result: RunResult; reports: number }> {
  let reports = 0;
  const result = await api.engineApi.run('p', scenario, { ...options, channel: 'main' }, () => reports++);
  return { result, reports };
}

const numbers = (r: RunResult) => ({ ...r, elapsedMs: 0 });

/** The request for `scenario` gets the run already started for it (no progress reported), with the numbers
 * a fresh run of it gives. */
async function expectHandedOver(scenario: unknown): Promise<void> {
  const claimed = await runCounting(structuredClone(scenario));
  expect(claimed.reports).toBe(0);
  const fresh = await runCounting(scenario);
  expect(fresh.reports).toBeGreaterThan(0);
  expect(numbers(claimed.result)).toEqual(numbers(fresh.result));
}

/** Warm-up steps: each scenario at each of the sizes after it (scenario, sizes, scenario, sizes …). */
function steps(...pairs: (unknown | number[])[]): Api.WarmUpStep[] {
  const out: Api.WarmUpStep[] = [];
  for (let k = 0; k < pairs.length; k += 2)
    for (const paths of pairs[k + 1] as number[]) out.push({ scenario: pairs[k], paths });
  return out;
}

describe('prewarm', () => {
  it('keeps the validated plan when the same plan is sent again, and replaces it when it differs', async () => {
    const { engineApi } = api;
    const a = await engineApi.loadPlan(planJson, source.file, 'p', statistics);
    const b = await engineApi.loadPlan(structuredClone(planJson), source.file, 'p', statistics);
    expect(b).toBe(a);
    const withoutStatistics = await engineApi.loadPlan(planJson, source.file, 'p');
    expect(withoutStatistics).not.toBe(a);
    const again = await engineApi.loadPlan(planJson, source.file, 'p', statistics);
    expect(again).not.toBe(withoutStatistics);
  });

  describe('a plan validated elsewhere (by the page’s build), kept as it is by its source', () => {
    // As the page has it: validated at build time, and cloned on its way to the worker.
    const validated = async () => {
      const { applyStatistics, loadPlan, loadStatistics } = await import('../../engine/index.ts');
      return structuredClone(
        applyStatistics(loadPlan(planJson, source.file), loadStatistics(statistics.json, statistics.file))
          .plan,
      );
    };

    it('is kept, not replaced, when the same source comes again in another copy', async () => {
      await api.engineApi.keepPlan('p', { plan: await validated(), source: 'build-1' });
      await api.prewarm('p', load, asking(baseline), 0);
      await api.engineApi.keepPlan('p', { plan: await validated(), source: 'build-1' });
      await expectHandedOver(baseline); // the prewarm's plan is still the plan
    });

    it('is replaced by another source, and by the plan files, with the same numbers', async () => {
      await api.engineApi.keepPlan('p', { plan: await validated(), source: 'build-1' });
      await api.prewarm('p', load, asking(baseline), 0);
      await api.engineApi.keepPlan('p', { plan: await validated(), source: 'build-2' });
      const replaced = await runCounting(baseline);
      expect(replaced.reports).toBeGreaterThan(0);

      vi.resetModules();
      api = await import('../../engine/worker/engineApi.ts');
      await api.engineApi.keepPlan('p', { plan: await validated(), source: 'build-1' });
      await api.prewarm('p', load, asking(baseline), 0);
      await api.engineApi.loadPlan(planJson, source.file, 'p', statistics);
      const own = await runCounting(baseline);
      expect(own.reports).toBeGreaterThan(0);
      // A plan validated here gives the numbers the kept one gave.
      expect(numbers(own.result)).toEqual(numbers(replaced.result));
    });
  });

  it('boots on a plan validated elsewhere as on the plan files, and the page sending it again finds it', async () => {
    const kept = {
      plan: await api.engineApi.loadPlan(planJson, source.file, 'scratch', statistics),
      source: 'b',
    };
    vi.resetModules();
    api = await import('../../engine/worker/engineApi.ts');
    let prewarmedOn: Plan | null = null;
    await api.prewarm(
      'p',
      async () => kept,
      (plan) => {
        prewarmedOn = plan;
        return asking(baseline)();
      },
      0,
    );
    expect(prewarmedOn).toBe(kept.plan);
    await api.engineApi.keepPlan('p', { plan: structuredClone(kept.plan), source: 'b' });
    await expectHandedOver(baseline);
  });

  it('hands its run to the same request, with the numbers a fresh run gives', async () => {
    await api.prewarm('p', load, asking(baseline));
    // The page then sends the same plan (kept) and asks for the same run.
    await api.engineApi.loadPlan(structuredClone(planJson), source.file, 'p', statistics);
    await expectHandedOver(baseline);
  });

  it('never answers a different request, which cancels it', async () => {
    await api.prewarm('p', load, asking(downturn));
    const other = await runCounting(baseline);
    expect(other.reports).toBeGreaterThan(0);
    const same = await runCounting(downturn);
    expect(same.reports).toBeGreaterThan(0);
  });

  it('is replaced by a different request on its channel even when it has already ended', async () => {
    await api.prewarm('p', load, asking(downturn));
    await api.warmUp('p', [], { channel: 'main' }); // waits for the prewarmed run to end
    expect((await runCounting(baseline)).reports).toBeGreaterThan(0);
    // Had the ended prewarm stayed, this request would have been handed its result (no progress reports).
    expect((await runCounting(downturn)).reports).toBeGreaterThan(0);
  });

  it('is not started once a run was asked for', async () => {
    await api.engineApi.loadPlan(planJson, source.file, 'p', statistics);
    await runCounting(downturn);
    await api.prewarm('p', load, asking(baseline));
    expect((await runCounting(baseline)).reports).toBeGreaterThan(0);
  });

  it('does not load the embedded plan when the page asked for a run before the worker could start one', async () => {
    // The page's messages reach a booting worker before its own first turn: its plan, then its run.
    const loads = vi.fn(load);
    const booting = api.prewarm('p', loads, asking(baseline));
    await api.engineApi.loadPlan(planJson, source.file, 'p', statistics);
    const asked = runCounting(downturn);
    await booting;
    expect(loads).not.toHaveBeenCalled();
    expect((await asked).reports).toBeGreaterThan(0);
    // Nothing was prewarmed: the 基准 is run afresh.
    expect((await runCounting(baseline)).reports).toBeGreaterThan(0);
  });

  it('runs on the plan the page sent first, which it never replaces, and loads none of its own', async () => {
    // The page's plan differs from the embedded source (no statistics): it is the page's, and it stays.
    const page = await api.engineApi.loadPlan(planJson, source.file, 'p');
    const loads = vi.fn(load);
    let asked: Plan | null = null;
    await api.prewarm('p', loads, (plan) => {
      asked = plan;
      return asking(baseline)();
    });
    expect(loads).not.toHaveBeenCalled();
    expect(asked).toBe(page);
    expect(await api.engineApi.loadPlan(planJson, source.file, 'p')).toBe(page);
    // The page's first run of the same scenario is the one prewarmed, on its own plan.
    await expectHandedOver(baseline);
  });

  it("waits a moment for the page's plan before it loads its own, and loads its own when none comes", async () => {
    const loads = vi.fn(load);
    const booting = api.prewarm('p', loads, asking(baseline), 1000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loads).not.toHaveBeenCalled();
    const page = await api.engineApi.loadPlan(planJson, source.file, 'p', statistics);
    await booting;
    expect(loads).not.toHaveBeenCalled();
    await expectHandedOver(baseline);
    expect(await api.engineApi.loadPlan(planJson, source.file, 'p', statistics)).toBe(page);

    // The page's plan coming while the worker fetches its own: the page's wins, and is prewarmed.
    vi.resetModules();
    api = await import('../../engine/worker/engineApi.ts');
    let sent: Plan | null = null;
    const slow = async () => {
      sent = await api.engineApi.loadPlan(planJson, source.file, 'p', statistics);
      return source;
    };
    let prewarmedOn: Plan | null = null;
    await api.prewarm(
      'p',
      slow,
      (plan) => {
        prewarmedOn = plan;
        return asking(baseline)();
      },
      0,
    );
    expect(prewarmedOn).not.toBeNull();
    expect(prewarmedOn).toBe(sent);
    await expectHandedOver(baseline);

    vi.resetModules();
    api = await import('../../engine/worker/engineApi.ts');
    const alone = vi.fn(load);
    await api.prewarm('p', alone, asking(baseline), 10);
    expect(alone).toHaveBeenCalledTimes(1);
    await expectHandedOver(baseline);
  });

  it('is not handed over once the plan was replaced', async () => {
    await api.prewarm('p', load, asking(baseline));
    await api.engineApi.loadPlan(planJson, source.file, 'p');
    expect((await runCounting(baseline)).reports).toBeGreaterThan(0);
  });
});

describe('speculate (a run the page is about to ask for, while it checks the scenario)', () => {
  const main = { ...options, channel: 'main' };

  it('hands its run to the page’s request for the same scenario, with the numbers a fresh run gives', async () => {
    await api.engineApi.loadPlan(planJson, source.file, 'p', statistics);
    api.engineApi.speculate('p', downturn, main);
    // Meanwhile the page checks the scenario on a channel of its own, as it does (paths 0).
    await api.engineApi.run('p', structuredClone(downturn), { paths: 0, channel: 'validate-1' });
    await expectHandedOver(downturn);
  });

  it('is dropped by any other request on its channel: a scenario that failed its check is never shown', async () => {
    await api.engineApi.loadPlan(planJson, source.file, 'p', statistics);
    api.engineApi.speculate('p', downturn, main);
    expect((await runCounting(baseline)).reports).toBeGreaterThan(0);
    expect((await runCounting(downturn)).reports).toBeGreaterThan(0);
    // A scenario the plan refuses: the speculative run fails unseen, and the next request runs as usual.
    api.engineApi.speculate('p', { ...(downturn as object), paths: -5 }, main);
    expect((await runCounting(baseline)).reports).toBeGreaterThan(0);
  });

  it('never cancels a run the page asked for: the page keeps waiting for that run’s result', async () => {
    // Found in CI: a lever's full run still in flight when a link arrived in the address bar. The link's
    // speculative run cancelled it; the link failed its check, so no request followed, and the page waited
    // on the cancelled run until its watchdog restarted the worker.
    await api.engineApi.loadPlan(planJson, source.file, 'p', statistics);
    const long = { paths: 20_000, seed: 7, horizon: 2035, channel: 'main' };
    const asked = api.engineApi.run('p', baseline, long); // returns at its first yield, still running
    api.engineApi.speculate('p', downturn, main);
    const result = await asked;
    expect(result.paths).toBe(20_000);
    // Nothing was started for the guess: the page's request for it, once checked, runs as usual.
    expect((await runCounting(downturn)).reports).toBeGreaterThan(0);
  });

  it('keeps the worker’s own prewarm from replacing it', async () => {
    await api.engineApi.loadPlan(planJson, source.file, 'p', statistics);
    api.engineApi.speculate('p', downturn, main);
    await api.prewarm('p', load, asking(baseline));
    expect((await runCounting(downturn)).reports).toBe(0);
  });
});

/** The numbers an engine that has run nothing before gives for `scenario` (a fresh copy of the modules). */
async function freshRun(scenario: unknown): Promise<RunResult> {
  vi.resetModules();
  const fresh: typeof Api = await import('../../engine/worker/engineApi.ts');
  await fresh.engineApi.loadPlan(planJson, source.file, 'p', statistics);
  return fresh.engineApi.run('p', scenario, { ...options, channel: 'main' });
}

describe('warmUp', () => {
  it('runs after the prewarm, which the page still claims, and leaves later runs with the same numbers (a step of another scenario included)', async () => {
    await api.prewarm('p', load, asking(baseline));
    const warming = api.warmUp('p', steps(baseline, [100], downturn, [100], baseline, [options.paths]), {
      ...options,
      channel: 'main',
    });
    // Claimed while the warm-up waits for it: the claim is not a run of the page's own.
    const claimed = await runCounting(baseline);
    expect(claimed.reports).toBe(0);
    expect(await warming).toBe(true);
    // The warm-up's workspaces, draws and compiled model are reused: the same bits as a cold engine.
    const after = await runCounting(downturn);
    expect(after.reports).toBeGreaterThan(0);
    expect(numbers(after.result)).toEqual(numbers(await freshRun(downturn)));
  });

  it('stops at the first run the page starts, whose numbers it does not change', async () => {
    await api.prewarm('p', load, asking(baseline));
    const warming = api.warmUp('p', steps(baseline, [options.paths, 100, 200]), {
      ...options,
      channel: 'main',
    });
    const mine = await runCounting(downturn);
    expect(mine.reports).toBeGreaterThan(0);
    expect(await warming).toBe(false);
    expect(numbers(mine.result)).toEqual(numbers(await freshRun(downturn)));
  });

  it('does not start once the page has run, nor for a plan loaded since', async () => {
    await api.engineApi.loadPlan(planJson, source.file, 'p', statistics);
    await runCounting(downturn);
    expect(await api.warmUp('p', steps(baseline, [100]), { ...options, channel: 'main' })).toBe(false);
    vi.resetModules();
    api = await import('../../engine/worker/engineApi.ts');
    await api.prewarm('p', load, asking(baseline));
    const warming = api.warmUp('p', steps(baseline, [100, 200, 300]), { ...options, channel: 'main' });
    await api.engineApi.loadPlan(planJson, source.file, 'p'); // the page's plan, without its statistics
    expect(await warming).toBe(false);
  });
});
