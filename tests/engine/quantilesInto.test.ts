// Edge cases of the histogram-select beyond the property test: constant cells, outliers that crowd one
// bin, ties, and non-finite values.
import { quantile } from 'd3';
import { describe, expect, it } from 'vitest';
import { BINS, instantiateHistogramLoops } from '../../engine/compile/wasm/histogramLoops.ts';
import { simdSupported } from '../../engine/compile/wasm/simdSupported.ts';
import { QuantileScratch, quantilesInto } from '../../engine/outputs/quantilesInto.ts';
import { rankIntegers } from '../../engine/outputs/rankIntegers.ts';

const probs = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];
const scratch = new QuantileScratch();

function q(data: number[]): { qs: number[]; mean: number } {
  const out = probs.map(() => new Float64Array(1));
  const mean = new Float64Array(1);
  quantilesInto(Float64Array.from(data), 0, data.length, probs, out, mean, 0, scratch);
  return { qs: out.map((o) => o[0]!), mean: mean[0]! };
}

describe('quantilesInto', () => {
  it('a constant cell gives that value everywhere', () => {
    expect(q(Array(1000).fill(42))).toEqual({ qs: probs.map(() => 42), mean: 42 });
  });
  it('stays exact when outliers stretch the range (everything else in one bin)', () => {
    const data = [...Array.from({ length: 5000 }, (_, i) => 1 + i * 1e-9), 1e12, -1e12];
    q(data).qs.forEach((v, j) => {
      expect(v).toBeCloseTo(quantile(data, probs[j]!)!, 12);
    });
  });
  it('stays exact when the subsample misses the bulk (values hidden between sampled points)', () => {
    const data = Array.from({ length: 10_000 }, (_, i) => (i % 19 === 0 ? i : 1e6 + i));
    q(data).qs.forEach((v, j) => {
      expect(v).toBeCloseTo(quantile(data, probs[j]!)!, 9);
    });
  });
  it('handles ties and a tiny cell', () => {
    expect(q([3, 1, 2, 2]).qs[3]).toBe(2);
    expect(q([7]).qs).toEqual(probs.map(() => 7));
  });
  it('lets NaN surface in the upper quantiles rather than hiding it', () => {
    const { qs, mean } = q([1, 2, 3, Number.NaN]);
    expect(Number.isNaN(mean)).toBe(true);
    expect(Number.isNaN(qs[6]!)).toBe(true);
    expect(qs[0]).toBeCloseTo(1.15, 12);
  });

  describe('cells of whole numbers (counted one by one)', () => {
    /** A fixed-seed stream of uniforms (a linear congruential generator: enough for test data). */
    function uniforms(seed: number): () => number {
      let x = seed >>> 0;
      return () => {
        x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
        return x / 2 ** 32;
      };
    }
    const cells: [string, number[]][] = (() => {
      const u = uniforms(11);
      const few = Array.from({ length: 10_000 }, () => Math.floor(-u() * Math.log(u() + 1e-12) * 4));
      const negative = Array.from({ length: 3001 }, () => Math.round((u() - 0.7) * 40));
      const large = Array.from({ length: 5003 }, () => 2 ** 52 + Math.floor(u() * 9));
      // The first 256 paths miss a tail far outside the window around their range.
      const tail = Array.from({ length: 4000 }, (_, i) => (i > 3000 && i % 97 === 0 ? 50_000 + i : i % 13));
      const fraction = Array.from({ length: 4000 }, (_, i) => (i === 2500 ? 6.5 : i % 11));
      const wide = Array.from({ length: 6000 }, () => Math.floor(u() * 20_000));
      // Most of the subsample is 0: the first window is [−32, 32], the full range is tried next.
      const rare = Array.from({ length: 5000 }, (_, i) =>
        i % 37 === 0 ? 100 + (i % 5) : i % 401 === 0 ? 1 : 0,
      );
      const constant = Array.from({ length: 999 }, () => 42);
      return [
        ['few distinct counts', few],
        ['negative whole numbers, odd length', negative],
        ['whole numbers near 2^52', large],
        ['a long tail beyond the window', tail],
        ['one fraction among whole numbers', fraction],
        ['a range wider than the window', wide],
        ['mostly one count, a few far above it', rare],
        ['one count throughout', constant],
      ];
    })();
    it.each(cells)('%s: the same quantiles and mean as a full sort', (_, data) => {
      const { qs, mean } = q(data);
      qs.forEach((v, j) => {
        expect(v).toBe(quantile(data, probs[j]!));
      });
      let sum = 0;
      for (let k = 0; k + 3 < data.length; k += 4)
        sum += data[k]! + data[k + 1]! + data[k + 2]! + data[k + 3]!;
      for (let k = data.length & ~3; k < data.length; k++) sum += data[k]!;
      expect(mean).toBe(sum / data.length);
    });

    /** rankIntegers straight on a cell in the scratch's memory: its sum, and the scratch's counts after. */
    function rank(data: number[], low: number, high: number): { sum: number; clean: boolean } {
      scratch.ensure(data.length, probs.length);
      scratch.staging!.set(data);
      scratch.ranks[0] = 0;
      const sum = rankIntegers(scratch, scratch.staging!.byteOffset, data.length, low, high, 1);
      return { sum, clean: scratch.integers.every((c) => c === 0) };
    }
    it('takes whole numbers in one pass, and turns away what it cannot count, leaving its counts at zero', () => {
      expect(rank([3, 1, 2, 2, 5], 1, 5)).toEqual({ sum: 13, clean: true });
      expect(scratch.ranked[0]).toBe(1);
      expect(Number.isNaN(rank([3, 1, 2.5, 2], 1, 3).sum)).toBe(true);
      expect(Number.isNaN(rank([3, 1, Number.NaN, 2], 1, 3).sum)).toBe(true);
      expect(Number.isNaN(rank([3, 1, Number.POSITIVE_INFINITY, 2], 1, 3).sum)).toBe(true);
      expect(Number.isNaN(rank([3, 1, -1000, 2], 1, 3).sum)).toBe(true);
      expect(rank([3, 1, 2.5, 2], 1, 3).clean).toBe(true);
      expect(Number.isNaN(rank([0, 5000], 0, 5000).sum)).toBe(true); // a window wider than the counts
    });
  });

  describe('countIntegers, with and without SIMD', () => {
    // The SIMD loop tests four values with one branch and tallies odd lanes apart; it must count, sum and turn
    // away exactly what the scalar loop does, whatever the cell's length (the scalar loop takes its tail) and
    // wherever a bad value sits.
    const modes = simdSupported() ? [true, false] : [false];
    const span = 40;
    const lo = -5;
    /** Tallies of the cell by number (both tallies added), and the returned sum. */
    function counted(simd: boolean, cell: number[]): { sum: number; counts: number[] } {
      const memory = new WebAssembly.Memory({ initial: 1 });
      const values = new Float64Array(memory.buffer, 0, cell.length);
      values.set(cell);
      const counts = new Int32Array(memory.buffer, 8192, 2 * span);
      const sum = instantiateHistogramLoops(memory, simd).countIntegers(0, cell.length, 8192, lo, span);
      return { sum, counts: Array.from({ length: span }, (_, j) => counts[j]! + counts[span + j]!) };
    }
    it.each(modes)('counts each number of a cell of whole numbers (simd: %s)', (simd) => {
      let seed = 7;
      const next = () => {
        seed = (seed * 16807) % 2147483647;
        return (seed / 2147483647) * 0.999;
      };
      for (let length = 0; length <= 23; length++) {
        const cell = Array.from({ length }, () => lo + Math.floor(next() * (next() < 0.5 ? 3 : span)));
        const { sum, counts } = counted(simd, cell);
        const expected = Array.from({ length: span }, (_, j) => cell.filter((v) => v === lo + j).length);
        expect(counts, `length ${length}`).toEqual(expected);
        let plain = 0;
        for (let k = 0; k + 3 < length; k += 4)
          plain += cell[k]! + cell[k + 1]! + cell[k + 2]! + cell[k + 3]!;
        for (let k = length & ~3; k < length; k++) plain += cell[k]!;
        expect(Object.is(sum, plain), `length ${length}: ${sum} against ${plain}`).toBe(true);
      }
    });
    it.each(modes)('turns away a cell with one value it cannot count, wherever it is (simd: %s)', (simd) => {
      for (const bad of [
        2.5,
        Number.NaN,
        Number.POSITIVE_INFINITY,
        Number.NEGATIVE_INFINITY,
        lo - 1,
        lo + span,
      ]) {
        for (let length = 1; length <= 13; length++) {
          for (let at = 0; at < length; at++) {
            const cell = Array.from({ length }, (_, k) => lo + (k % 7));
            cell[at] = bad;
            expect(Number.isNaN(counted(simd, cell).sum), `${bad} at ${at} of ${length}`).toBe(true);
          }
        }
      }
    });
  });

  describe('count (the histogram pass), with and without SIMD', () => {
    // The SIMD loop bins four values at once; every value must land in the scalar loop's bin, with the same
    // code, the same counts and the same sum, for any length (the scalar loop takes the tail).
    const modes = simdSupported() ? [true, false] : [false];
    const odd = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1e300, 1e300, 89.999, 90];
    function binned(simd: boolean, cell: number[]) {
      const memory = new WebAssembly.Memory({ initial: 2 });
      const values = new Float64Array(memory.buffer, 0, cell.length);
      values.set(cell);
      const [codesAt, countsAt] = [4096, 8192];
      const sum = instantiateHistogramLoops(memory, simd).count(
        0,
        cell.length,
        codesAt,
        countsAt,
        90,
        BINS / 25,
      );
      return {
        sum,
        codes: Array.from(new Uint16Array(memory.buffer, codesAt, cell.length)),
        counts: Array.from(new Int32Array(memory.buffer, countsAt, BINS)),
      };
    }
    it('bins every value as the scalar loop does', () => {
      let seed = 11;
      const next = () => {
        seed = (seed * 16807) % 2147483647;
        return seed / 2147483647;
      };
      for (let length = 0; length <= 23; length++) {
        const cell = Array.from({ length }, () =>
          next() < 0.2 ? odd[Math.floor(next() * odd.length)]! : 85 + 35 * next(),
        );
        const results = modes.map((simd) => binned(simd, cell));
        for (const r of results.slice(1)) expect(r, `length ${length}`).toEqual(results[0]);
        // The bins themselves, against plain arithmetic: clamp(trunc((v − 90)·BINS/25), 0, BINS − 1), NaN → 0.
        const expected = cell.map((v) => {
          const b = Math.trunc((v - 90) * (BINS / 25));
          return Number.isNaN(b) ? 0 : Math.min(BINS - 1, Math.max(0, b));
        });
        expect(results[0]!.codes, `length ${length}`).toEqual(expected);
      }
    });
  });

  it('extent: the smallest and largest value as the JavaScript loop it replaced found them', () => {
    const memory = new WebAssembly.Memory({ initial: 1 });
    const loops = instantiateHistogramLoops(memory);
    const jsExtent = (cell: number[]) => {
      let [low, high] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
      for (const v of cell) {
        if (v < low) low = v;
        if (v > high) high = v;
      }
      return [low, high];
    };
    const cells = [
      [],
      [3],
      [Number.NaN, 2, Number.NaN],
      [Number.NaN],
      [-0, 0],
      [0, -0, 5],
      [7, 7, 7],
      [1, -1e300, 1e300],
    ];
    for (const cell of cells) {
      new Float64Array(memory.buffer, 0, cell.length).set(cell);
      loops.extent(0, cell.length, 4096);
      const got = Array.from(new Float64Array(memory.buffer, 4096, 2));
      const want = jsExtent(cell);
      expect(
        got.map((v) => (Object.is(v, -0) ? '-0' : v)),
        JSON.stringify(cell),
      ).toEqual(want.map((v) => (Object.is(v, -0) ? '-0' : v)));
    }
  });
});
