// Finds the quantitative targets in the text of a plan and returns them as a draft for the planner to review.
//
// The text is read once, front to back, as a plan is read: headings set the section; year words set the
// year of the clauses after them (到2025年 until another year is named; "十三五"期间 or 截至2020年底 make the
// figures of their paragraph facts about the past, reported apart as base facts); 力争 marks the clause it
// opens, 每年 the sentence. Each number with a unit is then read in its clause for its name, comparator,
// kind and printed base. See DESIGN.md, "Plans from text and from tables", for the idioms.
import type {
  BaseFact,
  Comparator,
  DraftTarget,
  DraftValue,
  ExtractMessage,
  ExtractOptions,
  ExtractResult,
} from './extractTypes.ts';
import { findHeadings, sectionPaths } from './findHeadings.ts';
import { findQuantities, type Quantity } from './findQuantities.ts';
import { findYearMarkers, inferTargetYear } from './findYearMarkers.ts';
import { comparatorAfter, comparatorBefore, flipComparator } from './readComparator.ts';
import { readKind } from './readKind.ts';
import { cleanName, nameAfter } from './readName.ts';
import { splitSubjects } from './splitSubjects.ts';
import { toHalfWidthSameLength } from './toHalfWidthSameLength.ts';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

const CLAUSE_END = /[,:。!?;\n]/;
const SENTENCE_END = /[。!?;\n]/;
/** Words that make a clause a target even when its figure is not at the clause's end. */
const CUE =
  /达|新增|净增|增加|增长|增速|提高|提升|培育|打造|建成|形成|引进|创建|筛选|申报|举办|推介|扶持|认定|新建|完成|突破|超|不少于|不低于|不超过|控制在|保持|稳定在|每年|年均|累计|实现|拥有|争创|力争|下降|降低|减少|以上|以内|左右/;

interface State {
  targetYear: number | null;
  /** Set by a past-year word; cleared at a new paragraph, a heading or a target-year word. */
  fact: { year: number | null } | null;
}

export function extractTargets(text: string, options: ExtractOptions = {}): ExtractResult {
  const limitBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const empty = (messages: ExtractMessage[]): ExtractResult => ({
    targets: [],
    baseFacts: [],
    targetYear: options.targetYear ?? null,
    messages,
  });
  // Cheap bound first: a UTF-8 character is at most 3 bytes for these texts (4 for astral ones, 2 UTF-16 units).
  if (text.length > limitBytes || (text.length * 3 > limitBytes && utf8Length(text) > limitBytes)) {
    return empty([{ code: 'text-too-large', bytes: utf8Length(text), limitBytes }]);
  }
  if (text.trim() === '') return empty([{ code: 'empty-text' }]);

  const norm = toHalfWidthSameLength(text);
  const planYear = options.targetYear ?? inferTargetYear(norm);
  const books = spans(norm, /《[^《》\n]{0,80}》/g);
  const quoted = spans(norm, /“[^“”\n]{0,20}”/g);
  const inside = (list: [number, number][], at: number) => list.some(([a, b]) => a <= at && at < b);
  // Figures inside a book title or a short quoted name (“11332”工程) are not the plan's; year words in
  // quotes (“十四五”期间) are.
  const quantities = findQuantities(norm).filter((q) => !inside(books, q.start) && !inside(quoted, q.start));
  const markers = findYearMarkers(norm, planYear).filter((m) => !inside(books, m.start));
  const headings = findHeadings(norm);
  const paths = sectionPaths(headings);

  type Event =
    | { at: number; order: number; type: 'heading'; path: string }
    | { at: number; order: number; type: 'year'; role: 'target' | 'fact'; year: number | null }
    | { at: number; order: number; type: 'open' | 'close' | 'clause' | 'sentence' | 'paragraph' }
    | { at: number; order: number; type: 'aspire' | 'perYear' }
    | { at: number; order: number; type: 'quantity'; index: number };
  const events: Event[] = [];
  for (const p of paths) events.push({ at: p.offset, order: 0, type: 'heading', path: p.path });
  for (const m of markers) events.push({ at: m.start, order: 1, type: 'year', role: m.role, year: m.year });
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i]!;
    if (c === '(' || c === '（') events.push({ at: i, order: 2, type: 'open' });
    else if (c === ')' || c === '）') events.push({ at: i, order: 2, type: 'close' });
    else if (c === '\n') events.push({ at: i, order: 2, type: 'paragraph' });
    else if (SENTENCE_END.test(c)) events.push({ at: i, order: 2, type: 'sentence' });
    else if (c === ',' || c === ':') events.push({ at: i, order: 2, type: 'clause' });
  }
  for (const m of norm.matchAll(/力争|争取/g)) events.push({ at: m.index, order: 1, type: 'aspire' });
  // 每年 / 年均 before a count is a quota (每年筛选5家); before a rate (年均增长7%) it is not.
  for (const m of norm.matchAll(/(每年|年均)(?!(增长|增速|增加|递增|提高|提升|增幅|下降|降低|减少))/g))
    events.push({ at: m.index, order: 1, type: 'perYear' });
  quantities.forEach((q, index) => {
    events.push({ at: q.start, order: 3, type: 'quantity', index });
  });
  events.sort((a, b) => a.at - b.at || a.order - b.order);

  const targets: DraftTarget[] = [];
  const baseFacts: BaseFact[] = [];
  let state: State = { targetYear: null, fact: null };
  const saved: State[] = [];
  let section: string | null = null;
  let aspire = false;
  let aspireUsed = false;
  let perYear = false;
  let lastName = '';

  for (const e of events) {
    switch (e.type) {
      case 'heading':
        section = e.path;
        state = { ...state, fact: null };
        break;
      case 'year':
        state =
          e.role === 'target' ? { targetYear: e.year, fact: null } : { ...state, fact: { year: e.year } };
        break;
      case 'open':
        saved.push(state);
        break;
      case 'close':
        state = saved.pop() ?? state;
        break;
      case 'aspire':
        aspire = true;
        aspireUsed = false;
        break;
      case 'perYear':
        perYear = true;
        break;
      case 'clause':
        if (aspireUsed) aspire = false;
        break;
      case 'sentence':
      case 'paragraph':
        aspire = false;
        perYear = false;
        lastName = '';
        if (e.type === 'paragraph') {
          state = { ...(saved[0] ?? state), fact: null };
          saved.length = 0;
        }
        break;
      case 'quantity': {
        const read = readQuantity(norm, text, quantities, e.index, perYear);
        if (read === null) break;
        if (state.fact !== null) {
          baseFacts.push({
            name: read.name || lastName,
            figure: read.figure,
            offset: read.offset,
            value: read.value,
            unit: read.unit,
            comparator: read.comparator,
            year: state.fact.year,
            section,
          });
          if (read.name) lastName = read.name;
          break;
        }
        if (!read.cued && !aspire && !perYear) break;
        const name = read.name.startsWith('占') && lastName ? lastName + read.name : read.name || lastName;
        targets.push({
          name,
          figure: read.figure,
          offset: read.offset,
          value: read.value,
          unit: read.unit,
          comparator: read.comparator,
          kind: read.kind,
          year: state.targetYear,
          base: read.base,
          aspirational: aspire,
          section,
        });
        if (read.name && !read.name.startsWith('占')) lastName = read.name;
        aspireUsed = true;
        break;
      }
    }
  }
  const messages: ExtractMessage[] = targets.length === 0 ? [{ code: 'no-targets' }] : [];
  return { targets, baseFacts, targetYear: planYear, messages };
}

interface QuantityReading {
  name: string;
  figure: string;
  offset: number;
  value: DraftValue;
  unit: string;
  comparator: Comparator;
  kind: DraftTarget['kind'];
  base: number | null;
  /** The clause says this is something to reach (a verb, a comparator, or the figure ends the clause). */
  cued: boolean;
}

/**
 * Reads quantity `index` in its clause, or null when it is not a figure of its own: a qualifier inside a
 * name (年营业收入超1亿元企业10家: 1亿元 describes the firms counted) or the base of 从A增加到B.
 */
function readQuantity(
  norm: string,
  text: string,
  quantities: Quantity[],
  index: number,
  perYear: boolean,
): QuantityReading | null {
  const q = quantities[index]!;
  const clauseStart = lastIndexOfRe(norm, CLAUSE_END, q.start) + 1;
  const clauseEnd = indexOfRe(norm, CLAUSE_END, q.end);
  const itemStart = Math.max(clauseStart, norm.lastIndexOf('、', q.start - 1) + 1);
  const next = quantities[index + 1];
  const prev = quantities[index - 1];
  const nextInItem =
    next !== undefined && next.start < clauseEnd && !norm.slice(q.end, next.start).includes('、');
  const between = nextInItem ? norm.slice(q.end, next.start) : '';
  const localStart = Math.max(itemStart, prev !== undefined && prev.end > itemStart ? prev.end : 0);
  const local = norm.slice(localStart, q.start);

  // 从107家增加到500家: this is the base of the next figure.
  if (nextInItem && /(从|由)[^,;。、]{0,10}$/.test(local) && /^[^,;。、]{0,6}(到|至)$/.test(between))
    return null;
  // 分别 lists are read as a group; everything else with a figure after it in the same item is a qualifier.
  const clause = norm.slice(clauseStart, q.start);
  const respectively = clause.lastIndexOf('分别');
  if (nextInItem && respectively < 0 && !/^(和|及|与|、)$/.test(between)) return null;

  const after = norm.slice(q.end, q.end + 4);
  const suffix = comparatorAfter(after);
  let figureEnd = q.end + (suffix?.word.length ?? 0);
  let comparator: Comparator = Array.isArray(q.value)
    ? 'range'
    : (suffix?.comparator ?? comparatorBefore(local) ?? '>=');
  let kindBefore = clause;
  // The name starts at the item (打造5家A、13个B: B) unless the 、 list is the subject's (新增A、B超过5个).
  const listOfFigures = quantities.some((x) => x.start >= clauseStart && x.start < itemStart);
  let name = cleanName(norm.slice(listOfFigures ? itemStart : clauseStart, q.start));
  let cued =
    CUE.test(clause) || CUE.test(after.slice(0, 2)) || /^\s*$/.test(norm.slice(figureEnd, clauseEnd));

  if (respectively >= 0) {
    // 规上工业增加值、固定资产投资分别增长7%、8%左右: names from the subject, one per figure, and the
    // comparator or kind word of the group for every member.
    const group = quantities.filter((g) => g.start >= clauseStart + respectively && g.start < clauseEnd);
    const position = group.indexOf(q);
    const last = group[group.length - 1]!;
    const groupSuffix = comparatorAfter(norm.slice(last.end, last.end + 4));
    const head = norm.slice(clauseStart + respectively + 2, group[0]!.start);
    if (!Array.isArray(q.value) && suffix === null) {
      comparator = groupSuffix?.comparator ?? comparatorBefore(head) ?? '>=';
    }
    kindBefore = norm.slice(clauseStart, group[0]!.start);
    const subjects = splitSubjects(cleanName(norm.slice(clauseStart, clauseStart + respectively)));
    name = subjects.length === group.length ? subjects[position]! : subjects.join('、');
    cued = true;
  } else if (name === '') {
    name = nameAfter(norm.slice(figureEnd));
  }

  let base: number | null = null;
  if (prev !== undefined && prev.start >= itemStart && typeof prev.value === 'number') {
    const pre = norm.slice(Math.max(itemStart, lastIndexOfRe(norm, /[从由]/, prev.start)), prev.start);
    const mid = norm.slice(prev.end, q.start);
    if (/^[从由]/.test(pre) && /(到|至)$/.test(mid) && prev.unit === q.unit) {
      base = prev.value;
      name = cleanName(norm.slice(itemStart, lastIndexOfRe(norm, /[从由]/, prev.start)));
    }
  }

  const { kind, decrease } = readKind(kindBefore, q.unit, perYear);
  let value: DraftValue = q.value;
  if (decrease) {
    value = Array.isArray(value) ? [-value[1], -value[0]] : -value;
    comparator = flipComparator(comparator);
  }
  if (suffix === null) figureEnd = q.end;
  return {
    name,
    figure: text.slice(q.start, figureEnd),
    offset: q.start,
    value,
    unit: q.unit,
    comparator,
    kind,
    base,
    cued,
  };
}

function spans(text: string, re: RegExp): [number, number][] {
  return [...text.matchAll(re)].map((m): [number, number] => [m.index, m.index + m[0].length]);
}

function lastIndexOfRe(text: string, re: RegExp, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (re.test(text[i]!)) return i;
  return -1;
}

function indexOfRe(text: string, re: RegExp, from: number): number {
  for (let i = from; i < text.length; i++) if (re.test(text[i]!)) return i;
  return text.length;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
