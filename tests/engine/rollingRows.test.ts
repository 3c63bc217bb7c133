// A Monte Carlo run holds three rows per indicator (the base year, and two more taken in turn), and its
// outputs read each year as it completes (simulate.ts onYear). Every year seen there must be, bit for bit,
// the year a run that keeps all its rows computes: kernels reading prev(), events reading last year, cohort
// stocks, and actuals re-anchoring parts or carrying a ratio all address rows through rowOf.
import { describe, expect, it } from 'vitest';
import { compiledModelFor } from '../../engine/compile/compileModel.ts';
import { metInterval } from '../../engine/outputs/targetMeasure.ts';
import { targetCountStep } from '../../engine/outputs/targetStats.ts';
import type { Plan } from '../../engine/plan/planSchema.ts';
import type { Scenario } from '../../engine/plan/scenarioSchema.ts';
import { bankDraws } from '../../engine/run/DrawSource.ts';
import { resolveScenario } from '../../engine/run/resolveScenario.ts';
import { runSync } from '../../engine/run/run.ts';
import { simulateSync } from '../../engine/run/simulate.ts';
import { actualsScenario, feasibilityPlan } from '../feasibility/feasibilityFixture.ts';
import { readJson, yaohaiPlan } from './planFixtures.ts';

const n = 67; // above the count tables' SMALL_ROW, and odd: the kernels' scalar tail runs too

const cases: [string, () => Plan, Scenario | null, number][] = [
  ['Yaohai to 2035', yaohaiPlan, null, 2035],
  ['Yaohai, policy push', yaohaiPlan, readJson('scenarios/policy-push.json') as Scenario, 2032],
  [
    'a sum and a share pinned by actuals',
    feasibilityPlan,
    actualsScenario({ total: { '2023': 150 }, share: { '2022': 0.3 } }),
    2030,
  ],
];

/** Bits of a row, so NaN equals NaN and −0 differs from 0. */
const bits = (v: Float64Array) =>
  Array.from(new BigUint64Array(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength)));

describe('a run that holds three rows per indicator', () => {
  it.each(cases)(
    '%s: each year read as it completes is the year a run keeping every row computes',
    (_, plan, scenario, horizon) => {
      const p = plan();
      const model = compiledModelFor(p, scenario?.formulas ?? []);
      const setup = resolveScenario(p, scenario, horizon);
      const Y = setup.years.length;
      const all = simulateSync(model, setup, n, bankDraws(4), { reuseBuffers: false });
      expect(all.keepsYears).toBe(true);
      const seen: bigint[][][] = [];
      let rows = 0;
      const rolling = simulateSync(model, setup, n, bankDraws(4), {
        reuseBuffers: false,
        keepYears: false,
        onYear: (sim, y) => {
          rows = sim.workspace.rows;
          seen[y] = model.indicators.map((ind) => {
            const from = sim.rowOf(y) * n;
            return bits(sim.values[ind.slot]!.subarray(from, from + n));
          });
        },
      });
      expect(rolling.keepsYears).toBe(false);
      expect(rows).toBe(3);
      expect(seen.length).toBe(Y);
      for (let y = 0; y < Y; y++)
        for (const ind of model.indicators)
          expect(seen[y]![ind.slot], `${ind.id} ${setup.years[y]}`).toEqual(
            bits(all.values[ind.slot]!.subarray(y * n, y * n + n)),
          );
    },
  );

  it("gives a quota's yearly shares as the paths of a run keeping every row count them", () => {
    const p = yaohaiPlan();
    const model = compiledModelFor(p, []);
    const setup = resolveScenario(p, null, 2030);
    const all = simulateSync(model, setup, n, bankDraws(2), { reuseBuffers: false });
    const result = runSync(p, null, { paths: n, seed: 2, horizon: 2030 });
    const quotas = p.targets.filter((t) => t.kind === 'quota');
    expect(quotas.length).toBeGreaterThan(0);
    let forecast = 0;
    for (const t of quotas) {
      const ind = p.indicators.find((i) => i.id === t.indicator)!;
      const [lo, hi] = metInterval({
        kind: 'quota',
        comparator: t.comparator!,
        value: t.value!,
        tolerance: t.tolerance,
        countStep: targetCountStep('quota', ind),
      });
      const row = all.values[model.slotOf.get(t.indicator!)!]!;
      for (const q of result.targets.find((r) => r.id === t.id)!.quota!) {
        if (q.observed !== null) continue;
        const k = q.year - setup.years[0]!;
        let met = 0;
        for (let i = 0; i < n; i++) if (row[k * n + i]! >= lo && row[k * n + i]! <= hi) met++;
        expect(q.pMet, `${t.id} ${q.year}`).toBe(met / n);
        forecast++;
      }
    }
    expect(forecast).toBeGreaterThan(3);
  });
});
