// A formula is parsed when the plan is compiled, and not at all when its kernels were shipped
// (the page's worker and the CLI on the embedded plan): what the run, the checks and the evaluation ask of a
// formula later (its shape, the names it mentions) comes from that parse (formulaShape.ts, rememberFormulas).
// In a fresh page worker the first mathjs parse alone had cost 12–14 ms of a link's check. Each test starts a
// fresh module graph with mathjs's parse counted, on a plan validated in another graph, as the page's build
// validates it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Engine from '../../engine/index.ts';
import { applyStatistics } from '../../engine/plan/applyStatistics.ts';
import { dynamicsFormulas } from '../../engine/plan/checkPlanReferences.ts';
import { loadStatistics } from '../../engine/plan/loadStatistics.ts';
import type { Plan } from '../../engine/plan/planSchema.ts';
import { KERNELS } from '../../seeds/yaohai.kernels.ts';
import { readJson, yaohaiPlan } from './planFixtures.ts';

const validated: Plan = applyStatistics(
  yaohaiPlan(),
  loadStatistics(readJson('seeds/yaohai.statistics.json'), 'yaohai.statistics.json'),
).plan;
/** Every indicator's formulas, in plan order (two indicators may share a formula's text). */
const formulas = validated.indicators.flatMap((i) => Object.values(dynamicsFormulas(i.dynamics)));
const baseline = readJson('scenarios/baseline.json');

let parsed: string[];
let engine: typeof Engine;
beforeEach(async () => {
  vi.resetModules();
  parsed = [];
  vi.doMock('../../engine/compile/formula/mathParser.ts', async (real) => {
    const m = await real<typeof import('../../engine/compile/formula/mathParser.ts')>();
    return {
      ...m,
      parseExpression: (source: string) => {
        parsed.push(source);
        return m.parseExpression(source);
      },
    };
  });
  engine = await import('../../engine/index.ts');
});

/** A run, a plan check and a mid-term evaluation of the plan, as the page asks for them. */
async function everythingOn(plan: Plan): Promise<void> {
  const scenario = engine.loadScenario(baseline, 'baseline.json', plan);
  engine.runSync(plan, scenario, { paths: 200, seed: 1 });
  engine.runSync(plan, scenario, { paths: 0 });
  engine.checkPlan(plan);
  // Actuals as a planner enters them at mid-term (2023): one level, one sum's total.
  await engine.evaluateTargets(
    plan,
    scenario,
    { pillar_output: { '2023': 420 }, gdp: { '2023': 600 } },
    {
      paths: 200,
      seed: 3,
    },
  );
}

describe('formulas parsed', () => {
  it('by compiling the plan (each indicator’s formulas once), and by nothing after it', async () => {
    await everythingOn(structuredClone(validated));
    expect(formulas.length).toBeGreaterThan(80);
    expect([...parsed].sort()).toEqual([...formulas].sort());
  });

  it('never, when the plan’s kernels were shipped', async () => {
    engine.useShippedKernels(KERNELS);
    await everythingOn(structuredClone(validated));
    expect(parsed).toEqual([]);
  });
});
