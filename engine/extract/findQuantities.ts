// Finds every number-with-unit in a (half-width) text: 607亿元, 4.5万户, 70%, 3个百分点, ranges 3-5家 /
// 10—15场 / 1～2个 / 3至5家 / 10%-15%, Chinese numerals 两千家 / 十万户 / 近千家, the 百亿级 scale idiom, and
// 翻一番 / 翻两番 (a change over the period of +100% / +300%).
// A number without a unit (years, 5G, G60, 25:75, section numbers) is not a quantity.

import { readUnit } from '../units/unitVocabulary.ts';
import { CHINESE_NUMERAL_CHARS, readChineseNumber } from './readChineseNumber.ts';

export interface Quantity {
  /** Offset of the first character of the number. */
  start: number;
  /** Offset just past the unit. */
  end: number;
  value: number | [number, number];
  unit: string;
  /** 翻一番 / 翻两番 / 翻番: a change over the period of +100% / +300%, not a share of 100%. */
  doubling?: true;
}

/** 翻番 and 翻一番 double (+100%), 翻两番 quadruples (+300%), 翻三番 is ×8 (+700%). */
const DOUBLING = /^翻([一两二三])?番/;
const DOUBLINGS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3 };

const ARABIC = /\d+(?:,\d{3})*(?:\.\d+)?/y;
const RANGE_MARKS = '-–—~～至到';

interface NumberRead {
  start: number;
  end: number;
  value: number;
  chinese: boolean;
}

/** Reads one number (Arabic or Chinese) at `at`, or null. */
function readNumberAt(text: string, at: number): NumberRead | null {
  ARABIC.lastIndex = at;
  const m = ARABIC.exec(text);
  if (m) return { start: at, end: at + m[0].length, value: Number(m[0].replace(/,/g, '')), chinese: false };
  let end = at;
  while (end < text.length && CHINESE_NUMERAL_CHARS.includes(text[end]!)) end++;
  if (end === at) return null;
  const numeral = text.slice(at, end);
  // A lone 一 is an article (一座新城, 一批企业), a lone 万/亿 a magnitude (每万人), a lone 百/千 a figure only
  // after 近/约/逾/超/上 (近千家).
  if (numeral === '一' || numeral === '两' || numeral === '万' || numeral === '亿') return null;
  if ((numeral === '百' || numeral === '千') && !/[近约逾超上]/.test(text[at - 1] ?? '')) return null;
  const value = readChineseNumber(numeral);
  return value === null ? null : { start: at, end, value, chinese: true };
}

/**
 * For a Chinese numeral, gives back a trailing 万/亿 to the unit when that makes a known unit (十万户 → 十 +
 * 万户), so Arabic and Chinese figures get the same units; otherwise reads the unit after the numeral.
 */
function unitAfter(text: string, n: NumberRead): { number: NumberRead; unit: string } | null {
  if (n.chinese && n.end - n.start > 1 && '万亿'.includes(text[n.end - 1]!)) {
    const unit = readUnit(text, n.end - 1);
    const shorter = readChineseNumber(text.slice(n.start, n.end - 1));
    if (unit !== null && shorter !== null) return { number: { ...n, end: n.end - 1, value: shorter }, unit };
  }
  const unit = readUnit(text, n.end) ?? yearsOfSomething(text, n);
  return unit === null ? null : { number: n, unit };
}

/**
 * 年 as a unit — 平均受教育年限达到9.8年 — where it cannot be a calendar year or a span of the plan: after a
 * number with decimals, or after a name that is a number of years (…年限). Read as a year, the target had been
 * dropped without a word.
 */
function yearsOfSomething(text: string, n: NumberRead): string | null {
  if (text[n.end] !== '年' || n.chinese) return null;
  const decimals = text.slice(n.start, n.end).includes('.');
  return decimals || /年限[^，。；、]{0,4}$/.test(text.slice(Math.max(0, n.start - 10), n.start))
    ? '年'
    : null;
}

/**
 * A ratio printed without a unit — 城乡居民人均可支配收入比缩小到1.85以内 — read as so many times (倍): the name
 * ends in 比 or 比值 just before the verb, and nothing but a comparator word or a break follows the number. It
 * had been dropped without a word (冯工).
 */
function isRatioFigure(text: string, n: NumberRead): boolean {
  if (n.chinese) return false;
  const before = text.slice(Math.max(0, n.start - 8), n.start);
  const after = text.slice(n.end, n.end + 2);
  if (/^(?:以内|以下|以上|左右|[,，。;；、\s)）]|$)/.test(after))
    return /比值?(?:缩小到|缩小至|缩小为|降至|降到|降低到|控制在|保持在|稳定在|为|达到|提高到|扩大到)?(?:约|大约)?$/.test(
      before,
    )
      ? true
      : // …比由2020年的2.25缩小到2.1以内: the figure after the base (a tester's had been dropped without a word).
        new RegExp(`比值?[由从][^,，。;；]{1,20}?${RATIO_VERB}(?:约|大约)?$`).test(
          text.slice(Math.max(0, n.start - 30), n.start),
        );
  // Its base: 比由2020年的2.25 (缩小到…), read in the same unit so that 由…到 joins them.
  return (
    /比值?[由从](?:\d{4}年(?:末|底)?的?)?$/.test(before) &&
    new RegExp(`^[^,，。;；]{0,4}?${RATIO_VERB}`).test(text.slice(n.end, n.end + 8))
  );
}

const RATIO_VERB = '(?:缩小到|缩小至|缩小为|降至|降到|降低到|下降到|提高到|扩大到|增加到)';

function isLatinOrDigit(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9.]/.test(c);
}

/** Brackets a plan prints a total over its period in (〔14〕%, [14]%), by their opening character. */
const BRACKETS: Record<string, string> = { '〔': '〕', '[': ']', '【': '】' };

/**
 * A figure in brackets with its unit after them — 单位GDP能耗下降〔14〕%, the printed way of a total over the
 * period — from the bracket on, so that the verb before it is read as for 下降14%. It had drafted nothing: the
 * number after a bracket was no figure, and the bracket no unit.
 */
function bracketedFigure(text: string, at: number): Quantity | null {
  const n = /\d/.test(text[at + 1] ?? '') ? readNumberAt(text, at + 1) : null;
  if (n === null || text[n.end] !== BRACKETS[text[at]!]) return null;
  const unit = readUnit(text, n.end + 1);
  return unit === null ? null : { start: at, end: n.end + 1 + unit.length, value: n.value, unit };
}

export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const doubling = c === '翻' ? DOUBLING.exec(text.slice(i, i + 3)) : null;
    if (doubling) {
      const times = DOUBLINGS[doubling[1] ?? '一']!;
      const end = i + doubling[0].length;
      found.push({ start: i, end, value: (2 ** times - 1) * 100, unit: '%', doubling: true });
      i = end;
      continue;
    }
    const bracketed = BRACKETS[c] === undefined ? null : bracketedFigure(text, i);
    if (bracketed) {
      found.push(bracketed);
      i = bracketed.end;
      continue;
    }
    const startsNumber = /\d/.test(c) || CHINESE_NUMERAL_CHARS.includes(c);
    if (!startsNumber || (/\d/.test(c) && isLatinOrDigit(text[i - 1])) || text[i - 1] === '第') {
      i++;
      continue;
    }
    const first = readNumberAt(text, i);
    if (first === null) {
      i++;
      continue;
    }
    // 百亿级 / 千亿级: an amount of that scale, in 亿元.
    if (first.chinese && text.startsWith('亿级', first.end - 1) && first.end - first.start > 1) {
      const scale = readChineseNumber(text.slice(first.start, first.end - 1));
      if (scale !== null) {
        found.push({ start: first.start, end: first.end + 1, value: scale, unit: '亿元' });
        i = first.end + 1;
        continue;
      }
    }
    const withUnit = unitAfter(text, first);
    const afterFirst = withUnit ? withUnit.number.end + withUnit.unit.length : first.end;
    // A range: A[unit]-B unit, with the same unit on both ends when A has one.
    let markEnd = afterFirst;
    while (markEnd < text.length && markEnd - afterFirst < 2 && RANGE_MARKS.includes(text[markEnd]!))
      markEnd++;
    if (markEnd > afterFirst) {
      const second = readNumberAt(text, markEnd);
      const secondUnit = second ? unitAfter(text, second) : null;
      if (
        second &&
        secondUnit &&
        second.chinese === first.chinese &&
        (withUnit === null || withUnit.unit === secondUnit.unit)
      ) {
        const lo = withUnit ? withUnit.number.value : first.value;
        const hi = secondUnit.number.value;
        if (hi > lo) {
          const end = secondUnit.number.end + secondUnit.unit.length;
          found.push({ start: first.start, end, value: [lo, hi], unit: secondUnit.unit });
          i = end;
          continue;
        }
      }
    }
    if (withUnit) {
      found.push({ start: first.start, end: afterFirst, value: withUnit.number.value, unit: withUnit.unit });
      i = afterFirst;
      continue;
    }
    if (isRatioFigure(text, first))
      found.push({ start: first.start, end: first.end, value: first.value, unit: '倍' });
    i = first.end;
  }
  return found;
}
