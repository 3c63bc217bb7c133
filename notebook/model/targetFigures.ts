// What the dashboard and the detail chart say about one target, read off a run result: the target-year
// median of the measured quantity, the path the plan requires, and how the target
// reads ("≥ 607 亿元"). Pure functions of the plan and the result.
import type { Indicator, Plan, RunResult, Target, TargetResult } from '../../engine/index.ts';
import {
  formatRate,
  formatValue,
  isDecrease,
  metInterval,
  targetPhrase as phrase,
  planTargetShape,
  type UnitOf,
} from '../../engine/index.ts';
import { type Lang, paren } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { Translate } from '../i18n/t.ts';

export function indicatorOf(plan: Plan, id: string | undefined): Indicator | undefined {
  return id === undefined ? undefined : plan.indicators.find((i) => i.id === id);
}

/** The unit a target's value is written in: growth targets are rates, the rest the indicator's unit. */
export function targetUnit(plan: Plan, target: Target): string {
  if (target.kind === 'growth') return '%';
  return target.unit ?? indicatorOf(plan, target.indicator)?.unit ?? '';
}

/** The indicator's (or the target's) name, which picks the English noun of 家: firms, or units for institutions. */
function nameOf(plan: Plan, target: Target): { zh: string } {
  return indicatorOf(plan, target.indicator)?.name ?? target.name;
}

/** targetUnit with the name that picks its English noun (UnitOf). */
export function targetUnitOf(plan: Plan, target: Target): UnitOf {
  return { unit: targetUnit(plan, target), name: nameOf(plan, target) };
}

/** The target as a short phrase: "≥ 607 亿元", "≥ +7.5%/年", "1 – 2 个" (the engine's one targetPhrase). */
export function targetPhrase(plan: Plan, target: Target, lang: Lang): string {
  return phrase(planTargetShape(plan.meta.baseYear, target), targetUnitOf(plan, target), lang);
}

/**
 * What 约/左右 is counted as, on a target's tip (吴工: 城镇化率 约55% read 进展顺利 beside a median of 53.8%, and
 * nothing said it is met from 52.25%): the figure it is met from, and that overshooting is no miss.
 */
export function approxNote(plan: Plan, target: Target, lang: Lang, t: Translate): string {
  if (target.comparator !== '~=' || typeof target.value !== 'number' || target.kind === 'qualitative')
    return '';
  const x = target.value;
  const fall = isDecrease({ kind: target.kind, value: x });
  // The engine's own reading of "met" (metInterval), to four significant figures: 52.25% from 55%, 73% from a
  // 75% with a 2.67% tolerance (not 72.9975%, nor its 1e-9 slack).
  const [lo, hi] = metInterval({
    kind: target.kind,
    comparator: '~=',
    value: x,
    tolerance: target.tolerance,
  });
  const threshold = Number((fall ? hi : lo).toPrecision(4));
  const band = Math.abs(threshold - x);
  const shown =
    target.kind === 'growth'
      ? formatRate(threshold, lang, 2)
      : formatValue(threshold, targetUnitOf(plan, target), lang, true);
  return fall
    ? t('target.approxNote.fall', { threshold: shown })
    : t('target.approxNote', { threshold: shown, share: `${Math.round((1 - band / Math.abs(x)) * 100)}%` });
}

export function yearIndex(result: RunResult, year: number): number {
  return result.years.indexOf(year);
}

export interface MedianFigure {
  value: number;
  /** Unit to format it in ('%' for growth rates). */
  unit: string;
  /** Which label explains how it was computed. */
  how: MessageKey;
  rate: boolean;
  /** Whole items (the run's `count`); false for a quantity per head in a counted unit (每万人口…件). */
  whole?: boolean;
  /** The indicator's name, which picks the English noun of its unit (UnitOf). */
  name?: { zh: string };
}

/**
 * The target-year median of what the target measures. Growth and increase are monotone in the target-year
 * level with the base fixed, so their medians follow exactly from the level's median.
 */
export function medianFigure(plan: Plan, target: Target, result: RunResult): MedianFigure | null {
  if (target.kind === 'qualitative' || !target.indicator) return null;
  const ind = result.indicators[target.indicator];
  if (!ind) return null;
  const y = yearIndex(result, target.year);
  if (y < 0) return null;
  const median = ind.quantiles.p50.length > y ? ind.quantiles.p50[y]! : ind.deterministic[y]!;
  const x0 = ind.deterministic[0]!;
  const unit = targetUnit(plan, target);
  switch (target.kind) {
    case 'growth':
      // A change the plan states over its period (增长40%, 翻一番) is shown as that change, as its target is.
      if (target.statedAs === 'change')
        return {
          value: x0 > 0 ? median / x0 - 1 : Number.NaN,
          unit: '%',
          how: 'prov.medianChange',
          rate: true,
        };
      // The rate as the target reads it: a plan that divided its total by the years (arithmetic) is compared
      // with (x/x0 − 1)/n, as P(met) is; a compound CAGR beside it read 16.9% for an arithmetic 23.6%.
      return {
        value:
          y > 0 && x0 > 0
            ? target.rateReading === 'arithmetic'
              ? (median / x0 - 1) / y
              : (median / x0) ** (1 / y) - 1
            : Number.NaN,
        unit: '%',
        how: target.rateReading === 'arithmetic' ? 'prov.medianGrowthArithmetic' : 'prov.medianGrowth',
        rate: true,
      };
    case 'increase':
      // A share's increase reads in points, as its target does (targetPhrase).
      return {
        value: median - x0,
        unit: unit === '%' || unit === '％' ? '百分点' : unit,
        how: 'prov.medianIncrease',
        rate: false,
        whole: ind.count,
        name: nameOf(plan, target),
      };
    default:
      return {
        value: median,
        unit,
        how: 'prov.median',
        rate: false,
        whole: ind.count,
        name: nameOf(plan, target),
      };
  }
}

/**
 * A median as the overview, the detail, the comparison and the CSV write it: a rate signed (+23.6%), a level in
 * its unit, and an increase signed as its target is (≥ +200 家 beside +257 家: a bare 257 家 had sat beside the
 * stock's 908 家 in the same panel). `figure` writes a level other than as formatValue does (medianMarked).
 */
export function medianText(m: MedianFigure, lang: Lang, figure?: (value: number) => string): string {
  if (m.rate) return formatRate(m.value, lang);
  const v = figure
    ? figure(m.value)
    : formatValue(m.value, m.name ? { unit: m.unit, name: m.name } : m.unit, lang, false, m.whole);
  return m.how === 'prov.medianIncrease' && m.value > 0 ? `+${v}` : v;
}

/**
 * The median as the overview's and the comparison's tables and files write it: a rate the plan reckons
 * arithmetically (its total ÷ the years) says so beside a figure (`mark`, the page's word for it); "+23.6%" bare
 * read as a compound yearly rate beside the evaluation's 15.78% (a tester). A median not known is a dash alone.
 * `figure` writes a level in a scale shared with the figures beside it (the comparison's commonScale).
 */
export function medianMarked(
  m: MedianFigure,
  lang: Lang,
  mark: string,
  figure?: (value: number) => string,
): string {
  const text = medianText(m, lang, figure);
  return m.how === 'prov.medianGrowthArithmetic' && Number.isFinite(m.value)
    ? `${text}${paren(mark, lang)}`
    : text;
}

export function targetResultOf(result: RunResult | null, id: string): TargetResult | undefined {
  return result?.targets.find((r) => r.id === id);
}

/** The level a target stands for on the indicator's own scale (for markers on the chart). */
export function targetLevel(
  target: Target,
  x0: number,
  baseYear: number,
): { value: number; high?: number } | null {
  if (target.value === undefined || target.kind === 'qualitative') return null;
  const n = target.year - baseYear;
  const [v, high] = Array.isArray(target.value) ? target.value : [target.value, undefined];
  switch (target.kind) {
    case 'growth':
      return { value: target.rateReading === 'arithmetic' ? x0 * (1 + v * n) : x0 * (1 + v) ** n };
    case 'increase':
      return high === undefined ? { value: x0 + v } : { value: x0 + v, high: x0 + high };
    default:
      return high === undefined ? { value: v } : { value: v, high };
  }
}

/**
 * The path the plan requires from the base year to the target: compound for growth-type indicators and
 * growth targets, straight-line for shares, counts and increases; a quota is flat at its yearly value.
 */
export function plannedPath(
  plan: Plan,
  target: Target,
  x0: number,
): { years: number[]; values: number[] } | null {
  const level = targetLevel(target, x0, plan.meta.baseYear);
  if (!level) return null;
  const base = plan.meta.baseYear;
  const n = target.year - base;
  if (n <= 0) return null;
  const years = Array.from({ length: n + 1 }, (_, i) => base + i);
  if (target.kind === 'quota')
    return { years: years.slice(1), values: years.slice(1).map(() => level.value) };
  const ind = indicatorOf(plan, target.indicator);
  const compound =
    (target.kind === 'growth' && target.rateReading !== 'arithmetic') ||
    (ind?.dynamics.kind === 'growth' && target.kind === 'level');
  const X = level.value;
  const values = years.map((_, i) =>
    compound && x0 > 0 && X > 0 ? x0 * (X / x0) ** (i / n) : x0 + ((X - x0) * i) / n,
  );
  return { years, values };
}
