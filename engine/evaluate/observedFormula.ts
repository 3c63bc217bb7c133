// A derived formula's value in one year from observed values alone, where the formula is arithmetic of
// indicators: + − × ÷, numbers and prev(). That is the indicator's definition, so the value is observed too
// (拥有企业数较2020年增长 = 净增 ÷ (存量 − 净增) once 注册企业数 is entered). A formula that reads a parameter,
// `year`, `t`, a condition or any function but prev() is a model, not a definition: it gives nothing here.
import type { Arithmetic } from '../check/formulaArithmetic.ts';
import { formulaArithmetic } from '../check/formulaShape.ts';

/** An indicator's observed value in a year, or undefined. */
export type ObservedValue = (id: string, year: number) => number | undefined;

/**
 * The formula's value in `year`, NaN when an indicator it reads is not observed there, or null when the formula
 * is not arithmetic of indicators (`isIndicator` tells which names are).
 */
export function observedFormula(
  source: string,
  year: number,
  read: ObservedValue,
  isIndicator: (name: string) => boolean,
): number | null {
  const root = formulaArithmetic(source);
  if (root === null || !readsIndicatorsOnly(root, isIndicator)) return null;
  return valueAt(root, year, read);
}

function readsIndicatorsOnly(a: Arithmetic, isIndicator: (name: string) => boolean): boolean {
  if (typeof a === 'number') return true;
  if (typeof a === 'string') return isIndicator(a);
  return a.slice(1).every((x) => readsIndicatorsOnly(x as Arithmetic, isIndicator));
}

function valueAt(a: Arithmetic, year: number, read: ObservedValue): number {
  if (typeof a === 'number') return a;
  if (typeof a === 'string') return read(a, year) ?? Number.NaN;
  switch (a[0]) {
    case 'prev':
      return valueAt(a[1], year - 1, read);
    case 'neg':
      return -valueAt(a[1], year, read);
    case '+':
      return valueAt(a[1], year, read) + valueAt(a[2], year, read);
    case '-':
      return valueAt(a[1], year, read) - valueAt(a[2], year, read);
    case '*':
      return valueAt(a[1], year, read) * valueAt(a[2], year, read);
    case '/':
      return valueAt(a[1], year, read) / valueAt(a[2], year, read);
  }
}
