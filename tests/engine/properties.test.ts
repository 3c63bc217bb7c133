// Invariants that must hold for any plan the generators produce (fast-check, fixed seeds).

import { quantile } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuantileScratch, quantilesInto } from '../../engine/outputs/quantilesInto.ts';
import { runSync } from '../../engine/run/run.ts';
import { QUANTILE_KEYS } from '../../engine/run/runTypes.ts';
import { cohortPlan, growthPlan } from './planFixtures.ts';

const params = { seed: 20261121, numRuns: 40 };

describe('properties', () => {
  it('quantiles are ordered P5 ≤ … ≤ P95 and P(met) lies in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        fc.double({ min: -0.2, max: 0.3, noNaN: true }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.integer({ min: 1, max: 2 ** 31 }),
        (x0, rate, sd, vol, seed) => {
          const r = runSync(growthPlan({ x0, rate, sd, vol }), null, { paths: 200, seed });
          const q = r.indicators.x!.quantiles;
          for (let y = 0; y < r.years.length; y++) {
            for (let k = 1; k < QUANTILE_KEYS.length; k++) {
              expect(q[QUANTILE_KEYS[k]!][y]!).toBeGreaterThanOrEqual(q[QUANTILE_KEYS[k - 1]!][y]!);
            }
          }
          for (const t of r.targets) {
            expect(t.pMet).not.toBeNull();
            expect(t.pMet!).toBeGreaterThanOrEqual(0);
            expect(t.pMet!).toBeLessThanOrEqual(1);
          }
        },
      ),
      params,
    );
  });

  it('a zero-variance Monte Carlo equals the deterministic path exactly', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        fc.double({ min: -0.2, max: 0.3, noNaN: true }),
        (x0, rate) => {
          const r = runSync(growthPlan({ x0, rate }), null, { paths: 64, seed: 3 });
          const x = r.indicators.x!;
          for (const k of QUANTILE_KEYS)
            expect(Array.from(x.quantiles[k])).toEqual(Array.from(x.deterministic));
          for (const t of r.targets) expect(t.pMet).toBe(t.deterministicMet ? 1 : 0);
        },
      ),
      params,
    );
  });

  it('a growth path equals x0 · Π(1 + g)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        fc.double({ min: -0.2, max: 0.3, noNaN: true }),
        fc.integer({ min: 1, max: 15 }),
        (x0, g, years) => {
          const x = runSync(growthPlan({ x0, rate: g, years }), null, { paths: 0 }).indicators.x!
            .deterministic;
          for (let t = 0; t <= years; t++) expect(x[t]!).toBeCloseTo(x0 * (1 + g) ** t, 6);
        },
      ),
      params,
    );
  });

  it('a cohort stock conserves items: stock = base + Σ inflow + Σ renewed − Σ expired − Σ exits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (base, inflow, life, renewal) => {
          // With no early exit and full renewal, nothing ever leaves: stock = base + cumulative inflow.
          const plan = cohortPlan({ base, inflow, life, renewal: 1, exit: 0, vol: 0.3 });
          const r = runSync(plan, null, { paths: 100, seed: 11 });
          for (const k of QUANTILE_KEYS) {
            r.years.forEach((_, y) => {
              expect(r.indicators.stock!.quantiles[k][y]!).toBeGreaterThanOrEqual(0);
            });
          }
          const sim = runSync(plan, null, { paths: 0 });
          sim.years.forEach((_, y) => {
            expect(sim.indicators.stock!.deterministic[y]!).toBeCloseTo(
              base + sim.indicators.added!.deterministic[y]!,
              8,
            );
          });
          // With no renewal, after `life` years only the last `life` years of inflow remain.
          const lapsed = runSync(cohortPlan({ base, inflow, life, renewal: 0, exit: 0, vol: 0 }), null, {
            paths: 0,
          });
          expect(lapsed.indicators.stock!.deterministic[10]!).toBeCloseTo(inflow * life, 8);
          // With the generated renewal share r and no base stock, a cohort that entered a years ago is
          // still r^⌊a/life⌋ of its size (renewed once per expiry), so the balance over the years is
          // stock[t] = inflow · Σ_{a<t} r^⌊a/life⌋ — and it lies between the lapsed and the full stock.
          const renewed = runSync(cohortPlan({ base: 0, inflow, life, renewal, exit: 0, vol: 0 }), null, {
            paths: 0,
          }).indicators.stock!.deterministic;
          for (let t = 0; t <= 10; t++) {
            let expected = 0;
            for (let a = 0; a < t; a++) expected += inflow * renewal ** Math.floor(a / life);
            expect(renewed[t]!).toBeCloseTo(expected, 6);
            expect(renewed[t]!).toBeLessThanOrEqual(inflow * t + 1e-9);
          }
        },
      ),
      params,
    );
  });

  it('histogram-select quantiles equal d3.quantile (R-7) on arbitrary data', () => {
    const scratch = new QuantileScratch();
    const probs = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 3000 }),
        (data) => {
          const values = Float64Array.from(data);
          const out = probs.map(() => new Float64Array(1));
          quantilesInto(values, 0, values.length, probs, out, new Float64Array(1), 0, scratch);
          probs.forEach((p, j) => {
            expect(out[j]![0]).toBeCloseTo(quantile(data, p)!, 6);
          });
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });

  it('the same seed gives the same numbers; another seed different ones', () => {
    const plan = growthPlan({ x0: 100, rate: 0.07, sd: 0.02, vol: 0.05 });
    const a = runSync(plan, null, { paths: 500, seed: 42 }).indicators.x!.quantiles.p50;
    const b = runSync(plan, null, { paths: 500, seed: 42 }).indicators.x!.quantiles.p50;
    const c = runSync(plan, null, { paths: 500, seed: 43 }).indicators.x!.quantiles.p50;
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });

  it('the Monte Carlo median converges on the analytic one (seeded, tolerance 1%)', () => {
    // x5 = 100 · (1 + g)^5 with g ~ N(7%, 2%) drawn once per path: the median is 100 · 1.07^5.
    const r = runSync(growthPlan({ x0: 100, rate: 0.07, sd: 0.02, vol: 0 }), null, {
      paths: 20_000,
      seed: 5,
    });
    expect(r.indicators.x!.quantiles.p50[5]!).toBeCloseTo(100 * 1.07 ** 5, 0);
    expect(Math.abs(r.indicators.x!.quantiles.p50[5]! / (100 * 1.07 ** 5) - 1)).toBeLessThan(0.01);
    // P(g ≥ 7%) = 0.5 for the growth target, within ±2 points at 20,000 paths.
    expect(Math.abs(r.targets.find((t) => t.id === 'x_growth')!.pMet! - 0.5)).toBeLessThan(0.02);
  });
});
