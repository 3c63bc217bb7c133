// A count indicator's tables built in WebAssembly (countTableLoops.ts) are, bit for bit and byte for byte, the
// tables the JavaScript they replaced built: written out below as the reference (countQuantile's recurrence
// with the engine's exp and pow, the guide's walk, the decided cells' bounds), for Poisson and negative
// binomial rows of small, middling and large means, and for a row too long for the room it is given.
import { describe, expect, it } from 'vitest';
import { instantiateCountLoops } from '../../engine/compile/wasm/countLookupModule.ts';
import { engineMath } from '../../engine/compile/wasm/engineMath.ts';

const memory = new WebAssembly.Memory({ initial: 64 });
const loops = instantiateCountLoops(memory);
const CDF = 1 << 16; // byte address of the CDF rows
const ROOM = 20_000; // entries

function reference(m: number, nb: boolean, d: number, room: number): number[] | null {
  const math = engineMath();
  const p0 = nb ? math.pow(d / (d + m), d) : math.exp(-m);
  if (p0 < 1e-300) return null;
  const q = nb ? m / (d + m) : 0;
  const cap = 50 + 20 * m * (nb ? 1 + m / d : 1);
  let k = 0;
  let p = p0;
  let F = p0;
  const cdf = [F];
  while (F < 1 && k < cap) {
    p *= nb ? ((k + d) * q) / (k + 1) : m / (k + 1);
    if (F + p === F && k > m) break;
    k++;
    if (k >= room) return null;
    F += p;
    cdf.push(F);
  }
  return cdf;
}

const rows: [string, number, boolean, number][] = [
  ['Poisson, mean 0.3', 0.3, false, Number.NaN],
  ['Poisson, mean 7.25', 7.25, false, Number.NaN],
  ['Poisson, mean 88', 88, false, Number.NaN],
  ['Poisson, mean 640', 640, false, Number.NaN],
  ['negative binomial, mean 12, dispersion 3', 12, true, 3],
  ['negative binomial, mean 150, dispersion 40', 150, true, 40],
];

describe('count tables built in WebAssembly', () => {
  it.each(rows)('%s: the same distribution function and guide', (_, m, nb, d) => {
    const want = reference(m, nb, d, ROOM)!;
    const last = loops.tabulate(CDF, m, nb ? 1 : 0, d, ROOM);
    expect(last).toBe(want.length - 1);
    const got = new Float64Array(memory.buffer, CDF, last + 1);
    expect(Array.from(got, (x) => x.toString(16))).toEqual(want.map((x) => x.toString(16)));
    const guide = new Int32Array(memory.buffer, 0, 32);
    loops.guide(guide.byteOffset, CDF, last);
    const wantGuide: number[] = [];
    let k = 0;
    for (let j = 0; j < 32; j++) {
      while (k < last && want[k]! < j / 32) k++;
      wantGuide.push(k);
    }
    expect(Array.from(guide)).toEqual(wantGuide);
  });

  it('refuses a row longer than its room, and a first probability that underflows', () => {
    expect(loops.tabulate(CDF, 88, 0, Number.NaN, 50)).toBe(-1);
    expect(reference(88, false, Number.NaN, 50)).toBeNull();
    expect(loops.tabulate(CDF, 800, 0, Number.NaN, ROOM)).toBe(-1); // e^−800 underflows
  });

  it.each([5, 8, 10])('decides the cells between two rows as before (J = 2^%i)', (logJ) => {
    const J = 1 << logJ;
    let decidedCells = 0;
    // neighbouring rows, as a build spaces them (Δ ≈ 2·√(range/n))
    for (const [m0, m1] of [
      [6, 6.1],
      [80, 80.3],
      [0.2, 0.25],
    ] as const) {
      const a = reference(m0, false, Number.NaN, ROOM)!;
      const b = reference(m1, false, Number.NaN, ROOM)!;
      const at = CDF;
      const bt = CDF + 8 * a.length;
      loops.tabulate(at, m0, 0, Number.NaN, ROOM);
      loops.tabulate(bt, m1, 0, Number.NaN, ROOM);
      const last = Math.min(a.length - 1, b.length - 1, 254);
      const cells = new Uint8Array(memory.buffer, 4096, J);
      cells.fill(7); // whatever a reused table held
      loops.decideRow(cells.byteOffset, at, bt, last, J);
      const want = new Uint8Array(J).fill(255);
      for (let k = 0; k <= last; k++) {
        const below = (k === 0 ? 0 : a[k - 1]!) + 1e-9;
        const upTo = Math.min(a[k]!, b[k]!);
        const from = Math.floor(below * J) + 1;
        const to = Math.floor((upTo - 1e-9) * J);
        if (from < to) want.fill(k, from, to);
        if (upTo >= 1) break;
      }
      expect(Array.from(cells)).toEqual(Array.from(want));
      decidedCells += want.filter((c) => c !== 255).length;
    }
    expect(decidedCells).toBeGreaterThan(0); // the comparison covers decided cells, not only undecided ones
  });
});
