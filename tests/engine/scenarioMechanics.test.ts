// Scenario mechanics: lever lag and ramp, shocks, diffing to what changed, and the common-random-number
// properties the notebook relies on (a preview is a prefix of the full run; a longer horizon keeps the
// earlier years).
import { describe, expect, it } from 'vitest';
import { diffScenario } from '../../engine/plan/diffScenario.ts';
import type { Scenario } from '../../engine/plan/scenarioSchema.ts';
import { ShockBank } from '../../engine/random/ShockBank.ts';
import { rampFactor } from '../../engine/run/resolveScenario.ts';
import { runSync } from '../../engine/run/run.ts';
import { goldenPlan, growthPlan } from './planFixtures.ts';

const base = { format: 'planpath/scenario@1' as const, name: { zh: 's' } };

describe('levers', () => {
  it('start after their lag and reach full effect over their ramp', () => {
    // start 2022, lag 1, ramp 3: nothing in 2022, 1/3 in 2023, 2/3 in 2024, full from 2025
    expect([2022, 2023, 2024, 2025, 2026].map((y) => rampFactor(y, 2022, 1, 3))).toEqual([
      0,
      1 / 3,
      2 / 3,
      1,
      1,
    ]);
    expect(rampFactor(2022, 2022, 0, 0)).toBe(1);
  });
});

describe('shocks', () => {
  it('move a parameter in their years only', () => {
    const plan = goldenPlan();
    const shocked: Scenario = {
      ...base,
      shocks: [
        {
          id: 'slump',
          name: { zh: '下行' },
          year: 2022,
          effects: [{ parameter: 'g', delta: { mean: -0.1, sd: 0 } }],
        },
      ],
    };
    const x = Array.from(runSync(plan, shocked, { paths: 0 }).indicators.output!.deterministic);
    expect(x[1]).toBeCloseTo(110, 10);
    expect(x[2]).toBeCloseTo(110, 10); // 2022: growth 10% − 10 points = 0
    expect(x[3]).toBeCloseTo(121, 10);
  });
});

describe('diffScenario', () => {
  it('keeps only what differs from the plan', () => {
    const plan = goldenPlan();
    const s: Scenario = {
      ...base,
      parameters: { g: { mean: 0.1, sd: 0 }, new_firms: { mean: 12, sd: 0 } },
      levers: { push: { intensity: 0 } },
      horizon: 2023,
      shocks: [],
      actuals: {},
    };
    expect(diffScenario(plan, s)).toEqual({ ...base, parameters: { new_firms: { mean: 12, sd: 0 } } });
  });
});

describe('common random numbers', () => {
  const plan = growthPlan({ x0: 100, rate: 0.07, sd: 0.02, vol: 0.05, years: 10 });
  it('draw i of a stream belongs to path i, whatever the number of paths', () => {
    const bank = new ShockBank(9);
    const long = Array.from(bank.normals('noise:x:2021', 1000));
    const other = new ShockBank(9);
    expect(Array.from(other.normals('noise:x:2021', 300))).toEqual(long.slice(0, 300));
  });
  it('extending the horizon keeps the earlier years', () => {
    const short = runSync(plan, null, { paths: 300, seed: 4, horizon: 2025 }).indicators.x!.quantiles.p50;
    const long = runSync(plan, null, { paths: 300, seed: 4, horizon: 2030 }).indicators.x!.quantiles.p50;
    expect(Array.from(long.subarray(0, short.length))).toEqual(Array.from(short));
  });
  it('a small change to an assumption moves P(met) a little, not at random', () => {
    const p = (rate: number) =>
      runSync(growthPlan({ x0: 100, rate, sd: 0.02, vol: 0.05, years: 10 }), null, { paths: 2000, seed: 4 })
        .targets[0]!.pMet!;
    const steps = [0.0, 0.005, 0.01, 0.015, 0.02].map(p);
    for (let k = 1; k < steps.length; k++) expect(steps[k]!).toBeGreaterThanOrEqual(steps[k - 1]!);
  });
});
