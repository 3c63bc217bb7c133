// Non-finite warnings skip the count of a year's paths when its mean is finite (a NaN or ±∞ in any path
// makes the mean non-finite), or, in a run without means, when a scan in WebAssembly finds every path finite
// (cellAllFinite). With and without quantiles, the warnings are the same.
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { runSync } from '../../engine/run/run.ts';
import { readJson } from './planFixtures.ts';

describe('non-finite warnings from means', () => {
  it.each(['log(-1)', '1/0', '(t > 1 ? 1/0 : 1)', '(new_firms > 1e9 ? 0/0 : 1)'])(
    'a formula with %s gives the same warnings with and without means',
    (formula) => {
      const doc = readJson('tests/fixtures/golden.plan.json') as {
        indicators: { dynamics: { formula?: string } }[];
      };
      doc.indicators[5]!.dynamics.formula = `new_firms * ${formula}`;
      const plan = loadPlan(doc, 'p.json');
      const withMeans = runSync(plan, null, { paths: 30, seed: 4 }).warnings;
      const scanned = runSync(plan, null, { paths: 30, seed: 4, quantiles: false }).warnings;
      expect(withMeans).toEqual(scanned);
    },
  );
});
