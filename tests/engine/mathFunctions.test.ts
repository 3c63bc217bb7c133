// The engine's own exp, log, log10, pow (fdlibm in WebAssembly, engine/compile/wasm/mathFunctions.ts) against
// the host's Math and a 120-digit mathjs BigNumber, to a stated bound: at most 1 ulp from Math and from the
// exact result, over ranges and every edge case (±0, negatives, subnormals, ±∞, NaN, huge exponents).
// Special values must match Math exactly (NaN where Math gives NaN).
import fc from 'fast-check';
import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { encodeModule } from '../../engine/compile/wasm/encodeModule.ts';
import { MATH_FUNCTIONS, mathFunctions } from '../../engine/compile/wasm/mathFunctions.ts';

const module = new WebAssembly.Module(
  encodeModule({ memory: { module: 'env', name: 'memory' }, imports: [], functions: mathFunctions(0, true) }),
);
const ours = new WebAssembly.Instance(module, { env: { memory: new WebAssembly.Memory({ initial: 1 }) } })
  .exports as Record<string, (...a: number[]) => number>;

const REFERENCE: Record<string, (...a: number[]) => number> = {
  exp: Math.exp,
  log: Math.log,
  log10: Math.log10,
  pow: Math.pow,
  sign: Math.sign,
  round: (x) => (x < 0 ? -Math.round(-x) : Math.round(x)),
  mod: (x, y) => (y === 0 ? x : x - y * Math.floor(x / y)),
};

const bits = new BigInt64Array(2);
const doubles = new Float64Array(bits.buffer);
/** Distance in units in the last place (0 for two NaNs; Infinity when only one is NaN). */
function ulps(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  if (a === b) return Object.is(a, b) ? 0 : 1; // +0 vs −0 counts as one step
  doubles[0] = a;
  doubles[1] = b;
  if (a < 0 !== b < 0) return Infinity;
  const d = bits[0]! - bits[1]!;
  return Number(d < 0n ? -d : d);
}

const EDGES = [
  0,
  -0,
  1,
  -1,
  2,
  -2,
  0.5,
  -0.5,
  3,
  -3,
  10,
  1e10,
  -1e10,
  2 ** 31,
  2 ** 53,
  2 ** 64,
  1e300,
  -1e300,
  Infinity,
  -Infinity,
  Number.NaN,
  5e-324,
  -5e-324,
  2.2250738585072014e-308,
  1e-310,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  1.0000000000000002,
  0.9999999999999999,
  709.782712893384,
  709.79,
  -745.13321910194,
  -745.2,
  1024,
  -1075,
  0.1,
];

const big = create(all!, { number: 'BigNumber', precision: 120 });
const exact = (x: number, y: number) =>
  Number(big.pow(big.bignumber(x.toPrecision(100)), big.bignumber(y.toPrecision(100))).toString());

const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

describe('the engine math functions (WebAssembly)', () => {
  it('match Math on every pair of edge cases, NaN and infinities exactly', () => {
    for (const fn of MATH_FUNCTIONS) {
      const two = fn === 'pow' || fn === 'mod';
      for (const x of EDGES)
        for (const y of two ? EDGES : [0]) {
          const got = ours[fn]!(x, y);
          const want = REFERENCE[fn]!(x, y);
          const bound = Number.isFinite(want) && want !== 0 ? 1 : 0;
          expect(ulps(got, want), `${fn}(${x}, ${y}) = ${got}, Math: ${want}`).toBeLessThanOrEqual(bound);
        }
    }
  });

  it('exp, log and log10 are within 1 ulp of Math over their whole range', () => {
    fc.assert(
      fc.property(finite(-746, 710), (x) => ulps(ours.exp!(x), Math.exp(x)) <= 1),
      { numRuns: 20_000, seed: 1 },
    );
    fc.assert(
      fc.property(fc.double({ min: 0, noNaN: true }), (x) => {
        return ulps(ours.log!(x), Math.log(x)) <= 1 && ulps(ours.log10!(x), Math.log10(x)) <= 1;
      }),
      { numRuns: 20_000, seed: 2 },
    );
    for (let k = 0; k <= 22; k++) expect(ours.log10!(10 ** k)).toBe(k);
  });

  it('pow is within 1 ulp of Math.pow, negative bases and integer exponents included', () => {
    fc.assert(
      fc.property(finite(-1e6, 1e6), finite(-400, 400), (x, y) => ulps(ours.pow!(x, y), x ** y) <= 1),
      { numRuns: 20_000, seed: 3 },
    );
    fc.assert(
      fc.property(
        finite(-3, 3),
        fc.integer({ min: -60, max: 60 }),
        (x, y) => ulps(ours.pow!(x, y), x ** y) <= 1,
      ),
      { numRuns: 20_000, seed: 4 },
    );
    // growth factors as the plans use them: (1 + g) ** t
    fc.assert(
      fc.property(finite(-0.5, 0.5), finite(0, 40), (g, t) => ulps(ours.pow!(1 + g, t), (1 + g) ** t) <= 1),
      { numRuns: 20_000, seed: 5 },
    );
  });

  it('pow is within 1 ulp of the exact result (120-digit BigNumber)', () => {
    fc.assert(
      fc.property(finite(1e-3, 50), finite(-60, 60), (x, y) => ulps(ours.pow!(x, y), exact(x, y)) <= 1),
      { numRuns: 500, seed: 6 },
    );
  });

  it('round, sign and mod are exact', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (x, y) => {
        return (
          Object.is(ours.round!(x), REFERENCE.round!(x)) &&
          Object.is(ours.sign!(x), Math.sign(x)) &&
          Object.is(ours.mod!(x, y), REFERENCE.mod!(x, y))
        );
      }),
      { numRuns: 20_000, seed: 7 },
    );
  });
});
