// Finds the quantitative targets in the text of a plan and returns them as a draft for the planner to review.
//
// The text is read once, front to back, as a plan is read: headings set the section; year words set the
// year of the clauses after them (到2025年 until another year is named; "十三五"期间 or 截至2020年底 make the
// figures of their paragraph facts about the past, reported apart as base facts; said in passing after a
// target of the paragraph, a past year dates only its own sentence or clause); 力争 marks the clause it
// opens, 每年 the sentence. Each number with a unit is then read in its clause for its name, comparator,
// kind and printed base. See docs/plan-import.md, "Reading a text", for the idioms.

import { oversizeBytes } from '../plan/oversizeBytes.ts';
import { withoutAreaOrCount } from '../plan/withoutAreaOrCount.ts';
import { locateHeader, readPlanTableRows } from '../table/readPlanTableRows.ts';
import {
  type BaseFact,
  type DraftTarget,
  type ExtractMessage,
  type ExtractOptions,
  type ExtractResult,
  MAX_TARGETS,
} from './extractTypes.ts';
import { findComparisons } from './findComparisons.ts';
import { findHeadings, sectionPaths } from './findHeadings.ts';
import { findMilestones } from './findMilestones.ts';
import { findMistypedFigures } from './findMistypedFigures.ts';
import { findQuantities } from './findQuantities.ts';
import { findStructureRatios } from './findStructureRatios.ts';
import { findTextTables } from './findTextTables.ts';
import { findYearMarkers, inferTargetYear } from './findYearMarkers.ts';
import { firstAtOrAfter } from './firstAtOrAfter.ts';
import { joinSoftBreaks } from './joinSoftBreaks.ts';
import { natureAfter } from './natureAfter.ts';
import { opensTargetClause } from './opensTargetClause.ts';
import { planTitle } from './planTitle.ts';
import { ANNUAL_MEASURE_NOUNS } from './readKind.ts';
import { cleanName } from './readName.ts';
import { type QuantityContext, readQuantity } from './readQuantity.ts';
import { toHalfWidthSameLength } from './toHalfWidthSameLength.ts';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Whether a message refuses the whole text (nothing is drafted from it), as opposed to a warning. */
export function refusesText(m: ExtractMessage): boolean {
  return m.code === 'text-too-large' || m.code === 'empty-text' || m.code === 'too-many-targets';
}

const SENTENCE_END = /[。!?;\n]/;
/** How much of the clause after a comma is looked at for its verb. */
const WINDOW_CLAUSE = 40;

interface State {
  targetYear: number | null;
  /**
   * Set by a past-year word; cleared at a new paragraph, a heading or a target-year word. A past year met in a
   * paragraph that has already stated a target (到2030年…达到28亿元，2025年为15.6亿元) is said in passing: it
   * holds only to the end of its sentence or until a clause opens with a target verb (`inPassing`).
   */
  fact: { year: number | null; inPassing: boolean } | null;
}

/** 每年 / 年均 as a quota's cue: not before a rate (年均增长7%), nor before a measure (年均浓度). */
const PER_YEAR = new RegExp(
  `(每年|年均)(?!(增长|增速|增加|递增|提高|提升|增幅|下降|降低|减少|${ANNUAL_MEASURE_NOUNS}))`,
  'g',
);

export function extractTargets(text: string, options: ExtractOptions = {}): ExtractResult {
  const limitBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const empty = (messages: ExtractMessage[]): ExtractResult => ({
    targets: [],
    baseFacts: [],
    targetYear: options.targetYear ?? null,
    messages,
  });
  // Cheap bound first: a UTF-8 character is at most 3 bytes for these texts (4 for astral ones, 2 UTF-16 units).
  const oversize = oversizeBytes(text, limitBytes);
  if (oversize !== null) return empty([{ code: 'text-too-large', bytes: oversize, limitBytes }]);
  if (text.trim() === '') return empty([{ code: 'empty-text' }]);

  const norm = joinSoftBreaks(toHalfWidthSameLength(text));
  const planYear = options.targetYear ?? inferTargetYear(norm);
  const books = spans(norm, /《[^《》\n]{0,80}》/g);
  const quoted = spans(norm, /“[^“”\n]{0,20}”/g);
  // Spans do not overlap and come in order: the one that could hold `at` is the last starting at or before it.
  const bookStarts = books.map((x) => x[0]);
  const quotedStarts = quoted.map((x) => x[0]);
  const inside = (list: [number, number][], at: number) => {
    const k = firstAtOrAfter(list === books ? bookStarts : quotedStarts, at + 1);
    return k > 0 && at < list[k - 1]![1];
  };
  // Figures inside a book title or a short quoted name (“11332”工程) are not the plan's; year words in
  // quotes (“十四五”期间) are.
  // A table in the text is read as a table; its cells are not prose.
  const headings = findHeadings(norm);
  const paths = sectionPaths(headings);
  const tables = tableTargets(text, norm, paths, planYear);
  const inTable = (at: number) => tables.spans.some(([s, e]) => at >= s && at < e);
  const quantities = findQuantities(norm).filter(
    (q) => !inside(books, q.start) && !inside(quoted, q.start) && !inTable(q.start),
  );
  const markers = findYearMarkers(norm, planYear).filter((m) => !inside(books, m.start) && !inTable(m.start));

  const events = textEvents(norm, {
    paths,
    markers,
    quantities,
    inBook: (at) => inside(books, at),
  });
  const clauseEnds: number[] = [];
  for (let i = 0; i < norm.length; i++) if (/[,:。!?;\n]/.test(norm[i]!)) clauseEnds.push(i);
  const ctx: QuantityContext = { norm, text, quantities, starts: quantities.map((q) => q.start), clauseEnds };

  const all = walkEvents(events, ctx, text);
  // A figure said against another indicator (农村居民收入增速高于城镇居民1个百分点) names no indicator of its own:
  // drafted, it had become an indicator "高于城镇居民" whose base the data request asked the statistics office for.
  const relative = all.targets.filter((t) => RELATIVE.test(t.name));
  const walked = { ...all, targets: all.targets.filter((t) => !relative.includes(t)) };
  // The prose's facts, then the 附表's (a rate-only row's base level): the generator takes the first of a name.
  const baseFacts = [...walked.baseFacts, ...tables.facts];
  // A table row the prose already states (the same indicator, the same figure) is drafted once, as the prose
  // words it, with the base and the 属性 the table prints: prose rarely says 约束性, the 附表 does.
  const same = (a: DraftTarget, b: DraftTarget) =>
    draftKey(a.name) === draftKey(b.name) && JSON.stringify(a.value) === JSON.stringify(b.value);
  // The rows may be in two tables (分年度 and the 附表): each gives what it has.
  const prose = walked.targets.map((p) => {
    const rows = tables.targets.filter((t) => same(p, t));
    const row = rows.find((t) => t.base !== null);
    const nature =
      rows.find((t) => t.nature)?.nature ?? natureAfter(text, p.offset + p.figure.length) ?? undefined;
    const withNature = nature ? { ...p, nature } : p;
    return row && p.base === null
      ? {
          ...withNature,
          base: row.base,
          baseYear: row.baseYear ?? null,
          ...(row.baseFigure ? { baseFigure: row.baseFigure } : {}),
        }
      : withNature;
  });
  const targets = [...prose, ...tables.targets.filter((t) => !prose.some((p) => same(p, t)))].sort(
    (a, b) => a.offset - b.offset,
  );
  // A plan states tens of targets, a hundred or two at most; thousands mean text that is not a plan's targets
  // (a table of statistics, a page pasted many times), and drafting them all would bury the review.
  if (targets.length > MAX_TARGETS)
    return empty([{ code: 'too-many-targets', found: targets.length, limit: MAX_TARGETS }]);
  const mistyped = findMistypedFigures(norm)
    .filter((f) => !inside(books, f.offset) && !inside(quoted, f.offset) && !inTable(f.offset))
    .map((f) => ({
      code: 'mistyped-figure' as const,
      line: norm.slice(0, f.offset).split('\n').length,
      figure: f.figure,
      meant: f.meant,
    }));
  const lineOf = (offset: number) => norm.slice(0, offset).split('\n').length;
  const targetLines = new Set(targets.map((t) => lineOf(t.offset) - 1));
  const compared = findComparisons(norm, targetLines)
    .filter((c) => !inside(books, c.offset) && !inside(quoted, c.offset) && !inTable(c.offset))
    .map((c) => ({
      code: 'unquantified-comparison' as const,
      line: lineOf(c.offset),
      text: text.slice(c.offset, c.offset + c.text.length),
    }));
  const messages: ExtractMessage[] = [
    ...(targets.length === 0 ? [{ code: 'no-targets' as const }] : []),
    ...mistyped,
    ...compared,
    ...relative.map((t) => ({
      code: 'relative-comparison' as const,
      line: lineOf(t.offset),
      text: `${t.name}${t.figure}`,
    })),
    ...targets.flatMap((t) => {
      const reading = all.cumulative.get(t.offset);
      if (!reading) return [];
      const from = norm.lastIndexOf('累计', t.offset);
      const quoted = text.slice(from, t.offset + t.figure.length);
      return [{ code: `total-${reading}` as const, line: lineOf(t.offset), text: quoted }];
    }),
    ...tables.messages,
  ];
  const title = planTitle(text.slice(0, 2000).split('\n'));
  return { targets, baseFacts, targetYear: planYear, messages, ...(title === null ? {} : { title }) };
}

/** A name that is a comparison with another indicator, not an indicator (高于城镇居民). */
const RELATIVE = /^(?:高于|低于|快于|慢于|优于|超过|领先于?|比)/;

/**
 * A name as the prose and a table may both word it: 规模以上工业企业 / 规模以上工业企业数, 单位能耗 / 单位能耗下降,
 * …占比 / …占GDP比重, 技术合同成交额 / 技术合同成交额（五年累计）.
 */
function draftKey(name: string): string {
  // Cleaned as the prose's names are (cleanName): a table row's 新增城镇就业人数 is the prose's 城镇就业人数
  // (冯工: the same 6 万人 had been drafted twice, and the actuals reached one of the two).
  return withoutAreaOrCount(
    (cleanName(name) || name)
      .replace(/(?:下降|降低|减少)$/, '')
      .replace(/[(（](?:五年)?累计(?:数)?[)）]$/, '')
      .replace(/占(?:GDP|地区生产总值|全区地区生产总值)?(?:的)?比重$|占比$/, '占比'),
  );
}

/** The targets of the text's tables (findTextTables) that read as target tables, and the spans they cover. */
function tableTargets(
  text: string,
  norm: string,
  paths: { offset: number; path: string }[],
  /** The text's target year: a table naming no year of its own takes it. */
  targetYear: number | null,
): { targets: DraftTarget[]; spans: [number, number][]; messages: ExtractMessage[]; facts: BaseFact[] } {
  const targets: DraftTarget[] = [];
  const spans: [number, number][] = [];
  const messages: ExtractMessage[] = [];
  const facts: BaseFact[] = [];
  for (const table of findTextTables(norm)) {
    const { headerRow, keys } = locateHeader(table.cells);
    if (headerRow < 0) continue;
    const header = table.cells[headerRow]!;
    const valueColumn = keys.indexOf('value');
    const rateColumn = keys.indexOf('rate');
    const baseColumn = keys.indexOf('baseValue');
    const read = readPlanTableRows(table.cells, [], { year: targetYear });
    spans.push([table.start, table.end]);
    // A refused row is said, with the line of the text it is on: it is not drafted, and silence hid it.
    const firstLine = norm.slice(0, table.start).split('\n').length;
    for (const issue of read.issues)
      if (issue.severity !== 'info')
        messages.push({ code: 'table-issue', line: firstLine + (issue.row ?? 1) - 1, issue });
    const k = firstAtOrAfter(
      paths.map((p) => p.offset),
      table.start + 1,
    );
    const heading = k > 0 ? paths[k - 1]!.path : null;
    // A rate-only row's base level, at its cell in the text (the review highlights it there).
    for (const { row, ...f } of read.baseFacts ?? []) {
      const offset = baseColumn >= 0 ? (table.offsets[row - 1]?.[baseColumn] ?? -1) : -1;
      facts.push({ ...f, offset, section: f.section ?? heading });
    }
    for (const t of read.targets) {
      if (t.kind === 'qualitative' || t.value === null) continue;
      // A rate row cites its 年均增长 cell: 7%, not the row's level 力争26 (which had titled it 年均增长力争26).
      const column = t.fromRateColumn ? rateColumn : valueColumn;
      const offset = table.offsets[t.row - 1]![column]!;
      const cell = table.cells[t.row - 1]![column]!;
      // The row's own section (章节, or its 类别) before the heading above the table, often the table's title.
      const section = t.section ?? heading;
      targets.push({
        name: t.name,
        figure: text.slice(offset, offset + cell.length),
        offset,
        value: t.value,
        unit: t.unit,
        comparator: t.comparator,
        kind: t.kind,
        year: t.year,
        base: t.base,
        baseYear: t.baseYear,
        ...(t.base !== null && baseColumn >= 0
          ? {
              baseFigure: `${heading ? `${heading}：` : ''}${t.name} ${header[baseColumn]} ${table.cells[t.row - 1]![baseColumn]}`,
            }
          : {}),
        nature: t.nature,
        aspirational: t.aspirational,
        section,
      });
    }
  }
  return { targets, spans, messages, facts };
}

/** What the walk over the text meets, in order: headings, year words, brackets, stops, cues, figures. */
type Event =
  | { at: number; order: number; type: 'heading'; path: string }
  | { at: number; order: number; type: 'year'; role: 'target' | 'fact'; year: number | null }
  | { at: number; order: number; type: 'open' | 'close' | 'clause' | 'sentence' | 'paragraph' }
  | { at: number; order: number; type: 'aspire' | 'commit' | 'perYear' }
  | { at: number; order: number; type: 'quantity'; index: number }
  | { at: number; order: number; type: 'milestone'; figure: string; name: string }
  | { at: number; order: number; type: 'ratio'; figure: string; name: string; share: number };

/** The events of a text, sorted by offset (at one offset: headings, then words, then stops, then figures). */
function textEvents(
  norm: string,
  found: {
    paths: { offset: number; path: string }[];
    markers: { start: number; role: 'target' | 'fact'; year: number | null }[];
    quantities: { start: number }[];
    inBook: (at: number) => boolean;
  },
): Event[] {
  const { paths, markers, quantities } = found;
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
  // 确保 marks the floor the plan commits to, after or before what it strives for (力争达到420亿元、确保突破400亿元):
  // the 400 had been drafted as 力争 too, and counted apart from the binding figures.
  for (const m of norm.matchAll(/确保|保证/g)) events.push({ at: m.index, order: 1, type: 'commit' });
  // 每年 / 年均 before a count is a quota (每年筛选5家); before a rate (年均增长7%) it is not.
  // Nor before a measure (PM2.5年均浓度): an annual average is a level.
  for (const m of norm.matchAll(PER_YEAR)) events.push({ at: m.index, order: 1, type: 'perYear' });
  quantities.forEach((q, index) => {
    events.push({ at: q.start, order: 3, type: 'quantity', index });
  });
  for (const m of findMilestones(norm)) {
    if (!found.inBook(m.start)) events.push({ at: m.start, order: 3, type: 'milestone', ...m });
  }
  for (const r of findStructureRatios(norm)) events.push({ at: r.start, order: 3, type: 'ratio', ...r });
  events.sort((a, b) => a.at - b.at || a.order - b.order);
  return events;
}

/**
 * The walk: a target year, a past-facts paragraph, a 力争 or 每年 cue hold until the clause, sentence or
 * paragraph that ends them; brackets save and restore the state. Each figure becomes a target, a base fact
 * or nothing by the state it is met in.
 */
function walkEvents(
  events: Event[],
  ctx: QuantityContext,
  text: string,
): { targets: DraftTarget[]; baseFacts: BaseFact[]; cumulative: Map<number, 'to-date' | 'in-period'> } {
  const targets: DraftTarget[] = [];
  const baseFacts: BaseFact[] = [];
  /** The figures a bare 累计 before a count was read for (cumulativeCount), by offset. */
  const cumulative = new Map<number, 'to-date' | 'in-period'>();
  let state: State = { targetYear: null, fact: null };
  const saved: State[] = [];
  let section: string | null = null;
  let aspire = false;
  let aspireUsed = false;
  let perYear = false;
  let lastName = '';
  // The paragraph has named a target year or drafted a target: a past year after it is said in passing.
  let targetParagraph = false;
  const endInPassing = () => {
    if (state.fact?.inPassing) state = { ...state, fact: null };
  };

  for (const e of events) {
    switch (e.type) {
      case 'heading':
        section = e.path;
        state = { ...state, fact: null };
        break;
      case 'year':
        if (e.role === 'target') targetParagraph = true;
        state =
          e.role === 'target'
            ? { targetYear: e.year, fact: null }
            : { ...state, fact: { year: e.year, inPassing: targetParagraph } };
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
      case 'commit':
        aspire = false;
        break;
      case 'perYear':
        perYear = true;
        break;
      case 'clause':
        if (aspireUsed) aspire = false;
        if (opensTargetClause(ctx.norm.slice(e.at + 1, e.at + 1 + WINDOW_CLAUSE))) endInPassing();
        break;
      case 'sentence':
      case 'paragraph':
        aspire = false;
        perYear = false;
        lastName = '';
        endInPassing();
        if (e.type === 'paragraph') {
          state = { ...(saved[0] ?? state), fact: null };
          saved.length = 0;
          targetParagraph = false;
        }
        break;
      case 'quantity': {
        const read = readQuantity(ctx, e.index, perYear);
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
          comparator: read.cap ? '<=' : read.comparator,
          kind: read.kind,
          year: state.targetYear,
          base: read.base,
          ...(read.baseText ? { baseText: read.baseText } : {}),
          aspirational: aspire,
          section,
          ...(read.total ? { total: true as const } : {}),
        });
        if (read.cumulative) cumulative.set(read.offset, read.cumulative);
        if (read.name && !read.name.startsWith('占')) lastName = read.name;
        aspireUsed = true;
        targetParagraph = true;
        break;
      }
      case 'milestone':
      case 'ratio':
        // Only under a target year, outside a paragraph of past facts: tasks without a year are not targets.
        if (state.fact !== null || state.targetYear === null) break;
        targets.push({
          name: e.name,
          figure: text.slice(e.at, e.at + e.figure.length),
          offset: e.at,
          value: e.type === 'ratio' ? e.share : 1,
          unit: e.type === 'ratio' ? '%' : '',
          comparator: e.type === 'ratio' ? '~=' : '>=',
          kind: e.type === 'ratio' ? 'share' : 'milestone',
          year: state.targetYear,
          base: null,
          aspirational: aspire,
          section,
        });
        break;
    }
  }
  return { targets, baseFacts, cumulative };
}

function spans(text: string, re: RegExp): [number, number][] {
  return [...text.matchAll(re)].map((m): [number, number] => [m.index, m.index + m[0].length]);
}
