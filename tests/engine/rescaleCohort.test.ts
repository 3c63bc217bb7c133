import { describe, expect, it } from 'vitest';
import { rescaleCohort } from '../../engine/run/rescaleCohort.ts';
import { runSync } from '../../engine/run/run.ts';
import { yaohaiWithStatistics } from './planFixtures.ts';

describe('a cohort stock pinned to an observed total', () => {
  it('keeps its age mix, and takes the base year’s even spread when it had none', () => {
    const n = 2;
    const life = 3;
    const mixed = { ring: new Float64Array([10, 1, 20, 2, 30, 3]), head: 1 };
    rescaleCohort(mixed, life, n, new Float64Array([60, 6]), 0, 120);
    expect([...mixed.ring]).toEqual([20, 20, 40, 40, 60, 60]);
    const empty = { ring: new Float64Array(6), head: 2 };
    rescaleCohort(empty, life, n, new Float64Array([0, 0]), 0, 173);
    for (const v of empty.ring) expect(v).toBeCloseTo(173 / 3, 12);
  });

  // 周科长: 173 高企 observed in 2023 had all been put in that year's vintage, so none came up for renewal in 2024
  // or 2025 and 2025 read 255 (P(met) > 99%). Spread over three vintages, a third comes due each year.
  it('lets a third of the observed 高企 come due the next year (Yaohai, deterministic path)', () => {
    const r = runSync(yaohaiWithStatistics(), null, { paths: 0, horizon: 2025 });
    const hte = r.indicators.high_tech_enterprises!.deterministic;
    const at = (y: number) => hte[r.years.indexOf(y)]!;
    expect(at(2023)).toBe(173);
    // Two vintages stay (less the 2% exit rate), the oldest is renewed at 75%, and 45 are newly certified.
    expect(at(2024)).toBeCloseTo((2 / 3) * 173 * 0.98 + (1 / 3) * 173 * 0.75 + 45, 6);
    // All 173 kept but the exit rate, as when they had all been new, is what it no longer is.
    expect(at(2024)).toBeLessThan(173 * 0.98 + 45 - 10);
  });
});
