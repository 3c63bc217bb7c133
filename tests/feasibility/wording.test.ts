// The plan's wording read as a planner reads it (issue 9): 超过 N of a count is N + 1, 约 is met from
// the tolerance below and overshooting is not a miss, a 年均 rate read the way the plan computed it, 力争
// counted apart.
import { describe, expect, it } from 'vitest';
import { isMet, measureAt, metInterval } from '../../engine/outputs/targetMeasure.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { runSync } from '../../engine/run/run.ts';
import { feasibilityPlan, fixturePlanJson } from './feasibilityFixture.ts';

describe('超过 / 突破 (>)', () => {
  it('is N + 1 for a count: 超过5个 is not met by 5 or 5.9, met by 6', () => {
    const spec = { kind: 'level', comparator: '>', value: 5, countStep: 1 } as const;
    expect(isMet(spec, 5)).toBe(false);
    expect(isMet(spec, 5.9)).toBe(false);
    expect(isMet(spec, 6)).toBe(true);
  });
  it('is one household for 万户: 超过10万户 is met at 10.0001万户, not at 10', () => {
    const spec = { kind: 'level', comparator: '>', value: 10, countStep: 1e-4 } as const;
    expect(isMet(spec, 10)).toBe(false);
    expect(isMet(spec, 10.0001)).toBe(true);
  });
  it('is strict for a measure that is not a count', () => {
    const spec = { kind: 'level', comparator: '>', value: 0.7 } as const;
    expect(isMet(spec, 0.7)).toBe(false);
    expect(isMet(spec, 0.7000001)).toBe(true);
  });
  it('a stock of 个 reaching 6 meets 超过5个 in a run; one short of it does not', () => {
    const plan = feasibilityPlan();
    const met = runSync(plan, null, { paths: 0 }).targets.find((t) => t.id === 'firms_over_5')!;
    expect(met.deterministicValue).toBeCloseTo(6, 9);
    expect(met.deterministicMet).toBe(true);
    // A new plan object: compiled models are cached per plan, so formulas are never edited in place.
    const json = fixturePlanJson() as { indicators: { id: string; dynamics: unknown }[] };
    json.indicators.find((i) => i.id === 'firms')!.dynamics = { kind: 'stock', inflow: '0.19' };
    const short = runSync(loadPlan(json, 'plan.json'), null, { paths: 0 }).targets.find(
      (t) => t.id === 'firms_over_5',
    )!;
    expect(short.deterministicValue).toBeCloseTo(5.95, 9);
    expect(short.deterministicMet).toBe(false);
  });
});

describe('约 / 左右 (~=)', () => {
  it('is met from value·(1 − 5%) up by default; overshooting is not a miss', () => {
    const spec = { kind: 'level', comparator: '~=', value: 100 } as const;
    expect(isMet(spec, 94.9)).toBe(false);
    expect(isMet(spec, 95)).toBe(true);
    expect(isMet(spec, 160)).toBe(true);
    expect(metInterval(spec)[1]).toBe(Infinity);
  });
  it('a decrease of about N (能耗下降2.5%左右) is met by falling that far or further, not by not falling', () => {
    const spec = { kind: 'growth', comparator: '~=', value: -0.025 } as const;
    expect(isMet(spec, 0)).toBe(false);
    expect(isMet(spec, -0.02)).toBe(false);
    expect(isMet(spec, -0.024)).toBe(true);
    expect(isMet(spec, -0.06)).toBe(true);
    expect(metInterval(spec)[0]).toBe(-Infinity);
    // A level of about a figure, and an increase, still read upwards.
    expect(isMet({ kind: 'increase', comparator: '~=', value: 50 }, 80)).toBe(true);
  });
  it('takes the stated tolerance', () => {
    const spec = { kind: 'level', comparator: '~=', value: 100, tolerance: 0.02 } as const;
    expect(isMet(spec, 97.9)).toBe(false);
    expect(isMet(spec, 98)).toBe(true);
  });
  it('a higher path never lowers P(met) of a 约 target (it did when 约 was two-sided)', () => {
    const plan = feasibilityPlan();
    const p = (rate: string) => {
      plan.parameters.find((x) => x.id === 'g_a')!.value = { mean: Number(rate), sd: 0.01 };
      return runSync(plan, null, { paths: 2000, seed: 3 }).targets.find((t) => t.id === 'share_2025')!.pMet!;
    };
    const low = p('0.06');
    const high = p('0.2');
    expect(high).toBeGreaterThanOrEqual(low);
    expect(high).toBe(1);
  });
});

describe('年均 rates read the way the plan computed them', () => {
  const values = Float64Array.from([100, 0, 0, 0, 0, 130]);
  it('arithmetic: x/x0 − 1 over the years; compound: (x/x0)^(1/n) − 1', () => {
    expect(measureAt('growth', values, 1, 0, 5, 'arithmetic')).toBeCloseTo(0.06, 12);
    expect(measureAt('growth', values, 1, 0, 5, 'compound')).toBeCloseTo(1.3 ** 0.2 - 1, 12);
  });
  it('a path growing 30% in five years meets 6% a year read arithmetically, misses it compounded', () => {
    const plan = feasibilityPlan();
    const t = plan.targets.find((x) => x.id === 'a_growth')!;
    const g = plan.parameters.find((x) => x.id === 'g_a')!;
    // 60 → 60·1.3 = 78 in five years: (1.3)^(1/5) − 1 = 5.39 % a year.
    g.value = { mean: 1.3 ** 0.2 - 1, sd: 0 };
    const arithmetic = runSync(plan, null, { paths: 0 }).targets.find((x) => x.id === 'a_growth')!;
    expect(arithmetic.deterministicValue).toBeCloseTo(0.06, 9);
    expect(arithmetic.deterministicMet).toBe(true);
    t.rateReading = 'compound';
    const compound = runSync(plan, null, { paths: 0 }).targets.find((x) => x.id === 'a_growth')!;
    expect(compound.deterministicMet).toBe(false);
  });
});

describe('力争', () => {
  it('is flagged and counted apart in the summary', () => {
    const r = runSync(feasibilityPlan(), null, { paths: 500, seed: 1 });
    const t = r.targets.find((x) => x.id === 'a_growth')!;
    expect(t.aspirational).toBe(true);
    const apart = Object.values(r.summary.aspirational.basis).reduce((a, b) => a + b, 0);
    const main = Object.values(r.summary.basis).reduce((a, b) => a + b, 0);
    expect(apart).toBe(1);
    // Every quantitative target is counted once: apart, in the main counts, or as not comparable.
    expect(main + apart + r.summary.notComparable).toBe(r.targets.length);
    expect(r.summary.qualitative).toBe(1);
  });
});
