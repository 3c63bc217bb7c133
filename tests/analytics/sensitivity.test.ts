import { describe, expect, it } from 'vitest';
import { baseScenario } from '../../engine/search/analyticsScenario.ts';
import { sensitivity, sensitivityInputs } from '../../engine/search/sensitivity.ts';
import { fixturePlan } from './fixturePlan.ts';
import { normalCdf } from './normal.ts';

const plan = fixturePlan('mini.plan.json');
const gStar = (607 / 422.8) ** (1 / 5) - 1;
const Z90 = 1.2815515655446004;

describe('sensitivityInputs', () => {
  it('uses P10–P90 for uncertain parameters, ±10 % for point values, the full range for levers', () => {
    const inputs = sensitivityInputs(plan, baseScenario(plan, null));
    const by = Object.fromEntries(inputs.map((i) => [i.id, i]));
    expect(by.g_output).toMatchObject({ basis: 'p10-p90' });
    expect(by.g_output!.low).toBeCloseTo(0.075 - Z90 * 0.02, 12);
    expect(by.g_gdp).toMatchObject({ basis: 'plus-minus-10pct', low: 0.054, high: 0.066 });
    expect(by.industry_fund).toMatchObject({ basis: 'lever-range', low: 0, high: 5 });
  });
});

describe('sensitivity (tornado) on the mini plan, 5,000 paths, seed 11', () => {
  it('ranks the growth assumption first for the 607 target, with P(met) swinging from ≈10 % to ≈90 % (±3 points)', async () => {
    const r = await sensitivity(plan, null, { targets: ['pillar_2025'], paths: 5000, seed: 11 });
    expect(r.runs).toBe(1 + 2 * r.inputs.length);
    const [t] = r.targets;
    expect(t!.bars.map((b) => b.input.id)).toEqual(['g_output', 'industry_fund', 'hte_subsidy']);
    expect(t!.noEffect.sort()).toEqual(['g_gdp', 'hte_inflow']);
    const g = t!.bars[0]!;
    // g ~ N(μ, 0.02) per path; met iff g ≥ g*: P = Φ((μ − g*)/0.02) with μ = 0.075 ∓ 1.2816·0.02.
    expect(g.pMetLow!).toBeCloseTo(normalCdf((0.075 - Z90 * 0.02 - gStar) / 0.02), 1);
    expect(Math.abs(g.pMetLow! - 0.1)).toBeLessThan(0.03);
    expect(Math.abs(g.pMetHigh! - 0.9)).toBeLessThan(0.03);
    // The median level is the level at the median rate: 422.8·(1 + μ)^5, to 1 %.
    expect(g.medianHigh / (422.8 * (1 + 0.075 + Z90 * 0.02) ** 5)).toBeCloseTo(1, 2);
    // The fund at its maximum adds 5 points of growth: P(met) ≈ Φ((0.125 − g*)/0.02) ≈ 1.
    const fund = t!.bars[1]!;
    expect(fund.pMetHigh!).toBeGreaterThan(0.99);
    expect(fund.swingP!).toBeCloseTo(fund.pMetHigh! - fund.pMetLow!, 12);
  });

  it('the share of GDP also moves with GDP growth', async () => {
    const r = await sensitivity(plan, null, { targets: ['pillar_share_2025'], paths: 1000, seed: 2 });
    const ids = r.targets[0]!.bars.map((b) => b.input.id);
    expect(ids).toContain('g_gdp');
    const gdp = r.targets[0]!.bars.find((b) => b.input.id === 'g_gdp')!;
    expect(gdp.swingMedian).toBeLessThan(0); // faster GDP growth, smaller share
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const pending = sensitivity(plan, null, {
      paths: 2000,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done > 0.3) controller.abort();
      },
    });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
