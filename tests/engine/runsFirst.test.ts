// The worker's plan check lets runs go first: the page asks for it as the warm-up ends, which is when a
// planner's first change tends to arrive, and in one piece it held that run up for 50–74 ms in Chromium.
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../engine/check/checkPlan.ts';
import { engineApi } from '../../engine/worker/engineApi.ts';
import { readJson } from './planFixtures.ts';

const planJson = readJson('seeds/yaohai.plan.json');
const statistics = { json: readJson('seeds/yaohai.statistics.json'), file: 'seeds/yaohai.statistics.json' };
const baseline = readJson('scenarios/baseline.json');
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the worker’s plan check', () => {
  it('pauses for a run asked while it is under way, and finds what the check in one piece finds', async () => {
    const plan = await engineApi.loadPlan(planJson, 'seeds/yaohai.plan.json', 'runs-first', statistics);
    const ended: string[] = [];
    const check = engineApi.checkPlan('runs-first').then((r) => {
      ended.push('check');
      return r;
    });
    await tick(); // the check has begun
    const run = engineApi
      .run('runs-first', baseline, { paths: 300, seed: 7, horizon: 2028, channel: 'main' })
      .then(() => ended.push('run'));
    const [{ findings }] = await Promise.all([check, run]);
    expect(ended).toEqual(['run', 'check']);
    expect(findings).toEqual(checkPlan(plan).findings);
    expect(findings.length).toBeGreaterThan(0);
  });
});
