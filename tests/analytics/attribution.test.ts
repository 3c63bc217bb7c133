import { describe, expect, it } from 'vitest';
import { readPlan } from '../../engine/cli/cliInputs.ts';
import { SCENARIO_FORMAT, type Scenario } from '../../engine/plan/scenarioSchema.ts';
import { run } from '../../engine/run/run.ts';
import { attribution } from '../../engine/search/attribution.ts';
import { scenarioChanges, withChange } from '../../engine/search/scenarioChanges.ts';
import { fixturePlan } from './fixturePlan.ts';
import { normalCdf } from './normal.ts';

const plan = fixturePlan('mini.plan.json');
const gStar = (607 / 422.8) ** (1 / 5) - 1;
const scenario = (s: Partial<Scenario>): Scenario => ({
  format: SCENARIO_FORMAT,
  name: { zh: '测试' },
  ...s,
});

describe('scenarioChanges and withChange', () => {
  it('lists the settings that act differently, and applies one of them alone', () => {
    const from = scenario({
      levers: { industry_fund: { intensity: 0 } }, // the plan's default, written out: no change
      parameters: { g_gdp: { mean: 0.05, sd: 0 } },
      shocks: [],
    });
    const to = scenario({
      levers: { hte_subsidy: { intensity: 2, start: 2023 } },
      parameters: { g_gdp: { mean: 0.05, sd: 0 }, hte_inflow: { mean: 40, sd: 0 } },
      seed: 7,
      actuals: { pillar_output: { '2021': 450 } },
      // The growth set to its default's value, and 评估截至 (which only the evaluation reads): no change to a run.
      asOf: 2022,
    });
    to.parameters!.g_output = { mean: 0.075, sd: 0.02 };
    const changes = scenarioChanges(plan, from, to);
    expect(changes).toEqual([
      { kind: 'lever', id: 'hte_subsidy' },
      { kind: 'parameter', id: 'hte_inflow' },
      { kind: 'actuals', id: 'actuals' },
      { kind: 'run', id: 'seed' },
    ]);
    const one = withChange(from, to, changes[0]!);
    expect(one.levers).toEqual({
      industry_fund: { intensity: 0 },
      hte_subsidy: { intensity: 2, start: 2023 },
    });
    expect(one.parameters).toEqual(from.parameters);
    expect(one.seed).toBeUndefined();
    // Taken back the other way, a setting `from` lacks is removed, not set to undefined.
    const back = withChange(to, from, { kind: 'parameter', id: 'hte_inflow' });
    expect(back.parameters).toEqual({ g_gdp: { mean: 0.05, sd: 0 }, g_output: { mean: 0.075, sd: 0.02 } });
    expect('seed' in withChange(to, from, { kind: 'run', id: 'seed' })).toBe(false);
    expect(withChange(to, from, { kind: 'actuals', id: 'actuals' }).actuals).toBeUndefined();
  });
});

describe('attribution on the mini plan, 5,000 paths, seed 11', () => {
  // The fund adds 1 point to the output's growth per unit; the growth assumption 1 point lower undoes it.
  // Together they leave every path where it was; apart, each moves P(607 met) = Φ((μ − g*)/0.02) by ≈ ±19 points.
  const from = scenario({ seed: 11 });
  const to = scenario({
    seed: 11,
    levers: { industry_fund: { intensity: 1 } },
    parameters: { g_output: { mean: 0.065, sd: 0.02 } },
  });

  it('gives each change alone its own effect, and the two scenarios the chances their own runs give', async () => {
    const r = await attribution(plan, from, to, { paths: 5000 });
    expect(r.changes).toEqual([
      { kind: 'lever', id: 'industry_fund' },
      { kind: 'parameter', id: 'g_output' },
    ]);
    expect(r.runs).toBe(4);
    const t = r.targets.find((x) => x.id === 'pillar_2025')!;
    const [ownFrom, ownTo] = await Promise.all([from, to].map((s) => run(plan, s, { paths: 5000 })));
    expect(t.from).toBe(ownFrom!.targets.find((x) => x.id === 'pillar_2025')!.pMet);
    expect(t.to).toBe(ownTo!.targets.find((x) => x.id === 'pillar_2025')!.pMet);
    // Tolerance: 5,000 paths, a binomial sd of ≈ 0.7 points.
    expect(Math.abs(t.to! - t.from!)).toBeLessThan(0.005);
    const [lever, growth] = t.withEach as [number, number];
    expect(Math.abs(lever - normalCdf((0.085 - gStar) / 0.02))).toBeLessThan(0.03);
    expect(Math.abs(growth - normalCdf((0.065 - gStar) / 0.02))).toBeLessThan(0.03);
    expect(lever - t.from!).toBeGreaterThan(0.15);
    expect(growth - t.from!).toBeLessThan(-0.15);
    // The high-tech count does not hang on the output's growth: neither change moves it.
    const hte = r.targets.find((x) => x.id === 'hte_2025')!;
    expect(hte.withEach).toEqual([hte.from, hte.from]);
  });

  it('takes a run setting written out at its default for no change', async () => {
    const r = await attribution(plan, scenario({ seed: 1, paths: 300 }), scenario({}), { paths: 300 });
    expect(r.changes).toEqual([]);
  });

  it('names a changed seed as a change of its own, whose effect is sampling alone', async () => {
    const r = await attribution(plan, from, scenario({ seed: 12 }), { paths: 2000 });
    expect(r.changes).toEqual([{ kind: 'run', id: 'seed' }]);
    const t = r.targets.find((x) => x.id === 'pillar_2025')!;
    expect(t.withEach[0]).toBe(t.to);
    expect(t.to).not.toBe(t.from);
  });

  it('refuses work beyond the analyses’ budget before its first run', async () => {
    const yaohai = readPlan(undefined, 'none');
    // 20 parameters, the paths and the horizon changed: 24 runs of 200,000 paths over 87 indicators × 16 years.
    const parameters = Object.fromEntries(
      yaohai.parameters.slice(0, 20).map((p) => [p.id, { mean: 0.01, sd: 0 }]),
    );
    const big = scenario({ paths: 200_000, horizon: 2035, parameters });
    await expect(attribution(yaohai, null, big)).rejects.toMatchObject({
      code: 'analysis.work',
      params: { runs: 24, paths: 200_000 },
    });
  });
});
