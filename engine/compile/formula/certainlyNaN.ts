// Whether an expression is NaN on every path whatever the other inputs hold, given which inputs are NaN on
// every path: the proof that lets a run skip the rows of indicators awaiting a base (unknownSlots.ts).
// Conservative: "false" means "not proved", never "finite". Each rule is the compiled kernel's behaviour,
// not mathjs's: arithmetic, min and max (WebAssembly's f64.min/max and their SIMD forms pass NaN on) and the
// engine's own functions (mathFunctions.ts; tests/engine/certainlyNaN.test.ts checks every claim on them).
// A comparison or a logical operator gives 0 or 1 whatever its operands, and a condition picks a branch,
// so those carry NaN only where both branches do.
import type { Expr, MathFn } from './Expr.ts';

/** Functions that give NaN whenever their one argument is NaN. */
const STRICT_UNARY: ReadonlySet<MathFn> = new Set(['exp', 'log', 'log10', 'round', 'sign']);

export function certainlyNaN(e: Expr, nanInput: (k: number) => boolean): boolean {
  const nan = (x: Expr) => certainlyNaN(x, nanInput);
  switch (e.op) {
    case 'num':
      return Number.isNaN(e.value);
    case 'input':
      return nanInput(e.k);
    case 'year':
    case 't':
    case 'noise':
      return false;
    case 'neg':
    case 'abs':
    case 'sqrt':
    case 'floor':
    case 'ceil':
      return nan(e.a);
    case 'not':
    case 'lt':
    case 'gt':
    case 'le':
    case 'ge':
    case 'eq':
    case 'ne':
    case 'and':
    case 'or':
      return false;
    case 'if':
      return nan(e.t) && nan(e.f);
    case 'call':
      return callIsNaN(e.fn, e.args, nan);
    default:
      // add, sub, mul, div, min, max
      return nan(e.a) || nan(e.b);
  }
}

function callIsNaN(fn: MathFn, args: Expr[], nan: (x: Expr) => boolean): boolean {
  if (STRICT_UNARY.has(fn)) return args.length === 1 && nan(args[0]!);
  if (fn === 'mod') return args.some(nan);
  // pow(x, NaN) is NaN for every x; pow(NaN, y) too, except pow(NaN, 0) = 1: only a literal y ≠ 0 proves it.
  const [x, y] = args;
  if (fn === 'pow' && x && y) return nan(y) || (nan(x) && y.op === 'num' && y.value !== 0);
  return false;
}
