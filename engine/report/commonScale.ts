// One unit, scale and number of decimals for figures read side by side: a comparison row's medians and their
// differences. formatValue picks a scale per figure (69,884 户 reads 6.99 万户, 9,665 户 stays in 户), so a row
// of 6.99 万户, 6.02 万户 and a difference of −9,665 户 could not be checked by subtraction (a director, N9).
// Here the row's largest figure picks the scale and the decimals, and every figure of the row is written so;
// the largest reads exactly as formatValue writes it (tests/report/commonScale.test.ts holds them together).
import { INDEX_UNIT } from '../plan/indexUnit.ts';
import {
  digitsFor,
  displayScale,
  fixed,
  formatPercentOf,
  formatRate,
  formatValue,
  isCountUnit,
  isPercentUnit,
  isYesNoUnit,
  TEN_THOUSAND_COUNTS,
  type UnitOf,
  unitLabel,
  unitText,
  withUnitEn,
} from './formatValue.ts';
import type { Lang } from './lang.ts';
import { wanMoneyScale } from './wanMoneyEn.ts';

export interface CommonScale {
  /** A figure of the row in the row's unit: "0.97 万户". */
  figure(value: number): string;
  /** The size of a difference between figures of the row (unsigned): in points for a share or a rate. */
  change(size: number): string;
  /**
   * The difference of two figures as the row shows them, `b` less `a`, in the unit: what a reader subtracting
   * the shown figures gets (255 家 and 165.5 家, shown 166, differ by 89, where −89.5 rounds to −90).
   */
  difference(b: number, a: number): number;
}

/**
 * The scale of a row of figures in `unit` (the run's `whole`, as formatValue takes it), from the largest of
 * `values` (figures and differences alike; not finite ones are ignored). `rate`: the figures are yearly rates,
 * written signed to a tenth of a point as formatRate writes them.
 */
export function commonScale(
  values: readonly number[],
  unitOf: UnitOf,
  lang: Lang,
  { whole, rate = false }: { whole?: boolean; rate?: boolean } = {},
): CommonScale {
  const unit = unitText(unitOf);
  const largest = Math.max(0, ...values.filter(Number.isFinite).map(Math.abs));
  // Each figure as written, read back: its digits at the row's scale (`factor`), rounded as the page rounds.
  const row = (factor: number, digits: number, figure: (v: number) => string, change = figure) => {
    const shown = (v: number) => Number(fixed(v * factor, lang, digits).replaceAll(',', ''));
    return { figure, change, difference: (b: number, a: number) => (shown(b) - shown(a)) / factor };
  };
  if (rate)
    return row(
      100,
      1,
      (v) => formatRate(v, lang),
      (v) => formatPercentOf(v, '百分点', lang, 1),
    );
  // An index or a yes/no milestone has a reading of its own and no scale to share: each figure as formatValue.
  if (unit === INDEX_UNIT || isYesNoUnit(unit)) {
    const each = (v: number) => formatValue(v, unit, lang, false, whole);
    return { figure: each, change: each, difference: (b, a) => b - a };
  }
  // A share × 100; its differences are points (个百分点), to the same decimals.
  if (isPercentUnit(unit)) {
    const digits = largest < 0.1 ? 2 : 1;
    return row(
      100,
      digits,
      (v) => formatPercentOf(v, unit, lang, digits),
      (v) => formatPercentOf(v, '百分点', lang, digits),
    );
  }
  let factor = 1;
  let digits = isCountUnit(unit) && whole !== false ? 0 : digitsFor(largest);
  let write = (n: string) => `${n} ${unit}`;
  if (lang === 'zh') {
    if (largest >= 10_000 && (TEN_THOUSAND_COUNTS.has(unit) || unit === '万元')) {
      factor = 1e-4;
      digits = 2;
      const shown = unit === '万元' ? '亿元' : `万${unit}`;
      write = (n) => `${n} ${shown}`;
    }
  } else {
    // Money in the English page's scale (亿元 as bn yuan, one place further than the Chinese figure; a sum in
    // 万 in millions, or in whole yuan when the row's largest is under a million: wanMoneyScale).
    const wan = wanMoneyScale(largest, unit);
    factor = wan?.factor ?? displayScale(unit, lang);
    if (wan) digits = wan.factor > 1 ? 0 : 2;
    else if (factor !== 1) digits = unit === '亿元' ? Math.min(3, digitsFor(largest) + 1) : 2;
    write = wan
      ? (n) => `${n} ${wan.words}`
      : factor !== 1
        ? (n) => `${n} ${unitLabel(unit, lang)}`
        : (n) => withUnitEn(n, unitOf);
  }
  return row(factor, digits, (v) => (Number.isFinite(v) ? write(fixed(v * factor, lang, digits)) : '—'));
}
