import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { SCENARIO_FORMAT, type Scenario } from '../../engine/plan/scenarioSchema.ts';
import { chanceShown } from '../../engine/search/chanceShown.ts';
import { goalSeek } from '../../engine/search/goalSeek.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';
import { planFromText } from '../extract/planFromText.ts';
import { fixturePlan } from './fixturePlan.ts';
import { normalQuantile } from './normal.ts';

const plan = fixturePlan('mini.plan.json');
// pillar_output: 422.8 · Π(1 + g), g = g_output + 0.01 × industry_fund, g_output ~ N(μ, 0.02) drawn once per
// path, no yearly noise. The 2025 target ≥ 607 is met iff g ≥ g* = (607/422.8)^(1/5) − 1.
const gStar = (607 / 422.8) ** (1 / 5) - 1;

describe('goalSeek against closed forms', () => {
  it('deterministic: the growth assumption at which the path reaches 607 is g*', async () => {
    const r = await goalSeek(plan, null, {
      target: 'pillar_2025',
      variable: { kind: 'parameter', id: 'g_output' },
      probability: null,
      range: [0, 0.2],
      tolerance: 1e-7,
    });
    expect(r.status).toBe('found');
    expect(r.value!).toBeGreaterThanOrEqual(gStar - 1e-9);
    expect(r.value! - gStar).toBeLessThanOrEqual(1e-7);
    expect(r.bracket![1] - r.bracket![0]).toBeLessThanOrEqual(1e-7);
    // Plain bisection would need ⌈log2(0.2 / 1e-7)⌉ = 21 steps; ITP never needs more than one beyond that,
    // and on this smooth margin far fewer.
    expect(r.iterations).toBeGreaterThan(0);
    expect(r.iterations).toBeLessThanOrEqual(10);
  });

  it('P(met) ≥ 0.8: the mean growth is g* + 0.02·Φ⁻¹(0.8)  (10,000 paths, seed 7, ±0.0012)', async () => {
    const r = await goalSeek(plan, null, {
      target: 'pillar_2025',
      variable: { kind: 'parameter', id: 'g_output' },
      probability: 0.8,
      paths: 10_000,
      seed: 7,
    });
    expect(r.status).toBe('found');
    const expected = gStar + 0.02 * normalQuantile(0.8); // 0.09183
    expect(Math.abs(r.value! - expected)).toBeLessThan(0.0012);
    expect(r.pMet!).toBeGreaterThanOrEqual(0.8);
    expect(r.monotone).toBe(true);
    expect(r.iterations).toBeLessThan(Math.ceil(Math.log2(0.3 / 0.0003))); // fewer than bisection's 10
    // The bracket's low end is insufficient: just below the answer P(met) < 0.8.
    const below = r.evaluations.find((e) => e.value === r.bracket![0])!;
    expect(below.met).toBe(false);
    // Its sentence writes the rate as its unit reads, as the tables beside it do: 9.2%, not 0.0918.
    const pct = `${(r.value! * 100).toFixed(2)}%`;
    expect(r.message).toContain(`parameter g_output = ${pct} is the smallest value`);
    expect(r.message).toContain('at which P(met) ≥ 80%');
  });

  // A cap (≤ 607) on the indicator whose growth is sought: P(met) falls as the growth rises, and the answer is
  // the largest growth that keeps it. Searched as rising, a tester's 能耗下降 had been "already met at −50%".
  describe('a target the growth works against', () => {
    const capped = structuredClone(plan);
    capped.targets.find((t) => t.id === 'pillar_2025')!.comparator = '<=';
    const seek = (probability: number | null, range?: [number, number]) =>
      goalSeek(capped, null, {
        target: 'pillar_2025',
        variable: { kind: 'parameter', id: 'g_output' },
        probability,
        paths: 10_000,
        seed: 7,
        ...(range ? { range, tolerance: 1e-7 } : {}),
      });

    it('deterministic: the largest growth at which the path stays at or below 607 is g*', async () => {
      const r = await seek(null, [0, 0.2]);
      expect([r.status, r.direction]).toEqual(['found', 'down']);
      expect(r.value!).toBeLessThanOrEqual(gStar + 1e-9);
      expect(gStar - r.value!).toBeLessThanOrEqual(1e-7);
      // [not sufficient, sufficient]: the insufficient end above the answer.
      expect(r.bracket![0]).toBeGreaterThan(r.bracket![1]);
      expect(r.message).toContain('is the largest value');
    });

    it('P(met) ≥ 0.8: the mean growth is g* − 0.02·Φ⁻¹(0.8)  (10,000 paths, seed 7, ±0.0012)', async () => {
      const r = await seek(0.8);
      expect([r.status, r.direction, r.monotone]).toEqual(['found', 'down', true]);
      expect(Math.abs(r.value! - (gStar - 0.02 * normalQuantile(0.8)))).toBeLessThan(0.0012);
      expect(r.pMet!).toBeGreaterThanOrEqual(0.8);
    });

    it('met across the range: says so at its top, the end least favourable', async () => {
      const r = await seek(0.8, [-0.05, 0]);
      expect([r.status, r.direction, r.value]).toEqual(['already-met', 'down', 0]);
      expect(r.message).toContain('already met at the top of the range');
    });
  });

  it('a lever: intensity i with g_output ~ N(0.075, 0.02) + 0.01·i meets P ≥ 0.9 at i = (g* − 0.075 + 0.02·Φ⁻¹(0.9))/0.01', async () => {
    const r = await goalSeek(plan, null, {
      target: 'pillar_2025',
      variable: { kind: 'lever', id: 'industry_fund' },
      probability: 0.9,
      paths: 10_000,
      seed: 3,
    });
    const expected = (gStar - 0.075 + 0.02 * normalQuantile(0.9)) / 0.01; // 2.5627
    expect(r.status).toBe('found');
    expect(Math.abs(r.value! - expected)).toBeLessThan(0.15);
    // Cost is the engine's: 2 亿元 per unit per year over 2021–2025.
    expect(r.cost!.byLever.industry_fund).toBeCloseTo(r.value! * 2 * 5, 9);
  });

  it('a stock target from a lever: 60 + 5·(20 + 5i) ≥ 200 ⇒ i = 1.6', async () => {
    const scenario: Scenario = {
      format: SCENARIO_FORMAT,
      name: { zh: '低认定' },
      parameters: { hte_inflow: { mean: 20, sd: 0 } },
    };
    const r = await goalSeek(plan, scenario, {
      target: 'hte_2025',
      variable: { kind: 'lever', id: 'hte_subsidy' },
      probability: null,
      tolerance: 1e-6,
    });
    expect(r.value!).toBeCloseTo(1.6, 5);
    expect(r.value!).toBeGreaterThanOrEqual(1.6 - 1e-9);
  });

  it('says plainly when no value in range suffices', async () => {
    const r = await goalSeek(plan, null, {
      target: 'pillar_share_2025',
      variable: { kind: 'lever', id: 'hte_subsidy' },
      probability: 0.5,
      paths: 500,
    });
    expect(r.status).toBe('no-solution');
    expect(r.value).toBeNull();
    expect(r.message).toMatch(/no value of lever hte_subsidy in 0–4 suffices/);
    expect(r.evaluations).toHaveLength(2);
  });

  it('says the base is missing, not that no value suffices, for a target awaiting its base (基期待补)', async () => {
    const yaohai = loadPlan(
      JSON.parse(readFileSync('seeds/yaohai.plan.json', 'utf8')),
      'seeds/yaohai.plan.json',
    );
    for (const probability of [0.8, null]) {
      const r = await goalSeek(yaohai, null, {
        target: 'pillar_output_2025',
        variable: { kind: 'parameter', id: 'g_ict' },
        probability,
        paths: 200,
      });
      expect(r.status).toBe('unknown-base');
      expect(r.value).toBeNull();
      expect(r.pMet).toBeNull();
      expect(r.evaluations).toHaveLength(1); // one run shows it; the range is not searched
      expect(r.message).toMatch(/基期待补/);
    }
  });

  it('reports "already met" at the bottom of the range', async () => {
    const r = await goalSeek(plan, null, {
      target: 'hte_2025',
      variable: { kind: 'lever', id: 'hte_subsidy' },
      probability: 0.9,
      paths: 500,
    });
    expect(r.status).toBe('already-met');
    expect(r.value).toBe(0);
  });

  it('reports progress and can be cancelled', async () => {
    const seen: number[] = [];
    const done = await goalSeek(plan, null, {
      target: 'pillar_2025',
      variable: { kind: 'parameter', id: 'g_output' },
      probability: null,
      onProgress: (p) => seen.push(p.done),
    });
    expect(done.status).toBe('found');
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((v, k) => k === 0 || v >= seen[k - 1]!)).toBe(true);

    const controller = new AbortController();
    const pending = goalSeek(plan, null, {
      target: 'pillar_2025',
      variable: { kind: 'parameter', id: 'g_output' },
      probability: 0.8,
      paths: 2000,
      onProgress: (p) => {
        if (p.done > 0.2) controller.abort();
      },
      signal: controller.signal,
    });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('probit', () => {
  it('is the standard normal quantile to 1e-8', async () => {
    const { probit } = await import('../../engine/search/probit.ts');
    expect(probit(0.5)).toBe(0);
    expect(probit(0.975)).toBeCloseTo(1.959963985, 8);
    expect(probit(0.01)).toBeCloseTo(-2.326347874, 8);
    expect(probit(1e-6)).toBeCloseTo(-4.753424309, 7);
    expect(probit(0)).toBe(-Infinity);
  });
});

describe('goalSeek on a target its observed year has settled', () => {
  it('says the outcome is observed instead of blaming the lever, without searching', async () => {
    const yaohai = yaohaiPlan();
    const five = { '2021': 700, '2022': 740, '2023': 780, '2024': 800, '2025': 820 };
    const scenario: Scenario = {
      format: SCENARIO_FORMAT,
      name: { zh: '终期' },
      actuals: { five_up_enterprises: five },
    };
    const r = await goalSeek(yaohai, scenario, {
      target: 'five_up_net_increase',
      variable: { kind: 'lever', id: 'hefei_01_innovation' },
      probability: 0.8,
      paths: 200,
    });
    expect(r.status).toBe('observed');
    expect(r.observedYear).toBe(2025);
    expect(r.evaluations).toHaveLength(1);
    // Before its year, the same target is sought as before.
    const before = { '2021': 700, '2022': 740, '2023': 780 };
    const open = await goalSeek(
      yaohai,
      { ...scenario, actuals: { five_up_enterprises: before } },
      {
        target: 'five_up_net_increase',
        variable: { kind: 'lever', id: 'hefei_01_innovation' },
        probability: 0.8,
        paths: 200,
      },
    );
    expect(open.status).not.toBe('observed');
  });
});

// 89.95% had printed "90.0%" beside "sufficient: no" for a 90% goal.
describe('chanceShown', () => {
  it('prints a tenth of a percent, finer where a tenth would cross the goal', () => {
    expect(chanceShown(0.8995, 0.9)).toBe('89.95%');
    expect(chanceShown(0.89999, 0.9)).toBe('89.999%');
    expect(chanceShown(0.9, 0.9)).toBe('90.0%');
    expect(chanceShown(0.9004, 0.9)).toBe('90.0%');
    expect(chanceShown(0.7681, 0.9)).toBe('76.8%');
    expect(chanceShown(0.8995, null)).toBe('90.0%');
  });
});

// A tester's goal-seek said 当前情景取值 5%/年 beside a run at the 6.81% observed since the base: the current value
// is the one the run uses.
describe('goalSeek on a default the entered history replaced', () => {
  it('reports the observed growth as the current value, and from when', async () => {
    const text = [
      '二、发展目标',
      '到2030年，全区规上工业总产值达到2000亿元以上。',
      '2025年，全区规上工业总产值1286亿元。',
    ].join('\n');
    const generated = planFromText(text, 2030);
    const ind = generated.indicators.find((i) => i.name.zh.includes('规上工业总产值'))!;
    const scenario = {
      format: SCENARIO_FORMAT,
      name: { zh: '录入' },
      actuals: { [ind.id]: { '2026': 1400, '2027': 1540 } },
    } as Scenario;
    const r = await goalSeek(generated, scenario, {
      target: generated.targets[0]!.id,
      variable: { kind: 'parameter', id: `g_${ind.id}` },
      probability: 0.8,
      paths: 500,
      seed: 1,
    });
    expect(r.current).toBeCloseTo((1540 / 1286) ** 0.5 - 1, 12);
    expect(r.currentHistory).toMatchObject({ from: 2025, to: 2027, reading: 'growth' });
  });
});

// Tester G: 地区生产总值年增速 sought for 一般公共预算收入, in a generated plan where the two are unlinked, read
// "取最大值 100%/年 时…达成概率仅为 <1%", as if even 100% growth fell short.
describe('goal-seek on a variable that does not bear on the target', () => {
  const plan = planFromText(
    [
      '全区地区生产总值由2020年的300亿元提高到2025年的460亿元。',
      '一般公共预算收入由2020年的40亿元提高到2025年的60亿元。',
    ].join('\n'),
    2025,
  );
  const target = (zh: string) => plan.targets.find((t) => t.name.zh.includes(zh))!;
  const growthOf = (zh: string) => plan.parameters.find((p) => p.id === `g_${target(zh).indicator}`)!.id;

  it('says so, rather than that no value suffices', async () => {
    const r = await goalSeek(plan, null, {
      target: target('一般公共预算收入').id,
      variable: { kind: 'parameter', id: growthOf('地区生产总值') },
      probability: null,
      range: [0, 1],
    });
    expect(r.status).toBe('no-solution');
    expect(r.noEffect).toBe(true);
    expect(r.message).toContain('does not move');
  });

  it('leaves a variable that moves the target but falls short as a plain 无解', async () => {
    const r = await goalSeek(plan, null, {
      target: target('一般公共预算收入').id,
      variable: { kind: 'parameter', id: growthOf('一般公共预算收入') },
      probability: null,
      range: [-0.5, -0.4],
    });
    expect(r.status).toBe('no-solution');
    expect(r.noEffect).toBeUndefined();
  });
});
