// YearSummaries: a cell of NaN (an indicator awaiting its base) has NaN quantiles and mean, decided by a scan in
// WebAssembly (histogramLoops.ts allNaN) where the cell lies in the workspace's memory; any number in the
// cell, wherever it sits, sends it to the quantile passes instead.
import { describe, expect, it } from 'vitest';
import { QuantileScratch } from '../../engine/outputs/quantilesInto.ts';
import { YearSummaries } from '../../engine/outputs/YearSummaries.ts';
import type { Simulation } from '../../engine/run/simulate.ts';

const n = 1003; // not a multiple of eight: the scan's tail is exercised

function cell(fill: (i: number) => number): { scratch: QuantileScratch; values: Float64Array } {
  const scratch = new QuantileScratch();
  scratch.ensure(n, 7);
  const values = scratch.staging!; // in the scratch's own memory, where the WebAssembly scan reads
  for (let i = 0; i < n; i++) values[i] = fill(i);
  return { scratch, values };
}

describe('allNaN (WebAssembly)', () => {
  it.each([
    ['every value NaN', () => Number.NaN, 1],
    ['a number first', (i: number) => (i === 0 ? 1 : Number.NaN), 0],
    ['a number inside the first eight', (i: number) => (i === 5 ? 0 : Number.NaN), 0],
    ['a number in the middle', (i: number) => (i === 8 * 40 + 3 ? -2 : Number.NaN), 0],
    ['a number in the tail after the last eight', (i: number) => (i === n - 1 ? 7 : Number.NaN), 0],
    ['an infinity (not NaN)', (i: number) => (i === 600 ? Number.POSITIVE_INFINITY : Number.NaN), 0],
  ])('%s', (_, fill, expected) => {
    const { scratch, values } = cell(fill);
    expect(scratch.loops.allNaN(values.byteOffset, n)).toBe(expected);
  });
  it('an empty cell is not all NaN', () => {
    const { scratch, values } = cell(() => Number.NaN);
    expect(scratch.loops.allNaN(values.byteOffset, 0)).toBe(0);
  });
});

describe('allFinite (WebAssembly)', () => {
  const bad = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  it.each([0, 5, 8 * 40 + 3, n - 1])('one non-finite value at %i: not all finite, whichever it is', (at) => {
    for (const v of bad) {
      const { scratch, values } = cell((i) => (i === at ? v : i - 500.25));
      expect(scratch.loops.allFinite(values.byteOffset, n)).toBe(0);
    }
  });
  it('every value finite, the largest and the smallest included', () => {
    const { scratch, values } = cell((i) =>
      i === 7 ? Number.MAX_VALUE : i === 9 ? -Number.MAX_VALUE : i * 1e-3,
    );
    expect(scratch.loops.allFinite(values.byteOffset, n)).toBe(1);
    expect(scratch.loops.allFinite(values.byteOffset, 0)).toBe(0); // an empty cell is not
  });
});

/** One year of one slot, summarised as a run does it. */
function summarize(sim: Simulation) {
  const s = new YearSummaries(1, 1);
  s.observe(sim, 0);
  return s.summary(0);
}

describe('YearSummaries', () => {
  const sim = (values: Float64Array, scratch: QuantileScratch) =>
    ({
      n,
      years: [2025],
      values: [values],
      rowOf: (y: number) => y,
      unknown: new Set(),
      workspace: { quantiles: scratch },
    }) as unknown as Simulation;
  it('gives NaN quantiles and mean for a cell of NaN', () => {
    const { scratch, values } = cell(() => Number.NaN);
    const s = summarize(sim(values, scratch));
    expect(Number.isNaN(s.mean[0]!)).toBe(true);
    for (const q of Object.values(s.quantiles)) expect(Number.isNaN(q[0]!)).toBe(true);
  });
  it('summarises a cell with numbers among NaN through the quantile passes (NaN sorts last)', () => {
    const { scratch, values } = cell((i) => (i < 600 ? i : Number.NaN));
    const s = summarize(sim(values, scratch));
    expect(Number.isNaN(s.mean[0]!)).toBe(true);
    expect(s.quantiles.p5[0]).toBeCloseTo(50.1, 9); // h = 1002 · 0.05 = 50.1 between 50 and 51
    expect(s.quantiles.p50[0]).toBe(501);
    expect(Number.isNaN(s.quantiles.p75[0]!)).toBe(true);
  });
});
