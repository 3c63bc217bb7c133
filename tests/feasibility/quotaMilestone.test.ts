// Quotas as execution records and milestones as probabilities (issue 9). Seeded; tolerances stated.
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { countQuantile } from '../../engine/random/countQuantile.ts';
import { runSync } from '../../engine/run/run.ts';
import { actualsScenario, feasibilityPlan, fixturePlanJson } from './feasibilityFixture.ts';

/** P(X ≥ k) for a Poisson with mean m. */
function poissonAtLeast(k: number, m: number): number {
  let p = Math.exp(-m);
  let cdf = 0;
  for (let j = 0; j < k; j++) {
    cdf += p;
    p *= m / (j + 1);
  }
  return 1 - cdf;
}

describe('count draws', () => {
  it('invert the Poisson CDF: mean, and a higher mean never gives a lower count for the same uniform', () => {
    let sum = 0;
    const N = 20000;
    for (let i = 0; i < N; i++) sum += countQuantile((i + 0.5) / N, 3.7);
    expect(sum / N).toBeCloseTo(3.7, 3);
    for (const u of [0.01, 0.3, 0.5, 0.77, 0.999])
      for (let m = 0.5; m < 60; m += 0.5)
        expect(countQuantile(u, m + 0.5)).toBeGreaterThanOrEqual(countQuantile(u, m));
  });
  it('negative binomial: variance mean·(1 + mean/dispersion)', () => {
    let s = 0;
    let s2 = 0;
    const N = 20000;
    for (let i = 0; i < N; i++) {
      const k = countQuantile((i + 0.5) / N, 10, 4);
      s += k;
      s2 += k * k;
    }
    expect(s / N).toBeCloseTo(10, 2);
    expect(s2 / N - (s / N) ** 2).toBeCloseTo(35, 0);
  });
});

describe('a quota (每年申报30家) as an execution record', () => {
  it('draws whole counts per path and year, reproducibly per seed', () => {
    const a = runSync(feasibilityPlan(), null, { paths: 3000, seed: 7 });
    const b = runSync(feasibilityPlan(), null, { paths: 3000, seed: 7 });
    const q = a.indicators.applications!;
    expect(Array.from(q.quantiles.p50.slice(1)).every(Number.isInteger)).toBe(true);
    expect(q.count).toBe(true);
    expect(Array.from(q.mean)).toEqual(Array.from(b.indicators.applications!.mean));
  });
  it('gives P(count ≥ quota) for each remaining year from the labelled pace (30/yr: ≈ 0.548, ±0.03 at 3,000 paths)', () => {
    const r = runSync(feasibilityPlan(), null, { paths: 3000, seed: 7 });
    const t = r.targets.find((x) => x.id === 'applications_yearly')!;
    expect(t.quota!.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    const expected = poissonAtLeast(30, 30);
    for (const y of t.quota!) {
      expect(y.observed).toBeNull();
      expect(y.pMet!).toBeGreaterThan(expected - 0.03);
      expect(y.pMet!).toBeLessThan(expected + 0.03);
    }
  });
  it('records the observed years: a short year is a miss, and the quota cannot then be met', () => {
    const s = actualsScenario({ applications: { '2021': 31, '2022': 28 } });
    const r = runSync(feasibilityPlan(), s, { paths: 2000, seed: 7 });
    const t = r.targets.find((x) => x.id === 'applications_yearly')!;
    expect(t.quota!.slice(0, 2)).toEqual([
      { year: 2021, quota: 30, observed: 31, met: true, pMet: null },
      { year: 2022, quota: 30, observed: 28, met: false, pMet: null },
    ]);
    expect(t.quota![2]!.pMet).not.toBeNull();
    expect(t.pMet).toBe(0);
  });
  it('moves smoothly with the execution assumption (common random numbers): a faster pace never lowers P', () => {
    const plan = feasibilityPlan();
    const pace = plan.parameters.find((p) => p.id === 'pace')!;
    let last = -1;
    for (const mean of [26, 28, 30, 32, 34]) {
      pace.value = { mean, sd: 0 };
      const t = runSync(plan, null, { paths: 2000, seed: 11 }).targets.find(
        (x) => x.id === 'applications_yearly',
      )!;
      const p2025 = t.quota!.at(-1)!.pMet!;
      expect(p2025).toBeGreaterThanOrEqual(last);
      last = p2025;
    }
  });
});

describe('a milestone (建成国家级孵化器)', () => {
  it('is 0 or 1 on every path, and P(achieved by year k) = 1 − 0.7^k for a 30% yearly chance (±0.03)', () => {
    const r = runSync(feasibilityPlan(), null, { paths: 4000, seed: 5 });
    const ind = r.indicators.incubator!;
    for (const key of ['p5', 'p50', 'p95'] as const)
      for (const v of ind.quantiles[key]) expect(v === 0 || v === 1).toBe(true);
    const t = r.targets.find((x) => x.id === 'incubator_2025')!;
    expect(t.kind).toBe('milestone');
    t.milestone!.pAchievedBy.forEach((p, k) => {
      expect(Math.abs(p - (1 - 0.7 ** k))).toBeLessThan(0.03);
    });
    expect(t.pMet!).toBeCloseTo(t.milestone!.pAchievedBy.at(-1)!, 10);
    // 1 − 0.7^k first reaches 50% at k = 2 (0.51): 2022, not 2021, the year most paths first achieve it in.
    expect(t.milestone!.evenChanceYear).toBe(2022);
  });
  it('has no even-chance year when it stays under 50% within the horizon', () => {
    // 5% a year: 1 − 0.95^5 ≈ 23% by 2025.
    const json = fixturePlanJson() as { parameters: { id: string; value: number }[] };
    json.parameters.find((p) => p.id === 'hazard')!.value = 0.05;
    const r = runSync(loadPlan(json, 'plan.json'), null, { paths: 4000, seed: 5 });
    const t = r.targets.find((x) => x.id === 'incubator_2025')!;
    expect(Math.abs(t.milestone!.pAchievedBy.at(-1)! - (1 - 0.95 ** 5))).toBeLessThan(0.03);
    expect(t.milestone!.evenChanceYear).toBeNull();
  });
  it('observed achieved stays achieved, and the verdict is achieved', () => {
    const r = runSync(feasibilityPlan(), actualsScenario({ incubator: { '2022': 1 } }), { paths: 500 });
    const t = r.targets.find((x) => x.id === 'incubator_2025')!;
    expect(t.pMet).toBe(1);
    expect(t.verdict.code).toBe('achieved');
  });
});
