// A run the worker starts before it is asked (engineApi.prewarm: the page's first run, begun as the worker
// boots) is handed to the first identical request, with the numbers that request would have computed itself;
// a different request is run afresh. A claimed prewarm reports no progress (it was started without a
// callback), which is how these tests tell a claimed result from a fresh run.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunResult } from '../../engine/run/runTypes.ts';
import type { EngineApi } from '../../engine/worker/engineApi.ts';
import { readJson } from './planFixtures.ts';

const planJson = readJson('seeds/yaohai.plan.json');
const statistics = { json: readJson('seeds/yaohai.statistics.json'), file: 'seeds/yaohai.statistics.json' };
const baseline = readJson('scenarios/baseline.json');
const downturn = readJson('scenarios/downturn.json');
const options = { paths: 300, seed: 7, horizon: 2028 };

/** Runs and counts the progress reports it gets. */
async function runCounting(scenario: unknown): Promise<{ result: RunResult; reports: number }> {
  let reports = 0;
  const result = await engineApi.run('p', scenario, { ...options, channel: 'main' }, () => reports++);
  return { result, reports };
}

const numbers = (r: RunResult) => ({ ...r, elapsedMs: 0 });

/** A worker's engine as it boots: the module afresh for every test (it keeps the prewarm and the runs asked). */
let engineApi: EngineApi;
beforeEach(async () => {
  vi.resetModules();
  ({ engineApi } = await import('../../engine/worker/engineApi.ts'));
  await engineApi.loadPlan(planJson, 'seeds/yaohai.plan.json', 'p', statistics);
});

describe('prewarm', () => {
  it('keeps the validated plan when the same plan is sent again, and replaces it when it differs', async () => {
    const a = await engineApi.loadPlan(planJson, 'seeds/yaohai.plan.json', 'p', statistics);
    const b = await engineApi.loadPlan(structuredClone(planJson), 'seeds/yaohai.plan.json', 'p', statistics);
    expect(b).toBe(a);
    const withoutStatistics = await engineApi.loadPlan(planJson, 'seeds/yaohai.plan.json', 'p');
    expect(withoutStatistics).not.toBe(a);
    const again = await engineApi.loadPlan(planJson, 'seeds/yaohai.plan.json', 'p', statistics);
    expect(again).not.toBe(withoutStatistics);
  });

  it('hands its run to the same request, with the numbers a fresh run gives', async () => {
    engineApi.prewarm('p', baseline, { ...options, channel: 'main' });
    const claimed = await runCounting(structuredClone(baseline));
    expect(claimed.reports).toBe(0);
    const fresh = await runCounting(baseline);
    expect(fresh.reports).toBeGreaterThan(0);
    expect(numbers(claimed.result)).toEqual(numbers(fresh.result));
  });

  it('never answers a different request, which cancels it', async () => {
    engineApi.prewarm('p', downturn, { ...options, channel: 'main' });
    const other = await runCounting(baseline);
    expect(other.reports).toBeGreaterThan(0);
    const same = await runCounting(downturn);
    expect(same.reports).toBeGreaterThan(0);
  });

  it('is not started once a run was asked for', async () => {
    await runCounting(downturn);
    engineApi.prewarm('p', baseline, { ...options, channel: 'main' });
    expect((await runCounting(baseline)).reports).toBeGreaterThan(0);
  });

  it('is not handed over once the plan was replaced', async () => {
    engineApi.prewarm('p', baseline, { ...options, channel: 'main' });
    await engineApi.loadPlan(planJson, 'seeds/yaohai.plan.json', 'p');
    expect((await runCounting(baseline)).reports).toBeGreaterThan(0);
  });
});
