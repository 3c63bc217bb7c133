// The expression IR between a checked formula and a compiled kernel: one value per path, built from numbers,
// the kernel's inputs, `year`, `t` and the indicator's noise. Operations follow mathjs on numbers: a
// comparison gives 1 or 0, a condition holds when its value is neither 0 nor NaN, round halves away from
// zero, mod is floored. One difference, documented in docs/plan-format.md: comparisons are exact, where
// mathjs treats numbers within a relative 1e-12 as equal. The same IR compiles to scalar and SIMD code
// that agree bit for bit.

/** Functions taken from JavaScript's Math rather than computed in WebAssembly. */
export type MathImport = 'exp' | 'log' | 'log10' | 'pow' | 'round' | 'sign' | 'mod';

/** As mathjs computes them on numbers: round halves away from zero, mod is floored (x mod 0 = x). */
export const MATH_IMPORTS: Record<MathImport, (...x: number[]) => number> = {
  exp: Math.exp,
  log: Math.log,
  log10: Math.log10,
  pow: Math.pow,
  round: (x: number) => (x < 0 ? -Math.round(-x) : Math.round(x)),
  sign: Math.sign,
  mod: (x: number, y: number) => (y === 0 ? x : x - y * Math.floor(x / y)),
};

/** Number of arguments of each imported function. */
export const MATH_ARITY: Record<MathImport, 1 | 2> = {
  exp: 1,
  log: 1,
  log10: 1,
  pow: 2,
  round: 1,
  sign: 1,
  mod: 2,
};

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
  | { op: 'call'; fn: MathImport; args: Expr[] };

/** The imported functions an expression calls, in first-use order. */
export function mathImportsOf(e: Expr, into = new Set<MathImport>()): Set<MathImport> {
  switch (e.op) {
    case 'call':
      into.add(e.fn);
      for (const a of e.args) mathImportsOf(a, into);
      break;
    case 'if':
      mathImportsOf(e.c, into);
      mathImportsOf(e.t, into);
      mathImportsOf(e.f, into);
      break;
    default:
      if ('a' in e) mathImportsOf(e.a, into);
      if ('b' in e) mathImportsOf(e.b, into);
  }
  return into;
}
