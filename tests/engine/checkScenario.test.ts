// engineApi.checkScenario answers what a run of the scenario would: the page checks a link's, the last visit's
// or a file's scenario with it before showing it, and then runs it. Every refusal must be the run's own (the
// same file and issues); every scenario it lets through must run.
import { describe, expect, it } from 'vitest';
import { PlanError } from '../../engine/plan/PlanError.ts';
import { engineApi } from '../../engine/worker/engineApi.ts';
import { readJson } from './planFixtures.ts';

const KEY = 'check-scenario';
await engineApi.loadPlan(readJson('seeds/yaohai.plan.json'), 'seeds/yaohai.plan.json', KEY);
const baseline = readJson('scenarios/baseline.json') as Record<string, unknown>;

async function refusal(call: () => Promise<unknown>): Promise<PlanError | null> {
  try {
    await call();
    return null;
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
}

const cases: [string, Record<string, unknown>][] = [
  ['the 基准 as shipped', baseline],
  ['a lever moved within its range', { ...baseline, levers: { hefei_07_services: { intensity: 2 } } }],
  ['a lever far out of its range', { ...baseline, levers: { hefei_07_services: { intensity: 999 } } }],
  ['a lever the plan does not have', { ...baseline, levers: { no_such_lever: { intensity: 1 } } }],
  ['another plan', { ...baseline, plan: 'another-plan' }],
  ['a field no scenario has', { ...baseline, colour: 'red' }],
  [
    'a formula cell that reads a name the plan does not have',
    {
      ...baseline,
      formulas: [{ id: 'f1', name: { zh: '公式' }, unit: '亿元', formula: 'gdp * nothing_here' }],
    },
  ],
  ['actuals for a year that is not a year', { ...baseline, actuals: { gdp: { next: 1 } } }],
];

describe('checkScenario', () => {
  it.each(cases)('%s: refused exactly when a run is, with the run’s issues', async (_what, scenario) => {
    const checked = await refusal(() => engineApi.checkScenario(KEY, scenario));
    const ran = await refusal(() => engineApi.run(KEY, scenario, { paths: 0, channel: 'check-test' }));
    expect(checked?.file).toEqual(ran?.file);
    expect(checked?.issues).toEqual(ran?.issues);
  });

  it('refuses the bad cases above and lets the good ones through', async () => {
    const outcomes = await Promise.all(
      cases.map(async ([, s]) => (await refusal(() => engineApi.checkScenario(KEY, s))) === null),
    );
    expect(outcomes).toEqual([true, true, false, false, false, false, false, false]);
  });
});
