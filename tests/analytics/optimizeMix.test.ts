import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import type { Lever, Plan } from '../../engine/plan/planSchema.ts';
import { SCENARIO_FORMAT, type Scenario } from '../../engine/plan/scenarioSchema.ts';
import { runSync } from '../../engine/run/run.ts';
import { withLevers } from '../../engine/search/analyticsScenario.ts';
import { optimizeMix } from '../../engine/search/optimizeMix.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';
import { fixturePlan } from './fixturePlan.ts';

const mini = fixturePlan('mini.plan.json');
// A third lever: cheaper growth per unit than the industry fund, but capped at 2; and a lever that touches
// none of the chosen targets (it must be left at zero).
const talent: Lever = {
  ...mini.levers[0]!,
  id: 'talent',
  name: { zh: '人才引进' },
  intensity: { default: 0, min: 0, max: 2, step: 0.5 },
  effects: [
    {
      parameter: 'g_output',
      perUnit: { mean: 0.006, sd: 0 },
      provenance: { kind: 'assumption', rationale: 'test' },
    },
  ],
  cost: { ...mini.levers[0]!.cost, perUnit: 1 },
};
const useless: Lever = {
  ...talent,
  id: 'gdp_push',
  effects: [
    {
      parameter: 'g_gdp',
      perUnit: { mean: 0.01, sd: 0 },
      provenance: { kind: 'assumption', rationale: 'test' },
    },
  ],
};
const plan: Plan = { ...mini, levers: [...mini.levers, talent, useless] };
const scenario: Scenario = {
  format: SCENARIO_FORMAT,
  name: { zh: '低认定' },
  parameters: { hte_inflow: { mean: 20, sd: 0 } },
};
const targets = ['pillar_2025', 'hte_2025'];
const PATHS = 1000;
const SEED = 5;

/** Every grid point of the three relevant levers, run and checked. */
function bruteForce(probability: number | null): { cost: number; mix: Record<string, number> } {
  const grid = (l: Lever) => {
    const n = Math.round((l.intensity.max - l.intensity.min) / l.intensity.step!);
    return Array.from({ length: n + 1 }, (_, i) =>
      i === n ? l.intensity.max : l.intensity.min + i * l.intensity.step!,
    );
  };
  const [a, b, c] = [plan.levers[0]!, plan.levers[1]!, talent];
  let best = { cost: Infinity, mix: {} as Record<string, number> };
  for (const x of grid(a))
    for (const y of grid(b))
      for (const z of grid(c)) {
        const mix = { [a.id]: x, [b.id]: y, [c.id]: z, gdp_push: 0 };
        const r = runSync(plan, withLevers(scenario, mix), {
          paths: probability === null ? 0 : PATHS,
          seed: SEED,
          quantiles: false,
        });
        const ok = targets.every((id) => {
          const t = r.targets.find((t) => t.id === id)!;
          return probability === null ? t.deterministicMet : t.pMet! >= probability;
        });
        if (ok && r.cost.total < best.cost - 1e-9) best = { cost: r.cost.total, mix };
      }
  return best;
}

describe('optimizeMix against brute force (3 levers, 21 × 9 × 5 grid)', () => {
  const brute90 = bruteForce(0.9);

  it('exact frontier search finds the brute-force least cost at P ≥ 0.9', async () => {
    const r = await optimizeMix(plan, scenario, {
      targets,
      probability: 0.9,
      paths: PATHS,
      seed: SEED,
      method: 'exact',
    });
    expect(r.status).toBe('optimal');
    expect(r.cost.total).toBeCloseTo(brute90.cost, 9);
    expect(r.intensities.gdp_push).toBe(0);
    expect(r.levers.find((l) => l.id === 'gdp_push')!.relevant).toBe(false);
    for (const id of targets) expect(r.pMet[id]!).toBeGreaterThanOrEqual(0.9);
    // Fewer runs than brute force's 945.
    expect(r.runs).toBeLessThan(945 / 2);
    // The answer is a genuine mix: the high-tech target needs the subsidy, growth is bought mostly by the
    // cheaper talent lever.
    expect(r.intensities.hte_subsidy).toBeGreaterThan(0);
    expect(r.intensities.talent).toBe(2);
  });

  it('the greedy heuristic reaches the same least cost on this case', async () => {
    const r = await optimizeMix(plan, scenario, {
      targets,
      probability: 0.9,
      paths: PATHS,
      seed: SEED,
      method: 'greedy',
    });
    expect(r.status).toBe('feasible');
    expect(r.cost.total).toBeCloseTo(brute90.cost, 9);
  });

  it('deterministic mode against brute force', async () => {
    const brute = bruteForce(null);
    const r = await optimizeMix(plan, scenario, { targets, probability: null });
    expect(r.method).toBe('exact');
    expect(r.cost.total).toBeCloseTo(brute.cost, 9);
    expect(Object.values(r.deterministicMet).every(Boolean)).toBe(true);
  });

  it('reports infeasible when even every lever at maximum falls short', async () => {
    const r = await optimizeMix(plan, scenario, {
      targets: ['pillar_share_2025'],
      probability: 0.5,
      paths: 300,
    });
    expect(r.status).toBe('infeasible');
    expect(r.message).toMatch(/even with every lever at its maximum/);
  });

  it('reports already met when no lever is needed', async () => {
    const r = await optimizeMix(plan, null, { targets: ['hte_2025'], probability: 0.9, paths: 300 });
    expect(r.status).toBe('already-met');
    expect(r.cost.total).toBe(0);
  });
});

describe('optimizeMix, a target awaiting its base', () => {
  it('says the base is missing rather than that no lever mix suffices', async () => {
    const yaohai = loadPlan(
      JSON.parse(readFileSync('seeds/yaohai.plan.json', 'utf8')),
      'seeds/yaohai.plan.json',
    );
    const r = await optimizeMix(yaohai, null, {
      targets: ['pillar_output_2025', 'enterprises_new'],
      probability: 0.8,
      paths: 200,
    });
    expect(r.status).toBe('unknown-base');
    expect(r.unknownBase).toEqual(['pillar_output_2025']);
    expect(r.message).toMatch(/^pillar_output_2025 wait .*基期待补/);
  });
});

describe('optimizeMix with a target an observed year has missed', () => {
  it('says which targets the observed values have missed instead of calling the levers insufficient', async () => {
    const five = { '2021': 700, '2022': 740, '2023': 780, '2024': 800, '2025': 820 };
    const scenario: Scenario = {
      format: SCENARIO_FORMAT,
      name: { zh: '终期' },
      actuals: { five_up_enterprises: five },
    };
    const r = await optimizeMix(yaohaiPlan(), scenario, {
      targets: ['five_up_net_increase'],
      probability: 0.5,
      paths: 100,
      maxSteps: 1,
    });
    expect(r.status).toBe('observed');
    expect(r.missed).toEqual(['five_up_net_increase']);
    expect(r.method).toBe('none');
  });
});
