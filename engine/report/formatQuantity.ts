// Numbers for plain-text analytics tables (CLI, Markdown report): values in their unit as the plan writes
// it (亿元 stays 亿元 in English too), rates and ratios as percentages. Built on the one formatter module,
// formatValue.ts, so both agree on which units are fractions (isPercentUnit) and on rounding.
import { fixed, isPercentUnit, percentSuffix } from './formatValue.ts';
import type { Lang } from './lang.ts';

export type { Lang } from './lang.ts';

function digitsFor(a: number): number {
  return a >= 1000 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
}

/** A value in its unit: 607 亿元, 70.0%, 200 家, 7.5%/年. */
export function formatQuantity(v: number | null | undefined, unit: string, lang: Lang = 'zh'): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (isPercentUnit(unit))
    return `${fixed(v * 100, lang, Math.abs(v) < 0.1 ? 2 : 1)}${percentSuffix(unit.trim(), lang)}`;
  return `${fixed(v, lang, digitsFor(Math.abs(v)))} ${unit}`;
}

/** A bare number sized for reading. */
export function formatNumber(v: number | null | undefined, lang: Lang = 'zh'): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return fixed(v, lang, digitsFor(Math.abs(v)));
}

/** A fraction as a percentage: 0.0753 → 7.53%. */
export function formatPercent(v: number | null | undefined, digits = 1, lang: Lang = 'zh'): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return `${fixed(v * 100, lang, digits)}%`;
}

/** The unit of a cost summed over years: a lever's "万元/年" becomes "万元". */
export function totalCostUnit(unit: string): string {
  return unit.replace(/\s*\/\s*(年|yr|year|a)$/i, '');
}
