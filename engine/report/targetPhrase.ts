// How a target reads, the one place it is written: "≥ 607 亿元", "≥ +7.5%/年", "≥ +150 家", "≥ 30 家/年",
// "1 – 2 个". Used by the dashboard, the detail chart, the evaluation table, the CLI and the reports.
import { formatRate, formatValue } from './formatValue.ts';
import type { Lang } from './lang.ts';
import { render } from './messages/render.ts';

export interface TargetShape {
  kind: string;
  comparator?: string | undefined;
  value?: number | readonly [number, number] | number[] | undefined;
}

const COMPARATORS = new Set(['>=', '>', '<=', '~=']);

/** The comparator as printed: ≥, ≤, ≈ (a range prints none). */
export function comparatorSymbol(comparator: string | undefined, lang: Lang): string {
  const c = comparator ?? '>=';
  if (c === 'range') return '';
  return COMPARATORS.has(c) ? render(lang, `comparator.${c}` as 'comparator.>=') : c;
}

/** `unit` is the unit of the indicator (growth targets are rates whatever it is). */
export function targetPhrase(target: TargetShape, unit: string, lang: Lang): string {
  if (target.kind === 'qualitative' || target.value === undefined) return '';
  const fmt = (v: number) => (target.kind === 'growth' ? formatRate(v, lang) : formatValue(v, unit, lang));
  const sign = target.kind === 'increase' ? '+' : '';
  if (Array.isArray(target.value)) return `${sign}${fmt(target.value[0]!)} – ${sign}${fmt(target.value[1]!)}`;
  const perYear = render(lang, 'unit.perYear');
  const suffix =
    target.kind === 'growth' || (target.kind === 'quota' && !/\/(年|yr)$/.test(unit)) ? perYear : '';
  return `${comparatorSymbol(target.comparator, lang)} ${sign}${fmt(target.value as number)}${suffix}`.trim();
}
