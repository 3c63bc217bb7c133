// The expression IR between a checked formula and a compiled kernel: one value per path, built from numbers,
// the kernel's inputs, `year`, `t` and the indicator's noise. Operations follow mathjs on numbers: a
// comparison gives 1 or 0, a condition holds when its value is neither 0 nor NaN, round halves away from
// zero, mod is floored. One difference, documented in docs/plan-format.md: comparisons are exact, where
// mathjs treats numbers within a relative 1e-12 as equal. The same IR compiles to scalar and SIMD code
// that agree bit for bit.

/** Functions WebAssembly lacks, compiled with the engine (compile/wasm/mathFunctions.ts): round halves away
 * from zero and mod is floored (x mod 0 = x), as mathjs computes them on numbers. */
export type MathFn = 'exp' | 'log' | 'log10' | 'pow' | 'round' | 'sign' | 'mod';

export type Expr =
  | { op: 'num'; value: number }
  /** Input k of the kernel at path i. */
  | { op: 'input'; k: number }
  | { op: 'year' }
  | { op: 't' }
  /** The indicator's shock for path i: macroCoef·macro[i] + ownCoef·own[i]. */
  | { op: 'noise' }
  | { op: 'neg' | 'abs' | 'sqrt' | 'floor' | 'ceil' | 'not'; a: Expr }
  | {
      op:
        | 'add'
        | 'sub'
        | 'mul'
        | 'div'
        | 'min'
        | 'max'
        | 'lt'
        | 'gt'
        | 'le'
        | 'ge'
        | 'eq'
        | 'ne'
        | 'and'
        | 'or';
      a: Expr;
      b: Expr;
    }
  | { op: 'if'; c: Expr; t: Expr; f: Expr }
  | { op: 'call'; fn: MathFn; args: Expr[] };
