// The shipped plans run without warnings: an indicator awaiting its base (基期待补) simulates as NaN by
// design and is shown as such, not reported as a formula's fault (engine/run/runWarnings.ts).
import { describe, expect, it } from 'vitest';
import { runSync } from '../../engine/index.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { readJson } from './planFixtures.ts';

describe('run warnings on the shipped plans', () => {
  it.each(['seeds/yaohai.plan.json', 'seeds/synthetic.plan.json'])('%s: none', (file) => {
    const plan = loadPlan(readJson(file), file);
    expect(runSync(plan, null, { paths: 50 }).warnings).toEqual([]);
  });
});
