// Actuals pin derived indicators (issue 9). Reproduces the issue first: an actual for a sum used to change
// nothing (the parts stayed unpinned); now the parts are re-anchored pro rata and P(met) follows the actual.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSync } from '../../engine/run/run.ts';
import { actualsScenario, feasibilityPlan } from './feasibilityFixture.ts';

const target = (r: ReturnType<typeof runSync>, id: string) => r.targets.find((t) => t.id === id)!;

describe('an actual for a sum', () => {
  it('re-anchors its parts pro rata to their simulated shares in that year, and says so', () => {
    const plan = feasibilityPlan();
    const free = runSync(plan, null, { paths: 0 });
    const r = runSync(plan, actualsScenario({ total: { '2023': 150 } }), { paths: 0 });
    const k = 3; // 2023
    const a = free.indicators.part_a!.deterministic[k]!;
    const b = free.indicators.part_b!.deterministic[k]!;
    expect(r.indicators.part_a!.deterministic[k]).toBeCloseTo((150 * a) / (a + b), 9);
    expect(r.indicators.part_b!.deterministic[k]).toBeCloseTo((150 * b) / (a + b), 9);
    expect(r.reanchored).toEqual([{ indicator: 'total', year: 2023, parts: ['part_a', 'part_b'] }]);
    // Later years grow from the re-anchored parts: 2025 = each part × its two years of growth.
    expect(r.indicators.total!.deterministic[5]).toBeCloseTo(
      ((150 * a) / (a + b)) * 1.06 ** 2 + ((150 * b) / (a + b)) * 1.04 ** 2,
      9,
    );
  });
  it('is not taken from a scenario’s formula cell: its parts, the plan’s indicators, stay as simulated', () => {
    const plan = feasibilityPlan();
    const cell = { id: 'my_sum', name: { zh: '我的合计' }, unit: '亿元', formula: 'part_a + part_b' };
    const scenario = (actuals: Record<string, Record<string, number>>) => ({
      ...actualsScenario(actuals),
      formulas: [cell],
    });
    const free = runSync(plan, scenario({}), { paths: 0 });
    const r = runSync(plan, scenario({ my_sum: { '2023': 150 } }), { paths: 0 });
    expect(r.indicators.part_a!.deterministic).toEqual(free.indicators.part_a!.deterministic);
    expect(r.indicators.my_sum!.deterministic[3]).toBe(150);
    expect(r.reanchored).toEqual([]);
  });
  it('moves P(met): 2023 total = 100 vs 160 (it stayed put before issue 9)', () => {
    const plan = feasibilityPlan();
    const low = target(
      runSync(plan, actualsScenario({ total: { '2023': 100 } }), { paths: 2000 }),
      'total_2025',
    );
    const high = target(
      runSync(plan, actualsScenario({ total: { '2023': 160 } }), { paths: 2000 }),
      'total_2025',
    );
    expect(low.pMet).toBe(0);
    expect(high.pMet).toBe(1);
  });
  it('keeps a part pinned by its own actual and scales only the others', () => {
    const r = runSync(
      feasibilityPlan(),
      actualsScenario({ total: { '2023': 150 }, part_a: { '2023': 90 } }),
      {
        paths: 0,
      },
    );
    expect(r.indicators.part_a!.deterministic[3]).toBe(90);
    expect(r.indicators.part_b!.deterministic[3]).toBeCloseTo(60, 9);
    expect(r.reanchored[0]!.parts).toEqual(['part_b']);
  });
});

describe('an actual for another derived indicator (a share)', () => {
  it('is honoured: pinned, later years continue from it by the formula’s growth; reported as actual-carried', () => {
    const plan = feasibilityPlan();
    const free = runSync(plan, null, { paths: 0 });
    const r = runSync(plan, actualsScenario({ share: { '2022': 0.3 } }), { paths: 0 });
    const f = free.indicators.share!.deterministic;
    expect(r.indicators.share!.deterministic[2]).toBe(0.3);
    expect(r.indicators.share!.deterministic[4]).toBeCloseTo((0.3 * f[4]!) / f[2]!, 12);
    expect(r.actualIssues).toEqual([{ code: 'actual-carried', indicator: 'share', year: 2022 }]);
  });
  it('a sum with a part of unknown base: that part takes the remainder, said with a code; the total is judged', () => {
    const r = runSync(feasibilityPlan(), actualsScenario({ total_c: { '2023': 150 } }), {
      paths: 400,
      seed: 3,
    });
    expect(r.actualIssues).toEqual([
      { code: 'actual-split-evenly', indicator: 'total_c', year: 2023, parts: ['unknown_c'] },
    ]);
    const total = r.indicators.total_c!.deterministic;
    expect(total[3]).toBeCloseTo(150, 9);
    // Later years grow from the observed total, not NaN.
    expect(Number.isFinite(total[5]!)).toBe(true);
    expect(total[5]!).toBeGreaterThan(150);
    const t = r.targets.find((x) => x.id === 'total_c_2025')!;
    // Judged, from the observed total on: 150 in 2023 already meets ≥ 150, which is data (reached early, to be
    // held to 2025); with no base there is no pace. A total short of it would rest on the forecast's assumptions.
    expect(t.verdict).toMatchObject({ code: 'achieved', reason: 'reached-early' });
    expect(t.verdictBasis).toBe('data');
    const short = runSync(feasibilityPlan(), actualsScenario({ total_c: { '2023': 140 } }), {
      paths: 400,
      seed: 3,
    });
    expect(short.targets.find((x) => x.id === 'total_c_2025')!.verdictBasis).toBe('assumption');
    expect(t.baseSource).toBe('unknown');
    expect(t.pMet).not.toBeNull();
    // The part's level is a residual, not an observation: its own target still waits for a base.
    const c = r.targets.find((x) => x.id === 'c_2025')!;
    expect(c.verdictBasis).toBe('unknown-base');
    expect(c.pMet).toBeNull();
  });
});

describe('a level target whose base is unknown (基期待补) but observed later', () => {
  it('is judged from the observation on, the verdict resting on the assumed growth after it', () => {
    const none = runSync(feasibilityPlan(), null, { paths: 400, seed: 3 });
    expect(none.targets.find((x) => x.id === 'c_2025')!.verdictBasis).toBe('unknown-base');
    // 70 in 2023 at 5% a year: 77.2 in 2025, short of 80 on the deterministic path.
    const low = runSync(feasibilityPlan(), actualsScenario({ unknown_c: { '2023': 70 } }), {
      paths: 400,
      seed: 3,
    });
    const c = low.targets.find((x) => x.id === 'c_2025')!;
    // No base, no pace to read: only the forecast from 2023 on speaks, and it assumes 5% a year.
    expect(c.verdictBasis).toBe('assumption');
    expect(c.needs).toBeNull();
    expect(c.deterministicValue).toBeCloseTo(70 * 1.05 ** 2, 9);
    expect(c.deterministicMet).toBe(false);
    const high = runSync(feasibilityPlan(), actualsScenario({ unknown_c: { '2023': 76 } }), {
      paths: 400,
      seed: 3,
    });
    const h = high.targets.find((x) => x.id === 'c_2025')!;
    expect(h.deterministicMet).toBe(true);
    expect(h.pMet!).toBeGreaterThan(c.pMet!);
  });
});

describe('monotonicity (property, fast-check, fixed seed)', () => {
  const params = { seed: 20261128, numRuns: 12 };
  it('raising an actual never lowers P(met) of a ≥ target, never raises it for a ≤ target', () => {
    const plan = feasibilityPlan();
    fc.assert(
      fc.property(
        fc.constantFrom('part_a', 'total', 'gdp'),
        fc.integer({ min: 2021, max: 2024 }),
        fc.double({ min: 20, max: 700, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (id, year, value, raise) => {
          const at = (v: number) =>
            runSync(plan, actualsScenario({ [id]: { [String(year)]: v } }), { paths: 400, seed: 9 });
          const lo = at(value);
          const hi = at(value + raise);
          // ≥ targets on the indicator or built from it.
          for (const t of ['total_2025', 'a_growth', 'total_c_2025']) {
            const [a, b] = [target(lo, t).pMet, target(hi, t).pMet];
            if (a !== null && b !== null) expect(b).toBeGreaterThanOrEqual(a);
          }
          // A ≤ target: GDP capped.
          expect(target(hi, 'gdp_cap').pMet!).toBeLessThanOrEqual(target(lo, 'gdp_cap').pMet!);
        },
      ),
      params,
    );
  });
});
