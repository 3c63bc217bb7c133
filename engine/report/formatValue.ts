// The one number formatter of the project (engine reports, CLI and page). Numbers as a Chinese planner reads them: 607.0 亿元, 1.25 万户, 12.5%; in English the same quantity in
// international units (60.7 bn yuan, 12,500 firms). Shares are stored as fractions with unit "%".

import { DEFAULT_VERDICT_THRESHOLDS } from '../evaluate/verdictFor.ts';
import { INDEX_UNIT } from '../plan/indexUnit.ts';
import { countsInstitutions } from './countsInstitutions.ts';
import { formatDecimal } from './formatDecimal.ts';
import type { Lang } from './lang.ts';
import { printedDecimals } from './printedDecimals.ts';
import { wanMoneyEn } from './wanMoneyEn.ts';

/**
 * A unit, or an indicator's unit with its Chinese name: the name picks the English noun of a measure word that
 * names no kind of thing — 家 counts firms, but 市级研发机构 20 家 are 20 units, not "20 firms" (countsInstitutions).
 */
export type UnitOf = string | { readonly unit: string; readonly name: { readonly zh: string } };

/** The unit itself. */
export function unitText(u: UnitOf): string {
  return typeof u === 'string' ? u : u.unit;
}

/** The unit whose English words an English text uses: 家 of institutions as 个 ("units"), the unit otherwise. */
function englishKey(u: UnitOf): string {
  const unit = unitText(u);
  if (typeof u === 'string' || !/^家(\/年)?$/.test(unit) || !countsInstitutions(u.name.zh)) return unit;
  return unit.replace('家', '个');
}

/**
 * Units whose values are stored as fractions and shown × 100: shares (%), growth rates (%/年), changes to a
 * rate (百分点) and ratios (比例) — a plan writes all of them as "7.5% ± 1.5%", so 0.04 must never be shown
 * as "0.04 %/年". The suffix each takes on screen, by language.
 */
const FRACTION_UNITS: Record<string, { zh: string; en: string }> = {
  '%': { zh: '%', en: '%' },
  '％': { zh: '%', en: '%' },
  '%/年': { zh: '%/年', en: '%/yr' },
  百分点: { zh: ' 个百分点', en: ' pp' },
  比例: { zh: '%', en: '%' },
};

export function isPercentUnit(unit: string): boolean {
  return Object.hasOwn(FRACTION_UNITS, unit.trim());
}

/** What follows a fraction shown × 100: "%", "%/年", " 个百分点". */
export function percentSuffix(unit: string, lang: Lang): string {
  return (Object.hasOwn(FRACTION_UNITS, unit) ? FRACTION_UNITS[unit]! : FRACTION_UNITS['%']!)[lang];
}

/** A fraction × 100 with its suffix: 0.04 in %/年 → "4%/年"; `digits` fraction digits at most. */
export function formatPercentOf(value: number, unit: string, lang: Lang, digits = 2): string {
  if (!Number.isFinite(value)) return '—';
  return `${fixed(value * 100, lang, digits)}${percentSuffix(unit, lang)}`;
}

/**
 * Counted things in English. A Chinese measure word names no kind of thing, so it gets a neutral noun: 家 counts
 * firms, and "firms" it stays where the unit comes without its indicator's name; with it, 家 of institutions reads
 * "units" (englishKey) — "establishments" was too long for the overview's figure column at 768 px;
 * 个, 条 and 座 count anything (incubators, streets, industry chains), hence "units" — a bare number had left an
 * English table with no unit at all, and its axis and unit column with 个.
 */
const COUNT_UNITS_EN: Record<string, string> = {
  户: 'entities',
  家: 'firms',
  个: 'units',
  件: 'items',
  项: 'items',
  人: 'people',
  人次: 'person-times',
  座: 'units',
  次: 'times',
  条: 'units',
  场: 'events',
  '户/年': 'entities/yr',
  '家/年': 'firms/yr',
  '个/年': 'units/yr',
  '场/年': 'events/yr',
  百分点: 'pp',
  个百分点: 'pp',
  万户: '× 10k entities',
  万人: '× 10k people',
  '件/万人': 'per 10k people',
  '条/年': 'units/yr',
  '概率/年': 'probability/yr',
};

/** Units written against the number in English, as a ratio is: 倍 reads 2.25×, and is named "times" alone. */
const SUFFIX_UNITS_EN: Record<string, { suffix: string; label: string }> = {
  倍: { suffix: '×', label: 'times' },
};

/** A generated milestone's unit: 1 once achieved, 0 before. English says yes or no, not 是/否. */
const YES_NO = '是/否';

export function isYesNoUnit(unit: string): boolean {
  return unit === YES_NO;
}

/**
 * Units of measure a plan writes in Chinese, in their international symbols: "30 微克/立方米" in an English
 * table had read as a Chinese word beside an English number.
 */
const MEASURE_UNITS_EN: Record<string, string> = {
  '微克/立方米': 'μg/m³',
  平方米: 'm²',
  万平方米: '× 10k m²',
  平方公里: 'km²',
  公顷: 'ha',
  亩: 'mu',
  万亩: '× 10k mu',
  公里: 'km',
  千米: 'km',
  米: 'm',
  吨: 't',
  万吨: '× 10k t',
  立方米: 'm³',
  万立方米: '× 10k m³',
  千瓦: 'kW',
  万千瓦: '× 10k kW',
  千瓦时: 'kWh',
  亿千瓦时: '× 100m kWh',
  兆瓦: 'MW',
  岁: 'years',
  年: 'years',
  天: 'days',
  小时: 'hours',
  分钟: 'minutes',
  吨标准煤: 'tce',
  万吨标准煤: '× 10k tce',
  '吨标准煤/万元': 'tce per 10k yuan',
  '立方米/万元': 'm³ per 10k yuan',
  '元/人': 'yuan per person',
  元: 'yuan',
};

/**
 * Units that count things — firms, households, projects, events, and their yearly rates. Counts are whole
 * numbers everywhere (issue 9): "1.5 家" or "3.9 条" is not a thing a planner can build.
 */
const COUNT_UNITS = new Set(['家', '户', '个', '条', '项', '件', '场']);

export function isCountUnit(unit: string): boolean {
  return COUNT_UNITS.has(unit.replace(/\/(年|yr)$/, ''));
}

/** Fraction digits for a count: none. */
function countDigits(_abs: number): number {
  return 0;
}

/** English count words for exactly one: "1 firm", not "1 firms". */
const SINGULAR_EN: Record<string, string> = {
  entities: 'entity',
  firms: 'firm',
  units: 'unit',
  items: 'item',
  people: 'person',
  'person-times': 'person-time',
  times: 'time',
  events: 'event',
  'entities/yr': 'entity/yr',
  'firms/yr': 'firm/yr',
  'units/yr': 'unit/yr',
  'events/yr': 'event/yr',
  years: 'year',
  days: 'day',
  hours: 'hour',
  minutes: 'minute',
};

/** Counts Chinese writes in 万 from ten thousand on: 12,500 户 → 1.25 万户. */
export const TEN_THOUSAND_COUNTS: ReadonlySet<string> = new Set(['户', '人', '家']);

/** Decimals that suit a value of this size, for display (not rounding the data). */
export function digitsFor(abs: number): number {
  if (abs === 0) return 0;
  if (abs >= 1000) return 0;
  if (abs >= 100) return 1;
  if (abs >= 10) return 1;
  if (abs >= 1) return 2;
  return 3;
}

/** `value` with at most `digits` decimals, as both page languages write numbers (zh-CN and en-US alike:
 * formatDecimal.ts, which gives Intl.NumberFormat's text without its locale data). */
export function fixed(value: number, _lang: Lang, digits: number): string {
  return formatDecimal(value, digits);
}

export function formatNumber(value: number, lang: Lang, digits?: number): string {
  if (!Number.isFinite(value)) return '—';
  return fixed(value, lang, digits ?? digitsFor(Math.abs(value)));
}

/** The number alone, in the unit's display scale (× 100 for shares), without the unit. */
export function formatBare(value: number, unit: string, lang: Lang, whole?: boolean): string {
  if (!Number.isFinite(value)) return '—';
  if (isPercentUnit(unit)) return fixed(value * 100, lang, Math.abs(value) < 0.1 ? 2 : 1);
  return formatNumber(
    value,
    lang,
    isCountUnit(unit) && whole !== false ? countDigits(Math.abs(value)) : undefined,
  );
}

/**
 * The decimals a figure as printed carries, at most 3: a target of 76.35% is shown as 76.35%, not a rounded
 * 76.4% that a director comparing it with the plan would question.
 */
export function printedDigits(x: number): number {
  return Math.min(3, printedDecimals(x));
}

/**
 * `printed`: the figure is the plan's own (a target), so a count is not rounded to whole items — 每千人口托位数
 * 4.5 个 reads 4.5, not 5. Simulated counts are whole numbers (issue 9).
 *
 * `whole`: whether the indicator's values are whole items (its `count`, as the run reports it). Left out, the
 * unit decides. A quantity per head in a counted unit (每万人口发明专利拥有量, 件) passes false: its 12.3 件
 * entered for 2026 had read "12 件".
 */
export function formatValue(
  value: number,
  unitOf: UnitOf,
  lang: Lang,
  printed = false,
  whole?: boolean,
): string {
  if (!Number.isFinite(value)) return '—';
  const unit = unitText(unitOf);
  // A rate-only indicator's index: said as one ("指数 1.068"), not as a number in a unit called 基期=1, and with
  // the change it stands for: a planner who entered yearly declines of 3.1% and 2.8% reads 累计 −5.8%, not 0.942.
  if (unit === INDEX_UNIT) {
    const index = lang === 'zh' ? `指数 ${fixed(value, lang, 3)}` : `index ${fixed(value, lang, 3)}`;
    const change = value - 1;
    if (Math.abs(change) < 5e-4) return index;
    const pct = `${change < 0 ? '−' : '+'}${fixed(Math.abs(change) * 100, lang, 1)}%`;
    return lang === 'zh' ? `${index}（较基期${pct}）` : `${index} (${pct} on the base year)`;
  }
  if (isPercentUnit(unit))
    return formatPercentOf(
      value,
      unit,
      lang,
      printed ? Math.max(1, printedDigits(value * 100)) : Math.abs(value) < 0.1 ? 2 : 1,
    );
  // A figure as printed keeps its decimals (周科长: the plan's 485.72 亿元 read 485.7 and its 58,639 户 read
  // 5.86 万户, beside a source that said 规划原文); a simulated one keeps the digits that suit its size.
  const keep = (x: number, least: number, most = 3) =>
    printed ? Math.max(least, Math.min(most, printedDecimals(x))) : least;
  const digits =
    isCountUnit(unit) && !printed && whole !== false
      ? countDigits(Math.abs(value))
      : keep(value, digitsFor(Math.abs(value)));
  if (lang === 'zh') {
    // Counts of ten thousand and more read as 万: 12,500 户 → 1.25 万户.
    if (TEN_THOUSAND_COUNTS.has(unit) && Math.abs(value) >= 10_000) {
      return `${fixed(value / 10_000, lang, keep(value / 10_000, 2, 4))} 万${unit}`;
    }
    if (unit === '万元' && Math.abs(value) >= 10_000)
      return `${fixed(value / 10_000, lang, keep(value / 10_000, 2, 4))} 亿元`;
    return `${formatNumber(value, lang, digits)} ${unit}`;
  }
  // The Chinese figure's digits, one place further: 504.3亿元 is 50.43 bn yuan (it read 50.4).
  if (unit === '亿元')
    return `${fixed(value / 10, lang, keep(value / 10, Math.min(3, digitsFor(Math.abs(value)) + 1), 4))} bn yuan`;
  if (unit === '亿美元') return `${fixed(value / 10, lang, keep(value / 10, 2, 4))} bn USD`;
  // 万元 and 万美元, also per head: millions, or whole yuan under a million (wanMoneyEn).
  const wan = wanMoneyEn(value, unit, (x, millions) =>
    millions ? fixed(x, lang, keep(x, 2, 4)) : fixed(x, lang, 0),
  );
  if (wan !== undefined) return wan;
  if (unit === YES_NO && (value === 0 || value === 1)) return value === 1 ? 'yes' : 'no';
  return withUnitEn(formatNumber(value, lang, digits), unitOf);
}

/** A number already written, with its unit's English words: "1 unit", "90 firms/yr", "2.25×". */
export function withUnitEn(n: string, unitOf: UnitOf): string {
  const unit = englishKey(unitOf);
  if (Object.hasOwn(SUFFIX_UNITS_EN, unit)) return `${n}${SUFFIX_UNITS_EN[unit]!.suffix}`;
  if (unit === YES_NO) return `${n} (1 = yes)`;
  const en = COUNT_UNITS_EN[unit] ?? MEASURE_UNITS_EN[unit];
  if (en !== undefined) return en === '' ? n : `${n} ${(n === '1' && SINGULAR_EN[en]) || en}`;
  return `${n} ${unit}`;
}

/** A unit's English name where it has one (a unit written in Chinese otherwise). */
function englishName(unit: string): string | undefined {
  if (Object.hasOwn(SUFFIX_UNITS_EN, unit)) return SUFFIX_UNITS_EN[unit]!.label;
  if (unit === YES_NO) return 'yes = 1, no = 0';
  return COUNT_UNITS_EN[unit] || MEASURE_UNITS_EN[unit];
}

/** A unit label for axis titles and table headers. */
export function unitLabel(unitOf: UnitOf, lang: Lang): string {
  const unit = unitText(unitOf);
  if (isPercentUnit(unit)) return percentSuffix(unit, lang).trim();
  if (unit === INDEX_UNIT) return lang === 'zh' ? '指数（基期=1）' : 'index (base year = 1)';
  if (lang === 'zh') return unit;
  if (unit === '亿元') return 'bn yuan';
  if (unit === '万元') return 'm yuan';
  // In the scale displayScale shows them in, as formatValue writes them.
  if (unit === '亿美元') return 'bn USD';
  if (unit === '万美元') return 'm USD';
  return englishName(englishKey(unitOf)) || unit;
}

/** The English names of the units a sheet's numbers are in, unscaled (the page shows 亿元 as bn yuan, ÷ 10). */
const SHEET_UNITS_EN: Record<string, string> = {
  亿元: '100 million yuan',
  万元: '10,000 yuan',
  '万元/人': '10,000 yuan per person',
  亿美元: '100 million USD',
  万美元: '10,000 USD',
};

/**
 * A unit column's cell in a spreadsheet: the plan's unit, and in English its name beside it — "100 million
 * yuan (亿元)", "firms/yr (家/年)" — since the numbers stay in the plan's unit. The English evaluation CSV had
 * carried 条 and 家/年 alone.
 */
export function sheetUnit(unitOf: UnitOf, lang: Lang): string {
  const unit = unitText(unitOf);
  // A rate-only indicator's index said as one (指数（基期=1）): a unit column of "基期=1" read as no unit at all.
  if (unit === INDEX_UNIT) return unitLabel(unit, lang);
  if (lang === 'zh' || isPercentUnit(unit)) return unit;
  const en = SHEET_UNITS_EN[unit] || englishName(englishKey(unitOf));
  return en ? `${en} (${unit})` : unit;
}

/** Value in the unit's English display scale (亿元 → bn yuan), for axes. */
export function displayScale(unit: string, lang: Lang): number {
  if (isPercentUnit(unit)) return 100;
  if (lang === 'en' && (unit === '亿元' || unit === '亿美元')) return 0.1;
  if (lang === 'en' && (unit === '万元' || unit === '万美元')) return 0.01;
  return 1;
}

/**
 * A simulated probability: 87%. Under 1% and over 99% are said so — also when no path or every path met the
 * target — because a share of a few thousand simulated paths is an estimate, and "0%" or "100%" would read
 * as a certainty the model cannot give.
 *
 * `whole`: a chance no verdict is read from (a quota's single year) keeps whole percent, even at a line.
 */
export function formatProb(p: number | null, lang: Lang, whole = false): string {
  if (p === null || !Number.isFinite(p)) return '—';
  if (p < 0.01) return '<1%';
  if (p > 0.99) return '>99%';
  // A chance just under a verdict's line (20%: at risk, 80%: on track) keeps a decimal: 19.76% read "20%"
  // beside 难以达成, which the stated rule gives only below 20%.
  const percent = Math.round(p * 100);
  if (!whole && VERDICT_LINES.includes(percent) && p * 100 < percent) return `${fixed(p * 100, lang, 1)}%`;
  return `${fixed(percent, lang, 0)}%`;
}

/**
 * A probability to 0.1 percentage point, as a spreadsheet's P(met) column holds it (probabilityPercent): a
 * file's sentence beside that column says 33.1%, not the page's 33%. Short of certain or above nothing it never
 * reads 100% or 0%.
 */
export function formatProbTenths(p: number | null, lang: Lang): string {
  if (p === null || !Number.isFinite(p)) return '—';
  if (p < 0.001) return '<0.1%';
  if (p > 0.999) return '>99.9%';
  return `${fixed(p * 100, lang, 1)}%`;
}

/** The default verdict thresholds of P(met), in percent. */
const VERDICT_LINES = [DEFAULT_VERDICT_THRESHOLDS.atRisk, DEFAULT_VERDICT_THRESHOLDS.onTrack].map((x) =>
  Math.round(x * 100),
);

/**
 * A probability inside a sentence: in English "under 1%" and "over 99%" rather than "P = <1%"; Chinese reads
 * "<1%" as it stands.
 */
export function formatProbPhrase(p: number | null, lang: Lang, tenths = false): string {
  const s = tenths ? formatProbTenths(p, lang) : formatProb(p, lang);
  if (lang === 'zh') return s;
  return s.startsWith('<') ? `under ${s.slice(1)}` : s.startsWith('>') ? `over ${s.slice(1)}` : s;
}

/** A growth rate or other fraction as a signed percentage: +7.5%. */
export function formatRate(r: number, lang: Lang, digits = 1): string {
  if (!Number.isFinite(r)) return '—';
  const s = fixed(r * 100, lang, digits);
  // A rate that rounds to nothing is 0%, not "-0%" nor "+0%".
  if (Number(s) === 0) return '0%';
  return `${r > 0 ? '+' : ''}${s}%`;
}

/** A signed difference in the unit: +12.3 亿元, or percentage points for shares. */
export function formatDelta(d: number, unit: UnitOf, lang: Lang): string {
  if (!Number.isFinite(d)) return '—';
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  if (isPercentUnit(unitText(unit)))
    return `${sign}${fixed(Math.abs(d) * 100, lang, 2)} ${lang === 'zh' ? '个百分点' : 'pp'}`;
  return `${sign}${formatValue(Math.abs(d), unit, lang)}`;
}

/** An amount of money with an optional "/年" rate suffix on its unit: 2,000 万元/年 → 20 m yuan/yr in English. */
export function formatMoney(value: number, unit: string, lang: Lang): string {
  const m = /^(.*?)(\/(年|yr|year))?$/.exec(unit);
  const base = m?.[1] ?? unit;
  const perYear = m?.[2] ? (lang === 'zh' ? '/年' : '/yr') : '';
  return `${formatValue(value, base, lang)}${perYear}`;
}
