// How a target reads, the one place it is written: "≥ 607 亿元", "≥ +7.5%/年", "≥ +150 家", "≥ 30 家/年",
// "1 – 2 个". Used by the dashboard, the detail chart, the evaluation table, the CLI and the reports.
import { formatRate, formatValue, isYesNoUnit, printedDigits, type UnitOf, unitText } from './formatValue.ts';
import type { Lang } from './lang.ts';
import { render } from './messages/render.ts';

export interface TargetShape {
  kind: string;
  comparator?: string | undefined;
  value?: number | readonly [number, number] | number[] | undefined;
  /** A growth target the plan states as the change over its period (statedAs: change), over `years`. */
  printedChange?: { years: number } | undefined;
}

/** A plan target's shape with what its phrase needs beyond the target itself: the years of a stated change. */
export function planTargetShape<T extends TargetShape & { statedAs?: 'change' | undefined; year: number }>(
  baseYear: number,
  target: T,
): T {
  return target.statedAs === 'change' && target.kind === 'growth'
    ? { ...target, printedChange: { years: target.year - baseYear } }
    : target;
}

const COMPARATORS = new Set(['>=', '>', '<=', '~=']);

/** The comparator as printed: ≥, ≤, ≈ (a range prints none). */
export function comparatorSymbol(comparator: string | undefined, lang: Lang): string {
  const c = comparator ?? '>=';
  if (c === 'range') return '';
  return COMPARATORS.has(c) ? render(lang, `comparator.${c}` as 'comparator.>=') : c;
}

/**
 * `unitOf` is the unit of the indicator (growth targets are rates whatever it is), with its name where the English
 * noun of a measure word depends on it (UnitOf).
 */
export function targetPhrase(target: TargetShape, unitOf: UnitOf, lang: Lang): string {
  if (target.kind === 'qualitative' || target.value === undefined) return '';
  const unit = unitText(unitOf);
  const change = target.printedChange;
  // A fall the plan asks for (单位GDP能耗降低13.5%, 年均下降3%) reads as one: "下降 ≥ 13.5%（5年累计）", not the
  // double negative "≤ −13.5%" beside a name that already says 降低 (赵工).
  const v0 = target.value;
  // A yes/no milestone reads "yes" in English: "≥ yes" compares what is not a quantity.
  if (lang === 'en' && target.kind === 'milestone' && isYesNoUnit(unit) && v0 === 1) return 'yes';
  if (target.kind === 'growth' && target.comparator === '<=' && typeof v0 === 'number' && v0 < 0) {
    const years = change?.years ?? 1;
    const fall = formatRate(-v0 * years, lang, Math.max(1, printedDigits(-v0 * years * 100))).replace(
      /^\+/,
      '',
    );
    const tail = change ? render(lang, 'target.overYears', { years }) : render(lang, 'unit.perYear');
    return `${render(lang, 'target.fall')} ${render(lang, 'comparator.>=')} ${fall}${tail}`;
  }
  if (change && target.kind === 'growth') {
    // As printed: the change over the period (its value is that change ÷ the years).
    const total = (v: number) =>
      formatRate(v * change.years, lang, Math.max(1, printedDigits(v * change.years * 100)));
    const over = render(lang, 'target.overYears', { years: change.years });
    const v = target.value;
    return Array.isArray(v)
      ? `${total(v[0]!)} – ${total(v[1]!)}${over}`
      : `${comparatorSymbol(target.comparator, lang)} ${total(v as number)}${over}`.trim();
  }
  // A share's increase is a change in points (提高0.9个百分点), not a share of 0.9%.
  const shown = target.kind === 'increase' && (unit === '%' || unit === '％') ? '百分点' : unitOf;
  const fmt = (v: number) =>
    target.kind === 'growth'
      ? formatRate(v, lang, Math.max(1, printedDigits(v * 100)))
      : formatValue(v, shown, lang, true);
  const sign = target.kind === 'increase' ? '+' : '';
  if (Array.isArray(target.value)) return `${sign}${fmt(target.value[0]!)} – ${sign}${fmt(target.value[1]!)}`;
  const perYear = render(lang, 'unit.perYear');
  const suffix =
    target.kind === 'growth' || (target.kind === 'quota' && !/\/(年|yr)$/.test(unit)) ? perYear : '';
  return `${comparatorSymbol(target.comparator, lang)} ${sign}${fmt(target.value as number)}${suffix}`.trim();
}
