// 基期待补: a base neither printed, published nor entered simulates as NaN (never a substitute), and so
// does everything computed from it; such targets get no P(met), verdictBasis unknown-base, and the growth
// they need as a function of the base the planner will enter.
import { describe, expect, it } from 'vitest';
import { runSync } from '../../engine/run/run.ts';
import { actualsScenario, feasibilityPlan } from './feasibilityFixture.ts';

describe('an unknown base', () => {
  const r = runSync(feasibilityPlan(), null, { paths: 500, seed: 2 });
  it('propagates as NaN to the indicator and to sums of it, on every path', () => {
    for (const id of ['unknown_c', 'total_c']) {
      expect(Array.from(r.indicators[id]!.deterministic).every(Number.isNaN)).toBe(true);
      expect(Array.from(r.indicators[id]!.quantiles.p50).every(Number.isNaN)).toBe(true);
    }
    expect(Number.isFinite(r.indicators.part_a!.deterministic[5])).toBe(true);
  });
  it('gives pMet null, verdictBasis unknown-base, baseSource unknown and needs: base', () => {
    for (const id of ['c_2025', 'total_c_2025']) {
      const t = r.targets.find((x) => x.id === id)!;
      expect(t).toMatchObject({
        pMet: null,
        verdictBasis: 'unknown-base',
        baseSource: 'unknown',
        needs: 'base',
      });
      expect(t.verdict.code).toBe('unknown-base');
    }
    expect(r.summary.basis['unknown-base']).toBe(2);
  });
  it('states what a base to be entered must reach: 80 in 5 years', () => {
    const t = r.targets.find((x) => x.id === 'c_2025')!;
    expect(t.requiredGrowth).toEqual({ years: 5, level: 80, increase: null, rate: null });
  });
  it('an entered base-year actual makes it known: entered, and simulated from it', () => {
    const e = runSync(feasibilityPlan(), actualsScenario({ unknown_c: { '2020': 60 } }), {
      paths: 500,
      seed: 2,
    });
    const t = e.targets.find((x) => x.id === 'c_2025')!;
    expect(t.baseSource).toBe('entered');
    expect(t.pMet).not.toBeNull();
    expect(e.indicators.unknown_c!.deterministic[5]).toBeCloseTo(60 * 1.05 ** 5, 9);
  });
});
