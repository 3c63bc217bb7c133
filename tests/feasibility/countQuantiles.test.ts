// The batched count draws (tabulated CDFs read in WebAssembly) against countQuantile, path by path: the same
// counts, and the same common-random-numbers property (a higher mean never gives a lower count on the same
// uniform), in every regime the batch switches between — read from the tables, inverted directly in
// WebAssembly when the tables disagree, and left to countQuantile (mean 0, unknown, or so large it uses its
// normal approximation). Seeded; exact equality is expected (the two differ only for a uniform within
// ~1e-16 of a step of the CDF).
import { describe, expect, it } from 'vitest';
import { simdSupported } from '../../engine/compile/wasm/simdSupported.ts';
import { CountScratch } from '../../engine/random/CountScratch.ts';
import { countQuantile } from '../../engine/random/countQuantile.ts';
import { countQuantiles } from '../../engine/random/countQuantiles.ts';

/** A small seeded generator (mulberry32) for test inputs. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
}

const n = 4000;
const cases: [string, number, number, number | undefined][] = [
  ['Poisson, means 0.2–0.4', 0.2, 0.4, undefined],
  ['Poisson, means 1–3', 1, 3, undefined],
  ['Poisson, means 27–54', 27, 54, undefined],
  [
    'Poisson, means 100–300 (coarse rows: most paths settled along the line between two rows)',
    100,
    300,
    undefined,
  ],
  ['Poisson, means 300–650 (coarse rows: many direct inversions)', 300, 650, undefined],
  ['Poisson, one mean for every path', 5, 5, undefined],
  ['negative binomial, dispersion 4, means 5–15', 5, 15, 4],
  ['negative binomial, dispersion 0.5, means 0.1–2', 0.1, 2, 0.5],
];

/** Means uniform in [lo, hi] written into `mean`; returns a uniform draw per path. */
function fillRow(mean: Float64Array, lo: number, hi: number, random: () => number): Float64Array {
  const u = new Float64Array(mean.length);
  for (let i = 0; i < mean.length; i++) {
    u[i] = random();
    mean[i] = lo + (hi - lo) * random();
  }
  return u;
}

describe('countQuantiles', () => {
  it.each(cases)('gives countQuantile’s counts: %s', (_, lo, hi, dispersion) => {
    const { scratch, mean, out } = CountScratch.alone(n);
    const u = fillRow(mean, lo, hi, rng(Math.round(lo * 1000 + hi)));
    // Paths the tables never serve: no mean, a zero mean, a mean beyond the normal approximation's switch,
    // an unknown draw.
    mean[0] = Number.NaN;
    mean[1] = 0;
    mean[2] = 2000;
    u[3] = Number.NaN;
    countQuantiles(scratch, out, 0, u, mean, n, dispersion);
    const expected = Array.from(u, (v, i) => countQuantile(v, mean[i]!, dispersion));
    expect(Array.from(out)).toEqual(expected);
  });

  // The decided pass reads two paths at a time with SIMD, the odd last one alone: an odd row, both loops.
  const modes = simdSupported() ? [true, false] : [false];
  it.each(cases.flatMap((c) => modes.map((simd) => [...c, simd] as const)))(
    'the decided pass, SIMD or not, leaves countQuantile’s counts on an odd row: %s (SIMD %s)',
    (_, lo, hi, dispersion, simd) => {
      const odd = 3001;
      const { scratch, mean, out } = CountScratch.alone(odd, 1, simd);
      const u = fillRow(mean, lo, hi, rng(Math.round(lo * 977 + hi)));
      // Outside the tables, in a pair and as the odd last path: listed, never read from a cell.
      mean[10] = Number.NaN;
      u[11] = Number.NaN;
      mean[12] = 2000;
      mean[odd - 1] = 2000;
      countQuantiles(scratch, out, 0, u, mean, odd, dispersion);
      expect(Array.from(out)).toEqual(Array.from(u, (v, i) => countQuantile(v, mean[i]!, dispersion)));
    },
  );

  it('keeps a set’s tables for the next row with the same bounds, and rebuilds them for other bounds or sizes', () => {
    const { scratch, mean, out } = CountScratch.alone(n, 2);
    const random = rng(42);
    const u = () => new Float64Array(n).map(() => random());
    const rowOfMeans = (lo: number, hi: number) => {
      for (let i = 0; i < n; i++) mean[i] = lo + (hi - lo) * random();
      mean[0] = lo;
      mean[1] = hi;
    };
    const check = (us: Float64Array, m = n) =>
      expect(Array.from(out.subarray(0, m))).toEqual(
        Array.from(us.subarray(0, m), (v, i) => countQuantile(v, mean[i]!)),
      );
    // A wide row (means 7.6–88): two neighbouring rows disagree on about a quarter of the paths, which the
    // line between them settles.
    rowOfMeans(7.58, 87.97);
    let us = u();
    countQuantiles(scratch, out, 0, us, mean, n, undefined, 1);
    check(us);
    const tables = scratch.sets[1]!;
    const cdf = tables.cdf.slice(0, 64);
    expect(tables.holds(7.58, 87.97, Number.NaN, n)).toBe(true);
    // Next year: new uniforms and other means inside the same bounds — the tables stay, the counts are right.
    tables.cdf[0] = -1; // a rebuild would overwrite this
    rowOfMeans(7.58, 87.97);
    us = u();
    countQuantiles(scratch, out, 0, us, mean, n, undefined, 1);
    expect(tables.cdf[0]).toBe(-1);
    tables.cdf[0] = cdf[0]!;
    check(us);
    // Other bounds, or a shorter row: rebuilt.
    rowOfMeans(7, 87.97);
    countQuantiles(scratch, out, 0, us, mean, n, undefined, 1);
    check(us);
    expect(tables.holds(7, 87.97, Number.NaN, n)).toBe(true);
    countQuantiles(scratch, out, 0, us, mean, n / 2, undefined, 1);
    check(us, n / 2);
    expect(tables.holds(7, 87.97, Number.NaN, n / 2)).toBe(true);
    expect(scratch.sets[0]!.valid).toBe(false); // the other set was never used
  });

  it('writes at an offset of the output row, leaving the rest alone', () => {
    const { scratch, mean, out } = CountScratch.alone(n);
    const m = n / 2;
    const u = new Float64Array(m).map((_, i) => (i + 0.5) / m);
    mean.fill(3, 0, m);
    out.fill(-1);
    countQuantiles(scratch, out, m, u, mean, m);
    expect(Array.from(out.subarray(0, m)).every((x) => x === -1)).toBe(true);
    expect(Array.from(out.subarray(m))).toEqual(Array.from(u, (v) => countQuantile(v, 3)));
  });

  it.each([
    ['Poisson, means up to 3 (rows read from decided cells)', undefined, 3],
    ['Poisson, means up to 60 (rows walked)', undefined, 60],
    ['negative binomial, means up to 3', 3, 3],
    ['negative binomial, means up to 60', 3, 60],
  ])(
    '%s: on the same uniforms, every path’s count rises with its mean (common random numbers)',
    (_, d, top) => {
      const { scratch, mean, out } = CountScratch.alone(n);
      const random = rng(11);
      const u = new Float64Array(n).map(() => random());
      const base = new Float64Array(n).map(() => 0.05 + top * random() ** 2);
      let before = new Float64Array(n);
      // Mean steps small and large, so paths cross table rows, the direct inversions and the tables' ends.
      for (const f of [1, 1.0001, 1.01, 1.3, 2, 2.0000001, 5, 11]) {
        for (let i = 0; i < n; i++) mean[i] = base[i]! * f;
        countQuantiles(scratch, out, 0, u, mean, n, d);
        for (let i = 0; i < n; i++) expect(out[i]!).toBeGreaterThanOrEqual(before[i]!);
        expect(Array.from(out)).toEqual(Array.from(u, (v, i) => countQuantile(v, mean[i]!, d)));
        before = out.slice();
      }
    },
  );

  it('settles most paths of a wide row in the decided pass: its cells hold between two neighbouring rows', () => {
    // The Yaohai plan's widest count row: means 7.6–88 over 10,000 paths. Cells that had to hold across four
    // rows (m_{g−1} … m_{g+2}) decided none of it, and every path walked its row (≈ 65 ns each).
    const paths = 10_000;
    const { scratch, mean, out } = CountScratch.alone(paths);
    const u = fillRow(mean, 7.58, 87.97, rng(5));
    countQuantiles(scratch, out, 0, u, mean, paths);
    expect(Array.from(out)).toEqual(Array.from(u, (v, i) => countQuantile(v, mean[i]!)));
    const { G, lo, hi, logJ, at } = scratch.sets[0]!;
    scratch.uRow.set(u);
    const undecided = scratch.loops.decided(
      paths,
      out.byteOffset,
      scratch.uRow.byteOffset,
      mean.byteOffset,
      at,
      G,
      lo,
      hi,
      G / (hi - lo),
      scratch.list.byteOffset,
      logJ,
    );
    // Between rows Δ ≈ 0.3 apart a step moves by p(k)·Δ, about a third of its width at the centre.
    expect(undecided / paths).toBeLessThan(0.6);
    expect(undecided / paths).toBeGreaterThan(0.2); // the tables are not so fine that nothing is left
  });

  it.each(modes)('bounds a row’s means in (0, top], with and without SIMD (simd: %s)', (simd) => {
    // A wrong bound would not show in the counts (a path outside the tables is inverted directly), so the
    // bounds are checked themselves: against a plain loop, for every row length 0–13 (the SIMD loop takes four
    // means a step, the scalar loop the rest) and with the extremes at each position.
    const top = 50;
    const random = rng(17);
    for (let paths = 0; paths <= 13; paths++) {
      const { scratch, mean } = CountScratch.alone(Math.max(paths, 1), 1, simd);
      for (let at = 0; at < Math.max(paths, 1); at++) {
        for (let i = 0; i < paths; i++) {
          const r = random();
          mean[i] = r < 0.1 ? Number.NaN : r < 0.15 ? 0 : r < 0.2 ? -3 : r < 0.25 ? 80 : 1 + 40 * random();
        }
        if (at < paths) mean[at] = 0.001 + at; // the lowest, or the highest when it is the last
        if (paths > 2) mean[paths - 1 - at] = top; // top itself is served
        let [lo, hi] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
        for (let i = 0; i < paths; i++) {
          const m = mean[i]!;
          if (m > 0 && m <= top) [lo, hi] = [Math.min(lo, m), Math.max(hi, m)];
        }
        scratch.loops.range(paths, mean.byteOffset, top, scratch.bounds.byteOffset);
        expect([scratch.bounds[0], scratch.bounds[1]], `${paths} means, extreme at ${at}`).toEqual([lo, hi]);
      }
    }
  });

  it('hands the lookup its paths in row order, each path once, in path order within a row', () => {
    const paths = 5000;
    const { scratch, mean, out } = CountScratch.alone(paths);
    const u = fillRow(mean, 7.58, 87.97, rng(9));
    mean[3] = Number.NaN; // a path outside the tables is listed too, and sorted into some row
    countQuantiles(scratch, out, 0, u, mean, paths);
    const { G, lo, hi, logJ, at } = scratch.sets[0]!;
    scratch.uRow.set(u);
    const scale = G / (hi - lo);
    const row = [out.byteOffset, scratch.uRow.byteOffset, mean.byteOffset, at, G, lo, hi, scale] as const;
    const count = scratch.loops.decided(paths, ...row, scratch.list.byteOffset, logJ);
    const listed = Array.from(scratch.list.subarray(0, count));
    scratch.loops.byRow(
      count,
      scratch.list.byteOffset,
      mean.byteOffset,
      lo,
      scale,
      G,
      scratch.rowCounts.byteOffset,
      scratch.sorted.byteOffset,
    );
    const sorted = Array.from(scratch.list.subarray(0, count));
    // As the decided pass clamps it: NaN → row 0 (a saturating truncation), below 0 or beyond → the last row.
    const rowOf = (p: number) => {
      const g = Math.trunc((mean[p]! - lo) * scale) || 0;
      return g < 0 || g > G - 1 ? G - 1 : g;
    };
    const expected = [...listed].sort((a, b) => rowOf(a) - rowOf(b) || a - b);
    expect(count).toBeGreaterThan(1000);
    expect(sorted).toEqual(expected);
  });
});
