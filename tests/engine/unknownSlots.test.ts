// Rows known in advance to be NaN are skipped (unknownSlots.ts): a run that skips them must give, slot by
// slot and path by path, what a run that simulates every row gives — on the shipped plans and scenarios, with
// bases entered as actuals, and on a workspace reused between runs whose unknown slots differ.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compiledModelFor } from '../../engine/compile/compileModel.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { loadScenario } from '../../engine/plan/loadScenario.ts';
import type { Plan } from '../../engine/plan/planSchema.ts';
import type { Scenario } from '../../engine/plan/scenarioSchema.ts';
import { bankDraws } from '../../engine/run/DrawSource.ts';
import { resolveScenario } from '../../engine/run/resolveScenario.ts';
import { type Simulation, simulateSync } from '../../engine/run/simulate.ts';
import { readJson } from './planFixtures.ts';

const plans: Record<string, Plan> = {};
for (const file of ['seeds/yaohai.plan.json', 'seeds/synthetic.plan.json']) {
  const plan = loadPlan(readJson(file), file);
  plans[plan.meta.id] = plan;
}
const yaohai = plans['yaohai-sme-14fyp']!;
/** Above the count tables' SMALL_ROW, so the tabulated count draws run too. */
const PATHS = 64;

/** Slots whose values differ (NaN equals NaN), by indicator id. */
function differing(model: ReturnType<typeof compiledModelFor>, a: Simulation, b: Simulation): string[] {
  return model.indicators
    .filter((ind) => {
      const x = a.values[ind.slot]!;
      const y = b.values[ind.slot]!;
      return x.length !== y.length || x.some((v, i) => !Object.is(v, y[i]));
    })
    .map((ind) => ind.id);
}

/** The run as shipped (unknown slots skipped), and the reference that simulates every row. */
function both(plan: Plan, scenario: Scenario | null, horizon = 2035) {
  const model = compiledModelFor(plan, scenario?.formulas ?? []);
  const setup = resolveScenario(plan, scenario, horizon);
  const draws = bankDraws(5);
  const skipped = simulateSync(model, setup, PATHS, draws, { reuseBuffers: false });
  const full = simulateSync(model, setup, PATHS, draws, { reuseBuffers: false, skipUnknown: false });
  const allNaN = model.indicators
    .filter((ind) => full.values[ind.slot]!.every(Number.isNaN))
    .map((i) => i.id);
  const unknown = model.indicators.filter((ind) => skipped.unknown.has(ind.slot)).map((i) => i.id);
  return { model, skipped, full, allNaN, unknown, differs: differing(model, skipped, full) };
}

describe('unknown slots', () => {
  it('the embedded plan: every all-NaN row is found before the run, and skipping them changes no value', () => {
    const r = both(yaohai, null);
    expect(r.differs).toEqual([]);
    expect(r.unknown.length).toBeGreaterThan(20);
    // The proof finds every row of the embedded plan that the full simulation leaves NaN throughout.
    expect(r.unknown.sort()).toEqual(r.allNaN.sort());
    expect(r.unknown).toContain('high_tech_enterprises'); // a cohort awaiting its base
    expect(r.full.unknown.size).toBe(0);
  });

  const scenarioFiles = readdirSync(new URL('../../scenarios', import.meta.url)).filter((f) =>
    f.endsWith('.json'),
  );
  it.each(scenarioFiles)('scenarios/%s: skipping changes no value', (file) => {
    const raw = readJson(`scenarios/${file}`) as { plan: string };
    const plan = plans[raw.plan]!;
    const scenario = loadScenario(raw, file, plan);
    const r = both(plan, scenario, scenario.horizon ?? 2035);
    expect(r.differs).toEqual([]);
    for (const id of r.unknown) expect(r.allNaN).toContain(id);
  });

  it('a base entered as an actual takes the indicator, and what reads it, out of the set', () => {
    const before = both(yaohai, null);
    const awaiting = before.unknown.filter((id) =>
      before.model.indicators.some((i) => i.id === id && i.kind !== 'derived'),
    );
    const entered = awaiting.slice(0, 3);
    expect(entered.length).toBe(3);
    const scenario = loadScenario(
      {
        format: 'planpath/scenario@1',
        plan: yaohai.meta.id,
        name: { zh: '补基期' },
        actuals: Object.fromEntries(entered.map((id) => [id, { [String(yaohai.meta.baseYear)]: 100 }])),
      },
      'entered.json',
      yaohai,
    );
    const after = both(yaohai, scenario);
    expect(after.differs).toEqual([]);
    for (const id of entered) expect(after.unknown).not.toContain(id);
    expect(after.unknown.length).toBeLessThan(before.unknown.length);
    expect(after.unknown.sort()).toEqual(after.allNaN.sort());
  });

  it('an observed sum gives its unknown parts the remainder: they are simulated, not skipped', () => {
    const before = both(yaohai, null);
    expect(before.unknown).toContain('pillar_ict');
    const scenario = loadScenario(
      {
        format: 'planpath/scenario@1',
        plan: yaohai.meta.id,
        name: { zh: '支柱产值实绩' },
        actuals: { pillar_output: { '2023': 420 } },
      },
      'observed.json',
      yaohai,
    );
    const after = both(yaohai, scenario);
    expect(after.differs).toEqual([]);
    for (const id of ['pillar_output', 'pillar_ict', 'pillar_health', 'pillar_share'])
      expect(after.unknown).not.toContain(id);
    expect(after.unknown.sort()).toEqual(after.allNaN.sort());
  });

  it('a reused workspace keeps its values apart when the unknown slots change between runs', () => {
    const model = compiledModelFor(yaohai);
    const draws = bankDraws(6);
    const plain = resolveScenario(yaohai, null, 2030);
    const id = 'high_tech_enterprises';
    const withBase = resolveScenario(
      yaohai,
      loadScenario(
        {
          format: 'planpath/scenario@1',
          plan: yaohai.meta.id,
          name: { zh: '补基期' },
          actuals: { [id]: { [String(yaohai.meta.baseYear)]: 150 } },
        },
        'entered.json',
        yaohai,
      ),
      2030,
    );
    const slot = model.slotOf.get(id)!;
    const fresh = (setup: typeof plain) => simulateSync(model, setup, PATHS, draws, { reuseBuffers: false });
    const copy = (s: Simulation) => s.values.map((v) => Float64Array.from(v));
    const refPlain = copy(fresh(plain));
    const refBase = copy(fresh(withBase));
    expect(refPlain[slot]!.every(Number.isNaN)).toBe(true);
    expect(refBase[slot]!.some(Number.isFinite)).toBe(true);
    for (const [setup, ref] of [
      [plain, refPlain],
      [withBase, refBase],
      [plain, refPlain],
      [withBase, refBase],
    ] as const) {
      const sim = simulateSync(model, setup, PATHS, draws);
      for (const ind of model.indicators)
        expect(Array.from(sim.values[ind.slot]!), ind.id).toEqual(Array.from(ref[ind.slot]!));
      expect(sim.workspace.unknownRow.every(Number.isNaN)).toBe(true);
    }
  });
});
