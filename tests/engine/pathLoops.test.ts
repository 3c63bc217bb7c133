// The per-path loops of a year step in WebAssembly (pathLoops.ts) give, bit for bit, what the JavaScript they
// replaced gave: written out below as the reference, over values that include NaN, ±∞, −0 and the edges
// of each test, on an odd number of paths.
import { describe, expect, it } from 'vitest';
import { instantiatePathLoops } from '../../engine/compile/wasm/pathLoops.ts';

const n = 37;
const memory = new WebAssembly.Memory({ initial: 1 });
const loops = instantiatePathLoops(memory);
let next = 0;
/** A row of n doubles in the loops' memory. */
function row(fill: (i: number) => number): Float64Array {
  const r = new Float64Array(memory.buffer, next, n);
  next += 8 * n;
  for (let i = 0; i < n; i++) r[i] = fill(i);
  return r;
}
const specials = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1,
  -1,
  0.5,
  1e-300,
  3.7,
];
const pick = (i: number, k: number) => specials[(i * 7 + k * 3) % specials.length]!;
const bits = (v: Float64Array) => Array.from(new BigUint64Array(v.slice().buffer));

describe('path loops (WebAssembly) against the JavaScript they replaced', () => {
  it('affine: mean + sd · z, z float32', () => {
    next = 0;
    const zs = new Float32Array(memory.buffer, 8 * 4 * n, n);
    for (let i = 0; i < n; i++) zs[i] = i % 5 === 0 ? pick(i, 1) : Math.fround(Math.sin(i) * 3);
    const out = row(() => 0);
    for (const [mean, sd] of [
      [0.05, 0.01],
      [-2, 3.5],
      [0, -0.25],
      [Number.NaN, 1],
    ] as const) {
      loops.affine(n, out.byteOffset, zs.byteOffset, mean, sd);
      const want = Float64Array.from(zs, (z) => mean + sd * z);
      expect(bits(out)).toEqual(bits(want));
    }
  });

  it('event: stays 1 once happened; NaN where the hazard or last year is NaN; else u < p', () => {
    next = 0;
    const last = row((i) => pick(i, 0));
    const u = row((i) => (i % 3 === 0 ? 0.5 : (i * 0.37) % 1));
    // u = p on some paths: no event there (u must fall below p)
    const p = row((i) => (i % 4 === 0 ? pick(i, 2) : i % 5 === 1 ? u[i]! : (i * 0.61) % 1));
    const out = row(() => 42);
    loops.event(n, out.byteOffset, last.byteOffset, u.byteOffset, p.byteOffset);
    const want = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const l = last[i]!;
      want[i] = l >= 1 ? 1 : Number.isNaN(p[i]!) || Number.isNaN(l) ? Number.NaN : u[i]! < p[i]! ? 1 : 0;
    }
    expect(bits(out)).toEqual(bits(want));
    expect(new Set(want).size).toBeGreaterThanOrEqual(3); // 0, 1 and NaN all occur
  });

  it("a cohort's year: early exits, the expired block renewed, the ages added in order", () => {
    next = 0;
    const life = 4;
    const ring = new Float64Array(memory.buffer, 0, life * n);
    for (let k = 0; k < life * n; k++) ring[k] = k % 11 === 0 ? pick(k, 3) : 10 + (k % 13) * 0.3;
    next = 8 * life * n;
    const exit = row((i) => (i % 6 === 0 ? pick(i, 4) : 0.05 * (i % 3)));
    const inflow = row((i) => (i % 8 === 0 ? pick(i, 5) : 2 + i * 0.1));
    const renewal = row((i) => (i % 9 === 0 ? pick(i, 6) : 0.5));
    const out = row(() => 0);
    const ref = ring.slice();
    const head = 1;
    const oldest = (head + life - 1) % life;
    for (let a = 0; a < life - 1; a++) {
      const block = ((head + a) % life) * n;
      for (let i = 0; i < n; i++) ref[block + i]! *= 1 - exit[i]!;
      loops.leave(n, ring.byteOffset + 8 * block, exit.byteOffset);
    }
    for (let i = 0; i < n; i++) ref[oldest * n + i] = inflow[i]! + ref[oldest * n + i]! * renewal[i]!;
    loops.renew(n, ring.byteOffset + 8 * oldest * n, inflow.byteOffset, renewal.byteOffset);
    expect(bits(ring)).toEqual(bits(ref));
    const want = new Float64Array(n);
    for (let a = 0; a < life; a++) for (let i = 0; i < n; i++) want[i]! += ref[a * n + i]!;
    loops.total(n, out.byteOffset, ring.byteOffset, life);
    expect(bits(out)).toEqual(bits(want));
  });

  it("axpy: a modifier's share added to a parameter's effective value", () => {
    next = 0;
    const x = row((i) => (i % 4 === 0 ? pick(i, 7) : Math.cos(i) * 0.02));
    const out = row((i) => (i % 5 === 0 ? pick(i, 8) : 0.05 + i * 1e-3));
    for (const a of [0.5, -1, 1e-3, 3]) {
      const want = out.slice();
      for (let i = 0; i < n; i++) want[i]! += a * x[i]!;
      loops.axpy(n, out.byteOffset, a, x.byteOffset);
      expect(bits(out), `a = ${a}`).toEqual(bits(want));
    }
  });

  it("scale: a re-anchored indicator's values times its carried ratio", () => {
    next = 0;
    const by = row((i) => (i % 3 === 0 ? pick(i, 9) : 1 + Math.sin(i) * 0.1));
    const out = row((i) => (i % 5 === 0 ? pick(i, 10) : 100 + i));
    const want = out.slice();
    for (let i = 0; i < n; i++) want[i]! *= by[i]!;
    loops.scale(n, out.byteOffset, by.byteOffset);
    expect(bits(out)).toEqual(bits(want));
  });
});
