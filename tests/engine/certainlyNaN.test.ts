// certainlyNaN claims an expression is NaN on every path whenever some inputs are. Each claim is checked
// against the compiled kernel itself (SIMD and scalar loops), on random expressions over every operation of
// the IR, and the engine's functions are checked for the NaN behaviour the rules rely on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certainlyNaN } from '../../engine/compile/formula/certainlyNaN.ts';
import type { Expr, MathFn } from '../../engine/compile/formula/Expr.ts';
import { encodeModule } from '../../engine/compile/wasm/encodeModule.ts';
import { instantiateKernels, kernelModule } from '../../engine/compile/wasm/kernelModule.ts';
import { mathFunctions } from '../../engine/compile/wasm/mathFunctions.ts';
import { simdSupported } from '../../engine/compile/wasm/simdSupported.ts';

const fns = new WebAssembly.Instance(
  new WebAssembly.Module(
    encodeModule({
      memory: { module: 'env', name: 'memory' },
      imports: [],
      functions: mathFunctions(0, true),
    }),
  ),
  { env: { memory: new WebAssembly.Memory({ initial: 0 }) } },
).exports as unknown as Record<MathFn, (...xs: number[]) => number>;

const OTHERS = [0, -0, 1, -1, 0.5, 2.5, -3, 1e308, -1e-308, Infinity, -Infinity];

describe("the engine's functions on NaN", () => {
  it.each(['exp', 'log', 'log10', 'round', 'sign'] as const)('%s(NaN) is NaN', (fn) => {
    expect(fns[fn](Number.NaN)).toBeNaN();
  });
  it('mod is NaN when either side is', () => {
    for (const x of OTHERS) {
      expect(fns.mod(Number.NaN, x)).toBeNaN();
      expect(fns.mod(x, Number.NaN)).toBeNaN();
    }
  });
  it('pow(x, NaN) is NaN for every x; pow(NaN, y) for every y but 0', () => {
    for (const x of [...OTHERS, Number.NaN]) expect(fns.pow(x, Number.NaN)).toBeNaN();
    for (const y of OTHERS.filter((y) => y !== 0)) expect(fns.pow(Number.NaN, y)).toBeNaN();
    expect(fns.pow(Number.NaN, 0)).toBe(1); // why only a literal non-zero exponent proves it
  });
});

// Input 0 is NaN on every path; inputs 1 and 2 hold other values, different on each path.
const N_PATHS = 5;
const INPUTS = 3;
const leaf: fc.Arbitrary<Expr> = fc.oneof(
  fc.constantFrom(0, 1, -1, 0.5, 2, Number.NaN).map((value): Expr => ({ op: 'num', value })),
  fc.integer({ min: 0, max: INPUTS - 1 }).map((k): Expr => ({ op: 'input', k })),
  fc.constantFrom<Expr>({ op: 'input', k: 0 }, { op: 'year' }, { op: 't' }, { op: 'noise' }),
);
const { expr: exprArb } = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(fc.constantFrom('neg', 'abs', 'sqrt', 'floor', 'ceil', 'not'), tie('expr'))
      .map(([op, a]) => ({ op, a }) as Expr),
    fc
      .tuple(
        fc.constantFrom(
          'add',
          'sub',
          'mul',
          'div',
          'min',
          'max',
          'lt',
          'gt',
          'le',
          'ge',
          'eq',
          'ne',
          'and',
          'or',
        ),
        tie('expr'),
        tie('expr'),
      )
      .map(([op, a, b]) => ({ op, a, b }) as Expr),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([c, t, f]): Expr => ({ op: 'if', c, t, f })),
    fc
      .tuple(fc.constantFrom<MathFn>('exp', 'log', 'log10', 'round', 'sign'), tie('expr'))
      .map(([fn, a]): Expr => ({ op: 'call', fn, args: [a] })),
    fc
      .tuple(fc.constantFrom<MathFn>('pow', 'mod'), tie('expr'), tie('expr'))
      .map(([fn, a, b]): Expr => ({ op: 'call', fn, args: [a, b] })),
  ),
}));

/** The kernel's value of e on every path: input 0 NaN, inputs 1 and 2 from `others`, noise from `noise`. */
function kernelValues(e: Expr, simd: boolean, others: number[], noise: number[]): number[] {
  const inputs = Array.from({ length: INPUTS }, (_, k) => ({ kind: 'parameter' as const, id: `p${k}` }));
  const km = kernelModule([{ expr: e, inputs }], simd);
  const memory = new WebAssembly.Memory({ initial: 1 });
  const [fn] = instantiateKernels(km, memory, 1);
  const frame = new Int32Array(memory.buffer, 0, 3 + INPUTS);
  const out = new Float64Array(memory.buffer, 1024, N_PATHS);
  const noiseRow = new Float32Array(memory.buffer, 512, N_PATHS);
  noiseRow.set(noise);
  frame[0] = out.byteOffset;
  frame[1] = noiseRow.byteOffset;
  frame[2] = noiseRow.byteOffset;
  for (let k = 0; k < INPUTS; k++) {
    const row = new Float64Array(memory.buffer, 2048 + 256 * k, N_PATHS);
    for (let i = 0; i < N_PATHS; i++) row[i] = k === 0 ? Number.NaN : others[(k - 1) * N_PATHS + i]!;
    frame[3 + k] = row.byteOffset;
  }
  fn!(N_PATHS, 0, 0.3, 0.4, 2030, 10);
  return Array.from(out);
}

const modes = simdSupported() ? [true, false] : [false];

describe.each(modes)('certainlyNaN against the kernel (SIMD %s)', (simd) => {
  it('every expression it proves NaN is NaN on every path', () => {
    let proved = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        exprArb,
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
          minLength: 2 * N_PATHS,
          maxLength: 2 * N_PATHS,
        }),
        fc.array(fc.float({ min: -3, max: 3, noNaN: true }), { minLength: N_PATHS, maxLength: N_PATHS }),
        (e, others, noise) => {
          runs++;
          if (!certainlyNaN(e, (k) => k === 0)) return;
          proved++;
          for (const v of kernelValues(e, simd, others, noise)) expect(v).toBeNaN();
        },
      ),
      { seed: 20261129, numRuns: 400 },
    );
    // Not vacuous: a good share of the random expressions were proved NaN and checked.
    expect(proved).toBeGreaterThan(runs / 8); // 76 of 400 at this seed
  });

  it.each([
    ['a comparison gives 0 or 1', { op: 'gt', a: { op: 'input', k: 0 }, b: { op: 'num', value: 1 } }],
    [
      'a condition picks its finite branch',
      { op: 'if', c: { op: 'input', k: 0 }, t: { op: 'input', k: 0 }, f: { op: 'num', value: 2 } },
    ],
    [
      'pow(NaN, 0) is 1',
      {
        op: 'call',
        fn: 'pow',
        args: [
          { op: 'input', k: 0 },
          { op: 'num', value: 0 },
        ],
      },
    ],
  ] as [string, Expr][])('not proved, and not NaN: %s', (_, e) => {
    expect(certainlyNaN(e, (k) => k === 0)).toBe(false);
    expect(
      kernelValues(e, simd, Array(2 * N_PATHS).fill(1), Array(N_PATHS).fill(0)).some(Number.isFinite),
    ).toBe(true);
  });
});
