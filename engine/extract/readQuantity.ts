// Reads one number-with-unit in its clause: its name, comparator, kind, printed base and whether the clause
// makes it a target (a verb or comparator, or the figure ends the clause) — or says it is not a figure of its
// own (a qualifier inside a name, the A of 从A增加到B). The year, 力争 and facts are the caller's: they
// depend on what came before the clause.

import { capsLevel } from '../units/capsLevel.ts';
import { cumulativeCount } from './cumulativeCount.ts';
import type { Comparator, DraftTarget, DraftValue } from './extractTypes.ts';
import type { Quantity } from './findQuantities.ts';
import { firstAtOrAfter } from './firstAtOrAfter.ts';
import { intensityUnit } from './intensityUnit.ts';
import { isPeriodTotal } from './isPeriodTotal.ts';
import { comparatorAfter, comparatorWordBefore, flipComparator, statesNoSide } from './readComparator.ts';
import { readKind } from './readKind.ts';
import { cleanName, nameAfter } from './readName.ts';
import { splitSubjects } from './splitSubjects.ts';

/** Words that make a clause a target even when its figure is not at the clause's end. */
const CUE =
  /达|新增|净增|增加|增长|增速|提高|提升|培育|打造|建成|形成|引进|创建|筛选|申报|举办|推介|扶持|认定|新建|完成|突破|超|不少于|不低于|不超过|控制在|保持|稳定在|每年|年均|累计|实现|拥有|争创|力争|下降|降低|减少|以上|以内|左右/;

/** A clause is read at most this far back from its figure: plan clauses are short, pastes may not be. */
const WINDOW = 200;

/** What every figure of one text is read against, computed once. */
export interface QuantityContext {
  /** The text, half-width, same offsets. */
  norm: string;
  /** The text as given, for figures as printed. */
  text: string;
  quantities: Quantity[];
  /** quantities' start offsets, ascending. */
  starts: number[];
  /** Offsets of clause-ending punctuation (, : 。 ! ? ; newline), ascending. */
  clauseEnds: number[];
}

export interface QuantityReading {
  name: string;
  figure: string;
  offset: number;
  value: DraftValue;
  unit: string;
  comparator: Comparator;
  kind: DraftTarget['kind'];
  base: number | null;
  /** The base as printed, from 从/由 to its figure (由2020年的156家); null without a base. */
  baseText: string | null;
  /** The clause says this is something to reach (a verb, a comparator, or the figure ends the clause). */
  cued: boolean;
  /** A total over the period, the sum of yearly figures (五年累计…): an `increase` that needs no stock base. */
  total: boolean;
  /** A bare 累计 before a count (cumulativeCount): which way it was read, for the review to say. */
  cumulative: 'to-date' | 'in-period' | null;
  /**
   * A level its unit makes a cap (capsLevel), stated with no side of its own (达到0.36吨标准煤/万元, or the bare
   * figure): a target is met at or below it. `comparator` stays the plain reading, which a base fact keeps (the
   * generator takes a base year's figure only as a plain one).
   */
  cap: boolean;
}

/**
 * Reads quantity `index` in its clause, or null when it is not a figure of its own: a qualifier inside a
 * name (年营业收入超1亿元企业10家: 1亿元 describes the firms counted) or the base of 从A增加到B.
 */
/**
 * What lies between a base and its target in 由…到…: a verb ending in 到/至, and the target's year where the
 * sentence dates it there (由2020年的66.8%提高到2025年的72%). With the year in, the base had been missed and the
 * name read 常住人口城镇化率由的66.8%.
 */
const TO_THE_FIGURE = /(到|至)(?:\d{4}年(?:末|底)?的?)?$/;

export function readQuantity(ctx: QuantityContext, index: number, perYear: boolean): QuantityReading | null {
  const { norm, text, quantities, starts, clauseEnds } = ctx;
  const q = quantities[index]!;
  // The clause around the figure, looked at no further than WINDOW characters back.
  const k = firstAtOrAfter(clauseEnds, q.start);
  const clauseStart = Math.max(k > 0 ? clauseEnds[k - 1]! + 1 : 0, q.start - WINDOW);
  const clauseEnd = clauseEnds[firstAtOrAfter(clauseEnds, q.end)] ?? norm.length;
  const itemStart = clauseStart + norm.slice(clauseStart, q.start).lastIndexOf('、') + 1;
  const next = quantities[index + 1];
  const prev = quantities[index - 1];
  const nextInItem =
    next !== undefined &&
    next.start < clauseEnd &&
    next.start - q.end <= WINDOW &&
    !norm.slice(q.end, next.start).includes('、');
  const between = nextInItem ? norm.slice(q.end, next.start) : '';
  const localStart = Math.max(itemStart, prev !== undefined && prev.end > itemStart ? prev.end : 0);
  const local = norm.slice(localStart, q.start);

  // 从107家增加到500家: this is the base of the next figure.
  if (
    nextInItem &&
    /(从|由)[^,;。、]{0,10}$/.test(local) &&
    /^[^,;。、]{0,6}(到|至)/.test(between) &&
    TO_THE_FIGURE.test(between)
  )
    return null;
  // 分别 lists are read as a group; everything else with a figure after it in the same item is a qualifier.
  const clause = norm.slice(clauseStart, q.start);
  const respectively = clause.lastIndexOf('分别');
  // Not a figure followed by a note in brackets that holds the next one (300家以上（2020年为168家）): the note is
  // the base, said in passing. Read as a qualifier, the target had been lost and its base filed under 达到300家.
  const noteAfter = /^[^,;。、()]{0,6}\([^)]*$/.test(between);
  if (nextInItem && respectively < 0 && !noteAfter && !/^(和|及|与|、)$/.test(between)) return null;

  const after = norm.slice(q.end, q.end + 4);
  const suffix = comparatorAfter(after);
  const figureEnd = q.end + (suffix?.word.length ?? 0);
  // The word that set the comparator (null: none, the plain ≥), for whether it says a side (statesNoSide).
  let said = suffix ?? comparatorWordBefore(local);
  let comparator: Comparator = Array.isArray(q.value) ? 'range' : (said?.comparator ?? '>=');
  let kindBefore = clause;
  // The name starts at the item (打造5家A、13个B: B) unless the 、 list is the subject's (新增A、B超过5个).
  const listOfFigures = (starts[firstAtOrAfter(starts, clauseStart)] ?? Number.POSITIVE_INFINITY) < itemStart;
  // A figure in such a note is named by the figure before it (the caller's last name), not by that figure's words.
  const open = clause.lastIndexOf('(');
  const inNote =
    open >= 0 &&
    !clause.slice(open).includes(')') &&
    prev !== undefined &&
    prev.start >= clauseStart &&
    prev.end <= clauseStart + open;
  let name = cleanName(
    inNote ? clause.slice(open + 1) : norm.slice(listOfFigures ? itemStart : clauseStart, q.start),
  );
  let cued =
    CUE.test(clause) ||
    CUE.test(after.slice(0, 2)) ||
    (clauseEnd - figureEnd <= WINDOW && /^\s*$/.test(norm.slice(figureEnd, clauseEnd)));

  if (respectively >= 0) {
    // 规上工业增加值、固定资产投资分别增长7%、8%左右: names from the subject, one per figure, and the
    // comparator or kind word of the group for every member.
    const first = firstAtOrAfter(starts, clauseStart + respectively);
    const group = quantities.slice(first, firstAtOrAfter(starts, clauseEnd));
    const position = index - first;
    const last = group[group.length - 1]!;
    const groupSuffix = comparatorAfter(norm.slice(last.end, last.end + 4));
    const head = norm.slice(clauseStart + respectively + 2, group[0]!.start);
    if (!Array.isArray(q.value) && suffix === null) {
      said = groupSuffix ?? comparatorWordBefore(head);
      comparator = said?.comparator ?? '>=';
    }
    kindBefore = norm.slice(clauseStart, group[0]!.start);
    const subjects = splitSubjects(cleanName(norm.slice(clauseStart, clauseStart + respectively)));
    name = subjects.length === group.length ? subjects[position]! : subjects.join('、');
    cued = true;
  } else if (name === '') {
    name = nameAfter(norm.slice(figureEnd, figureEnd + 40));
  }

  let base: number | null = null;
  let baseText: string | null = null;
  if (prev !== undefined && prev.start >= itemStart && typeof prev.value === 'number') {
    const span = norm.slice(itemStart, prev.start);
    const from = itemStart + Math.max(span.lastIndexOf('从'), span.lastIndexOf('由'));
    const pre = norm.slice(Math.max(itemStart, from), prev.start);
    const mid = norm.slice(prev.end, q.start);
    if (/^[从由]/.test(pre) && TO_THE_FIGURE.test(mid) && prev.unit === q.unit) {
      base = prev.value;
      baseText = text.slice(Math.max(itemStart, from), prev.end);
      name = cleanName(norm.slice(itemStart, from));
    }
  }

  // 翻一番 names its own kind: the level at the end is a multiple of the base.
  const total = !q.doubling && isPeriodTotal(kindBefore, q.unit);
  const { kind, decrease } = q.doubling
    ? { kind: 'cumulative-growth' as const, decrease: false }
    : total
      ? { kind: 'increase' as const, decrease: false }
      : readKind(kindBefore, q.unit, perYear);
  let value: DraftValue = q.value;
  if (decrease) {
    value = Array.isArray(value) ? [-value[1], -value[0]] : -value;
    comparator = flipComparator(comparator);
  }
  const unit = intensityUnit(name, q.unit);
  const cap =
    kind === 'level' &&
    comparator === '>=' &&
    statesNoSide(said?.word ?? null) &&
    typeof value === 'number' &&
    capsLevel(unit, base !== null && value < base);
  return {
    name,
    figure: text.slice(q.start, figureEnd),
    offset: q.start,
    value,
    unit,
    comparator,
    kind,
    base,
    baseText,
    cued,
    total,
    cumulative: q.doubling ? null : cumulativeCount(kindBefore, q.unit),
    cap,
  };
}
