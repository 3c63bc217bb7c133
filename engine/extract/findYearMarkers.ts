// Finds the words that set the year of the clauses after them:
//   到2025年 / 至2025年底 / 2025年前 / 力争到2025年      → a target year
//   "十四五"期间 / 时期 / 末 / 期末                       → the period's last year (十四五 → 2025)
//   规划期末 / 期末                                         → the plan's target year
//   截至2020年底 / 2020年末 / 2020年 (before the target year) / "十三五"末 → the past: figures are base facts
//   "十三五"期间 / 时期                                    → the past, but no one year: facts without a year
//   当前 / 目前 / 现阶段 / 截至目前                         → the plan's starting point: facts, of no stated year
//     (何工: "当前…数字化转型比例不足30%" had been drafted as a 2025 target of 30%, and ticked)
// A year after 比/较/与/同 or before 的 (比2020年增长, 是2015年的2.19倍) is a comparison, not a context; so is a
// date (2023年1月) or a span (2021—2025年).
import { firstAtOrAfter } from './firstAtOrAfter.ts';
import { readChineseNumber } from './readChineseNumber.ts';

export type YearRole = 'target' | 'fact';

export interface YearMarker {
  start: number;
  end: number;
  role: YearRole;
  /** null for a past period without a year of its own. */
  year: number | null;
}

interface Mention {
  start: number;
  end: number;
  year: number;
  /** to/until wording (到, 至, 前) makes it a target whatever the year. */
  explicitTarget: boolean;
  explicitFact: boolean;
  /** A five-year period (十三五), as opposed to a calendar year. */
  period: boolean;
  /** The period's end (十三五末, 期末, 末期): its last year, not the span. */
  periodEnd: boolean;
}

const YEAR = /(\d{4}|[〇零一二三四五六七八九]{4})年(底|末|末前|底前|前|以前)?/g;
const PERIOD = /[“"‘']?十([一二三四五六七八九])五[”"’']?(期间|时期|期末|末期|末|规划期)?/g;
const PLAN_END = /规划期末|规划末期|规划期内/g;
const PRESENT = /(?:截至|截止|截止到)?(?:当前|目前|现阶段)/g;

function mentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    const digits = m[1]!;
    const year = /\d/.test(digits) ? Number(digits) : readChineseNumber(digits);
    if (year === null || year < 1949 || year > 2100) continue;
    if (/\d/.test(text[start - 1] ?? '')) continue;
    const before = text.slice(Math.max(0, start - 4), start);
    const after = text.slice(end, end + 3);
    // Dates, spans, comparisons and book titles are not contexts.
    if (/^\s*\d{1,2}\s*月/.test(after) || /^[一二三四五六七八九十]{1,2}月/.test(after)) continue;
    if (/[-–—~～至到]$/.test(before) && /\d$/.test(text.slice(0, start - 1))) continue;
    if (/^[-–—~～至到]\s*(\d{4}|[〇零一二三四五六七八九]{4})/.test(text.slice(end))) continue;
    if (/(比|较|与|同|相比|对比|以|自|从)$/.test(before) || /^(的|基础|水平|相比|以来|远景)/.test(after))
      continue;
    const suffix = m[2] ?? '';
    out.push({
      start,
      end,
      year,
      explicitTarget: /(到|至|于|力争|争取)$/.test(before) || suffix.includes('前'),
      explicitFact: /(截至|截止|截止到|截至到)$/.test(before),
      period: false,
      periodEnd: false,
    });
  }
  for (const m of text.matchAll(PERIOD)) {
    const n = readChineseNumber(m[1]!)!;
    if (/以来$/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      year: 2005 + 5 * n,
      explicitTarget: false,
      explicitFact: false,
      period: true,
      periodEnd: /末/.test(m[2] ?? ''),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The plan's target year when none is given: the latest year a 到…年 or a five-year period names; failing
 * that, the latest year mentioned at all; null for a text without years.
 */
export function inferTargetYear(text: string): number | null {
  const all = mentions(text);
  const pointed = all.filter((m) => m.explicitTarget || m.period).map((m) => m.year);
  if (pointed.length > 0) return Math.max(...pointed);
  const any = all.filter((m) => !m.explicitFact).map((m) => m.year);
  return any.length > 0 ? Math.max(...any) : null;
}

export function findYearMarkers(text: string, targetYear: number | null): YearMarker[] {
  const markers: YearMarker[] = mentions(text).map((m) => {
    const past = targetYear !== null && m.year < targetYear;
    if (m.period) {
      // A past period's end is its last year ("十三五"末: 2020, the base of a 十四五 plan); the span has none.
      return past
        ? { start: m.start, end: m.end, role: 'fact' as const, year: m.periodEnd ? m.year : null }
        : { start: m.start, end: m.end, role: 'target' as const, year: m.year };
    }
    if (m.explicitFact || (!m.explicitTarget && past)) {
      return { start: m.start, end: m.end, role: 'fact' as const, year: m.year };
    }
    return { start: m.start, end: m.end, role: 'target' as const, year: m.year };
  });
  for (const m of text.matchAll(PRESENT)) {
    // 比目前翻一番, 与当前相比: a comparison; 由目前的3.5万元增长到5.3万元: a target's own base. Not contexts.
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (/(比|较|与|同|于|由|从)$/.test(before) || /^(的|相比|水平|基础)/.test(after)) continue;
    markers.push({ start: m.index, end: m.index + m[0].length, role: 'fact', year: null });
  }
  if (targetYear !== null) {
    for (const m of text.matchAll(PLAN_END)) {
      markers.push({ start: m.index, end: m.index + m[0].length, role: 'target', year: targetYear });
    }
    // A bare 期末 (not part of 规划期末 or 十四五期末, already read) is the end of the plan period.
    const read = markers.slice().sort((a, b) => a.start - b.start);
    const readStarts = read.map((k) => k.start);
    for (const m of text.matchAll(/期末/g)) {
      const k = firstAtOrAfter(readStarts, m.index + 1);
      if (k > 0 && m.index < read[k - 1]!.end) continue;
      markers.push({ start: m.index, end: m.index + 2, role: 'target', year: targetYear });
    }
  }
  return markers.sort((a, b) => a.start - b.start);
}
