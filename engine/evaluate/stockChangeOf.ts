// A flow that is the yearly change of a stock, `x - prev(x)`: its running sum since the base is the stock less
// its base value, known from two observations however many years lie between them.
import { formulaArithmetic } from '../check/formulaShape.ts';

/** The indicator `x` when a flow is `x - prev(x)`; otherwise null. */
export function stockChangeOf(source: string): string | null {
  const a = formulaArithmetic(source);
  if (!Array.isArray(a) || a[0] !== '-') return null;
  const [, x, p] = a;
  return typeof x === 'string' && Array.isArray(p) && p[0] === 'prev' && p[1] === x ? x : null;
}
