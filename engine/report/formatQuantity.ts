// Numbers for analytics tables and reports (plain text, no DOM): values in their unit (shares, stored as
// fractions with unit %, shown as percentages), rates and ratios as percentages.

export type Lang = 'zh' | 'en';

/** One formatter per (language, digits): creating an Intl.NumberFormat costs far more than using it. */
const formatters = new Map<string, Intl.NumberFormat>();

function fixed(v: number, digits: number, lang: Lang): string {
  const key = `${lang}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
      maximumFractionDigits: digits,
      minimumFractionDigits: 0,
      useGrouping: true,
    });
    formatters.set(key, f);
  }
  return f.format(v);
}

function digitsFor(a: number): number {
  return a >= 1000 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
}

export const isPercentUnit = (unit: string) => unit.trim() === '%' || unit.trim() === '％';

/** A value in its unit: 607 亿元, 70.0%, 200 家. */
export function formatQuantity(v: number | null | undefined, unit: string, lang: Lang = 'zh'): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (isPercentUnit(unit)) return `${fixed(v * 100, Math.abs(v) < 0.1 ? 2 : 1, lang)}%`;
  return `${fixed(v, digitsFor(Math.abs(v)), lang)} ${unit}`;
}

/** A bare number sized for reading. */
export function formatNumber(v: number | null | undefined, lang: Lang = 'zh'): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return fixed(v, digitsFor(Math.abs(v)), lang);
}

/** A fraction as a percentage: 0.0753 → 7.53%. */
export function formatPercent(v: number | null | undefined, digits = 1, lang: Lang = 'zh'): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return `${fixed(v * 100, digits, lang)}%`;
}

/** The unit of a cost summed over years: a lever's "万元/年" becomes "万元". */
export function totalCostUnit(unit: string): string {
  return unit.replace(/\s*\/\s*(年|yr|year|a)$/i, '');
}
