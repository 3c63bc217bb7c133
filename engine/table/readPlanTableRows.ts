// Reads the rows of a filled-in target table (from CSV or from a worksheet) into targets, reporting every
// cell it cannot use with its row and column — the way the actuals importer does — and never half-reading a
// cell. Numbers are read by the actuals importer's cell reader; units convert only as unitFactor allows.
import { parseNumberCell, toHalfWidth } from '../actuals/parseNumberCell.ts';
import { type BaseFact, type Comparator, type DraftValue, MAX_TARGETS } from '../extract/extractTypes.ts';
import { isIntensityName } from '../extract/intensityName.ts';
import { planTitle } from '../extract/planTitle.ts';
import { comparatorEnding, comparatorWord } from '../extract/readComparator.ts';
import { capsLevel } from '../units/capsLevel.ts';
import { perOutputUnit } from '../units/perOutputUnit.ts';
import { convertUnit, normalizeUnit } from '../units/unitFactor.ts';
import { isKnownUnit, isPointUnit, isPrintedPercent } from '../units/unitVocabulary.ts';
import { comparedYear } from './comparedYear.ts';
import { fillDownColumn } from './fillDownColumn.ts';
import {
  CATEGORY_HEADERS,
  COMPARATOR_WORDS,
  type ColumnKey,
  EXAMPLE_PREFIX,
  KIND_WORDS,
  NATURE_WORDS,
  NO_WORDS,
  PLAN_TABLE_COLUMNS,
  RATE_HEADERS,
  ROW_NUMBER_HEADERS,
  YES_WORDS,
} from './planTableColumns.ts';
import type { PlanTableResult, TableBaseFact, TableIssue, TableTarget } from './tableTypes.ts';
import { verbInCell, verbWord } from './verbInCell.ts';

export interface MergedRange {
  /** As the sheet writes it, e.g. A3:A5. */
  ref: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function normalHeader(header: string): string {
  // A note in brackets of any kind: 年均增长（%）, and the national 纲要's own 年均增长〔累计〕 or [累计].
  return toHalfWidth(header)
    .replace(/[(（[［【〔〖][^)）\]］】〕〗]*[)）\]］】〕〗]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/**
 * A header that names its year, as a plan's own 主要指标 table prints it: "2025年基期" is the base value
 * of 2025, "2030年目标" the target value for 2030 — the table then needs no year columns.
 */
function yearHeader(header: string): { key: 'baseValue' | 'value' | null; year: number } | null {
  // The role may sit in brackets (2025年（基期）), which normalHeader drops with other notes.
  const text = toHalfWidth(header)
    .replace(/\s+/g, '')
    .replace(/[(（]([^)）]*)[)）]$/, '$1')
    .toLowerCase();
  const m =
    /^(\d{4})年?(?:年末|末)?(基期值?|基数|基期数|实际值?|现状值?|目标值?|预期目标|规划目标|预期值?)?$/.exec(
      text,
    );
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1949 || year > 2100) return null;
  // A year alone (2025年 | 2030年, as most printed tables head them) is placed by the other year columns.
  return { key: m[2] === undefined ? null : /目标|预期/.test(m[2]) ? 'value' : 'baseValue', year };
}

function headerKey(header: string): ColumnKey | null {
  const h = normalHeader(header);
  // Aliases normalised as the header is: "Base year" had never matched 'base year' (spaces are dropped).
  for (const c of PLAN_TABLE_COLUMNS)
    if (c.header === h || c.aliases.some((a) => normalHeader(a) === h)) return c.key;
  if (RATE_HEADERS.includes(h)) return 'rate';
  return yearHeader(header)?.key ?? null;
}

/**
 * Each column's meaning: by its header, and for a column headed by a year alone, by its place among the year
 * columns — the latest is the target value unless another column is, the earlier ones the base.
 */
function headerKeys(header: string[]): (ColumnKey | null)[] {
  const keys = header.map(headerKey);
  const category = header.findIndex((h) => CATEGORY_HEADERS.includes(normalHeader(h)));
  if (category >= 0 && !keys.includes('section')) keys[category] = 'section';
  const bare = header
    .map((h, c) => ({ c, y: yearHeader(h) }))
    .filter((x): x is { c: number; y: { key: null; year: number } } => x.y !== null && x.y.key === null);
  if (bare.length === 0) return keys;
  const targetYear = Math.max(...bare.map((x) => x.y.year));
  for (const { c, y } of bare)
    keys[c] =
      !keys.includes('value') && y.year === targetYear
        ? 'value'
        : keys.includes('baseValue')
          ? null
          : 'baseValue';
  return keys;
}

/** The years the year columns name (keys: headerKeys'), for tables without year columns. */
function impliedYears(
  header: string[],
  keys: readonly (ColumnKey | null)[],
): { baseYear?: number; year?: number } {
  const out: { baseYear?: number; year?: number } = {};
  header.forEach((h, c) => {
    const y = yearHeader(h);
    if (!y) return;
    if (keys[c] === 'baseValue') out.baseYear ??= y.year;
    if (keys[c] === 'value') out.year ??= y.year;
  });
  return out;
}

/** A comparator written into a value cell, and the figure without it; null when there is none. */
function comparatorInCell(text: string): { comparator: Comparator; rest: string } | null {
  const t = toHalfWidth(text).trim();
  const symbol = /^(>=|<=|≥|≤|>|<|＞|＜)\s*(.+)$/.exec(t);
  if (symbol) return { comparator: SYMBOLS[symbol[1]!]!, rest: symbol[2]! };
  // The words are the text reader's (readComparator.ts): 不低于300, 约85, 300以上, 12以内.
  const word = /^(\D+?)\s*([-+]?\d.*)$/.exec(t);
  const before = word ? comparatorWord(word[1]!) : null;
  if (before) return { comparator: before, rest: word![2]! };
  const after = comparatorEnding(t);
  if (after && t.length > after.word.length)
    return { comparator: after.comparator, rest: t.slice(0, -after.word.length).trim() };
  return null;
}

const SYMBOLS: Record<string, Comparator> = {
  '>=': '>=',
  '≥': '>=',
  '>': '>',
  '＞': '>',
  '<=': '<=',
  '≤': '<=',
  '<': '<',
  '＜': '<',
};

/** A dash or slash is how a printed table leaves a cell empty (—, -, /). */
const DASH = /^[-—–―/／─]+$/;

/** A table's footnote, in whichever column it was typed: 注：…, 说明：…, 数据来源：… */
const NOTE_ROW = /^(注|备注|说明|资料来源|数据来源)\s*[:：]/;

/** A rate's name: the indicator, then its verb. */
const RATE_NAME = /^(.+?)(?:年均增长率?|年均增速|年增速|增长率|增速|增长)$/;

const isDash = (cell: string) => cell.trim() === '' || DASH.test(cell.trim());

/**
 * A row's 年均增长 cell as a rate row of its own (the cells read as 地区生产总值年均增长 | % | 5.5), or null
 * when the table has no rate column or the row leaves it empty.
 */
function rateRow(cells: string[], col: Partial<Record<ColumnKey, number>>): string[] | null {
  if (col.rate === undefined || col.name === undefined || col.value === undefined) return null;
  const rate = cells[col.rate] ?? '';
  if (isDash(rate)) return null;
  const out = [...cells];
  // Named as a rate row names itself (…年均增长), unless the name is a rate's already (规上工业增加值增速) or the
  // cell a total over the period ([3.7]: points gained by the target year).
  const name = (cells[col.name] ?? '').trim();
  const bracketed = /^[[［【〔〖]/.test(rate.trim());
  const said = RATE_NAME.test(name) || bracketed;
  out[col.name] = said ? name : `${name}年均增长`;
  out[col.value] = rate;
  for (const key of ['baseValue', 'kind', 'comparator', 'source'] as const)
    if (col[key] !== undefined) out[col[key]] = '';
  // A total over the period is in the row's own unit: 高新技术企业数 | 家 | 〔82〕 is 82 家 more, 受教育年限 | 年 |
  // 〔0.6〕 0.6 年 more (吴工: all three read as 82 % and the like, 提高百分点). A rate is a percentage.
  if (col.unit !== undefined && !(bracketed && (cells[col.unit] ?? '').trim() !== '')) out[col.unit] = '%';
  return out;
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

function readYear(cell: string): number | null | 'bad' {
  const t = toHalfWidth(cell).trim();
  if (t === '') return null;
  const m = /^(\d{4})(?:\.0+)?\s*年?$/.exec(t);
  if (!m) return 'bad';
  const y = Number(m[1]);
  return y >= 1949 && y <= 2100 ? y : 'bad';
}

type AddIssue = (i: TableIssue) => void;

/** The header: the first of the first five non-blank rows naming both 指标 and 目标值; -1 when none does. */
/**
 * The header: the first of the first five non-blank rows naming both 指标 and 目标值, with what each of its
 * cells names; headerRow −1 when none does. Also how a table inside a plan's text is recognised as one.
 */
export function locateHeader(rows: string[][]): { headerRow: number; keys: (ColumnKey | null)[] } {
  for (let r = 0, seen = 0; r < rows.length && seen < 5; r++) {
    if (isBlank(rows[r]!)) continue;
    seen++;
    const keys = headerKeys(rows[r]!);
    if (keys.includes('name') && keys.includes('value')) return { headerRow: r, keys };
  }
  return { headerRow: -1, keys: [] };
}

function findHeader(rows: string[][], add: AddIssue): { headerRow: number; keys: (ColumnKey | null)[] } {
  const { headerRow, keys } = locateHeader(rows);
  if (headerRow < 0) {
    const first = rows.findIndex((r) => !isBlank(r));
    add({
      severity: 'error',
      code: 'no-header',
      row: first + 1,
      column: null,
      columnName: null,
      value: rows[first]!.join(' | '),
      detail: PLAN_TABLE_COLUMNS.map((c) => c.header).join(', '),
    });
    return { headerRow, keys };
  }
  return { headerRow, keys };
}

/** Which column holds what; unknown columns are noted, a second column of the same meaning is refused. */
function columnsOf(
  header: string[],
  keys: (ColumnKey | null)[],
  implied: RowReader['implied'],
  headerRow: number,
  add: AddIssue,
): Partial<Record<ColumnKey, number>> {
  const col: Partial<Record<ColumnKey, number>> = {};
  keys.forEach((key, c) => {
    const name = header[c]!.trim();
    if (key === null) {
      // A year column besides the base's and the target's (2021 | 2022 | 2023): a target table reads two, and a
      // table of yearly figures is more likely actuals, which belong in 实施评估 (a tester's actuals.xlsx had been
      // drafted into targets, with 2022 only "unknown, ignored").
      if (yearHeader(name) !== null) {
        add({
          severity: 'warning',
          code: 'unread-year-column',
          row: headerRow + 1,
          column: c + 1,
          columnName: name,
          value: name,
        });
        return;
      }
      // A row number (序号) is a printed table's own bookkeeping: nothing to read, nothing to say.
      if (name !== '' && !ROW_NUMBER_HEADERS.includes(normalHeader(name)))
        add({
          severity: 'info',
          code: 'unknown-column',
          row: headerRow + 1,
          column: c + 1,
          columnName: name,
          value: name,
        });
      return;
    }
    if (col[key] !== undefined) {
      add({
        severity: 'error',
        code: 'duplicate-column',
        row: headerRow + 1,
        column: c + 1,
        columnName: name,
        value: name,
      });
      return;
    }
    col[key] = c;
  });
  if (col.year === undefined && implied.year === undefined) {
    add({
      severity: 'error',
      code: 'missing-column',
      row: headerRow + 1,
      column: null,
      columnName: null,
      value: null,
      detail: '目标年',
    });
  }
  return col;
}

/**
 * Rows a merged range touches are refused whole: a merged cell holds its value in one row only, and which
 * rows it was meant for is a guess. Returns their 1-based numbers.
 */
/**
 * Rows a merged range makes unreadable. A merge only in columns the reader ignores (类别 spanning its rows,
 * as printed tables have it) is nothing to it; a merge down one label column (属性 预期性 over five rows, an
 * indicator's name over its 2025 and 2030 rows) is that label on each row, written into `rows`; any other
 * merge it reads (across columns, or of figures) leaves its rows unread.
 */
function mergedRowsOf(
  merges: MergedRange[],
  headerRow: number,
  header: string[],
  col: Partial<Record<ColumnKey, number>>,
  rows: string[][],
  add: AddIssue,
): Set<number> {
  const mergedRows = new Set<number>();
  const read = new Set(Object.values(col));
  // Columns whose merged cell is a label that holds for each row it spans; a figure (a value, a base, 原文)
  // merged over rows says nothing of each.
  const labels = new Set(
    (['name', 'unit', 'baseYear', 'year', 'kind', 'comparator', 'nature', 'aspirational', 'section'] as const)
      .map((k) => col[k])
      .filter((c) => c !== undefined),
  );
  for (const m of merges) {
    if (m.bottom <= headerRow + 1) continue;
    // A footnote merged across the table (注：[ ]内为五年累计数), as printed tables have it: a note, not a merge
    // (its copies in the merged cells cleared, so the row reads as the one note it is).
    const cells = rows[m.top - 1];
    if (m.top === m.bottom && cells && NOTE_ROW.test(toHalfWidth(cells[m.left - 1] ?? '').trim())) {
      for (let c = m.left; c < m.right; c++) cells[c] = '';
      continue;
    }
    const columns = Array.from({ length: m.right - m.left + 1 }, (_, k) => m.left - 1 + k);
    if (!columns.some((c) => read.has(c))) continue;
    // A blank merged range (a spacer row under the table) holds nothing to misread.
    const blank = (r: number) => columns.every((c) => (rows[r - 1]?.[c] ?? '').trim() === '');
    if (Array.from({ length: m.bottom - m.top + 1 }, (_, k) => m.top + k).every(blank)) continue;
    if (m.left === m.right && labels.has(m.left - 1)) {
      const value = rows[m.top - 1]?.[m.left - 1] ?? '';
      for (let r = Math.max(m.top, headerRow + 2); r <= m.bottom; r++) {
        const cells = rows[r - 1];
        if (cells && (cells[m.left - 1] ?? '').trim() === '') cells[m.left - 1] = value;
      }
      continue;
    }
    add({
      severity: 'error',
      code: 'merged-cells',
      row: m.top,
      column: m.left,
      columnName: header[m.left - 1]?.trim() || null,
      value: null,
      detail: m.ref,
    });
    for (let r = Math.max(m.top, headerRow + 2); r <= m.bottom; r++) mergedRows.add(r);
  }

  return mergedRows;
}

/** One data row being read: its cells, where it is, and how an issue about one of its cells is added. */
interface RowReader {
  rowNo: number;
  header: string[];
  col: Partial<Record<ColumnKey, number>>;
  add: AddIssue;
  cellIssue: (
    code: TableIssue['code'],
    key: ColumnKey | number,
    detail?: string,
    severity?: TableIssue['severity'],
    detailText?: string,
  ) => void;
  cell: (key: ColumnKey) => string;
  /** Years the headers name ("2030年目标"), standing in for absent year columns. */
  implied: { baseYear?: number; year?: number };
}

function rowReader(
  cells: string[],
  rowNo: number,
  header: string[],
  col: Partial<Record<ColumnKey, number>>,
  implied: RowReader['implied'],
  add: AddIssue,
): RowReader {
  return {
    rowNo,
    header,
    col,
    add,
    cellIssue: (code, key, detail, severity = 'error', detailText) => {
      const c = typeof key === 'number' ? key : col[key]!;
      add({
        severity,
        code,
        row: rowNo,
        column: c + 1,
        columnName: header[c]?.trim() || null,
        value: cells[c] ?? '',
        ...(detail === undefined ? {} : { detail }),
        ...(detailText === undefined ? {} : { detailText }),
      });
    },
    cell: (key) => {
      const text = col[key] === undefined ? '' : (cells[col[key]!] ?? '').trim();
      return DASH.test(text) ? '' : text;
    },
    implied,
  };
}

/** The word cells: kind, comparator, nature, 力争; undefined where a word is not one the reader knows. */
function readWords({ cell, cellIssue }: RowReader) {
  const kindCell = cell('kind');
  const kind = kindCell === '' ? 'level' : KIND_WORDS[toHalfWidth(kindCell).toLowerCase()];
  // A 类型 that is a verb no kind word names (下降, 累计下降, 年均下降) says the kind and the fall's sign, as the
  // same verb in the value cell does: refused, a fall's row had been dropped (a tester).
  const kindVerb = kind === undefined ? verbWord(kindCell) : null;
  if (kind === undefined && !kindVerb)
    cellIssue(
      'bad-kind',
      'kind',
      Object.keys(KIND_WORDS)
        .filter((k) => /\p{Script=Han}/u.test(k))
        .join('/'),
    );
  const compCell = cell('comparator');
  const comparator: Comparator | undefined =
    compCell === '' ? undefined : COMPARATOR_WORDS[toHalfWidth(compCell).toLowerCase()];
  if (compCell !== '' && comparator === undefined)
    cellIssue('bad-comparator', 'comparator', '以上/超过/左右/以内/区间');
  const natureCell = cell('nature');
  const nature = natureCell === '' ? null : (NATURE_WORDS[natureCell.toLowerCase()] ?? undefined);
  if (nature === undefined) cellIssue('bad-nature', 'nature', '预期性/约束性');
  const flagCell = toHalfWidth(cell('aspirational')).toLowerCase();
  const aspirational =
    flagCell === '' || NO_WORDS.includes(flagCell) ? false : YES_WORDS.includes(flagCell) ? true : undefined;
  if (aspirational === undefined) cellIssue('bad-flag', 'aspirational', '是/否');

  return { kind, kindVerb, comparator, nature, aspirational };
}

/** The target year and the base year; 'bad' where a cell is not a year. */
function readYears({ cell, cellIssue, col, implied }: RowReader) {
  const year = col.year === undefined ? (implied.year ?? null) : readYear(cell('year'));
  if (year === 'bad') cellIssue('bad-year', 'year');
  else if (year === null) cellIssue('missing-year', 'year');
  const baseYear = col.baseYear === undefined ? (implied.baseYear ?? null) : readYear(cell('baseYear'));
  if (baseYear === 'bad') cellIssue('bad-year', 'baseYear');
  if (typeof year === 'number' && typeof baseYear === 'number' && baseYear >= year) {
    cellIssue('base-after-target', 'baseYear', String(year));
  }

  return { year, baseYear };
}

/** A base cell without its mark of an estimate: 1268（预计）, 预计1268, 1268(预计数), 1268（初步核算）. */
function withoutEstimateMark(text: string): string {
  const t = toHalfWidth(text).trim();
  const m =
    /^(.+?)\s*\(\s*(?:预计数?|预估数?|初步核算数?|快报数?)\s*\)$/.exec(t) ??
    /^(?:预计|预估)\s*(\d.*)$/.exec(t);
  return m ? m[1]! : text;
}

/** The unit, the target value (a number, a range, or 1 for a milestone) and the base value. */
function readValues(
  { cell, cellIssue }: RowReader,
  kind: ReturnType<typeof readWords>['kind'],
  comparatorIn: Comparator | undefined,
) {
  let comparator = comparatorIn;
  // 吨标准煤/万元GDP, tce/10k yuan: the one unit 吨标准煤/万元, as the plan's text and its actuals write it.
  let unit = perOutputUnit(cell('unit')) ?? cell('unit');
  if (unit !== '' && !isKnownUnit(unit)) cellIssue('unknown-unit', 'unit', undefined, 'warning');

  // A number cell: a unit written in it must convert to the unit column's (100万元 in a 亿元 row → 0.01).
  const readNumber = (text: string, key: ColumnKey): number | null | 'bad' => {
    const parsed = parseNumberCell(text);
    if (parsed.kind === 'blank') return null;
    if (parsed.kind === 'error') {
      // A base that does not read leaves the row's target standing, waiting for its base (基期待补).
      if (key === 'baseValue') cellIssue('bad-base', key, parsed.code, 'warning', parsed.text);
      else cellIssue('bad-number', key, parsed.code, 'error', parsed.text);
      return 'bad';
    }
    const written = parsed.percent ? '%' : parsed.unit;
    if (written === null) return parsed.value;
    if (unit === '') {
      unit = written;
      return parsed.value;
    }
    const converted =
      written === '%' && normalizeUnit(unit) === '%'
        ? parsed.value
        : convertUnit(parsed.value, written, unit);
    if (converted === null) {
      cellIssue('unit-mismatch', key, unit);
      return 'bad';
    }
    return converted;
  };

  let value: DraftValue | null = null;
  // [13.5]: a plan table's bracket marks a total over the period (注：[ ]内为五年累计数); 〔13.5〕, the
  // tortoise-shell bracket, is how most Chinese plan tables print it.
  const BRACKETED = /^[[［【〔〖](.+)[\]］】〕〗]$/;
  let bracketed = BRACKETED.exec(cell('value'));
  let valueCell = bracketed ? bracketed[1]!.trim() : cell('value');
  // 2.8（力争3）: the figure the plan commits to, with a higher one it strives for in brackets. The committed one
  // is the target; the cell, cited as printed (cellsFigure), keeps the other. It had been refused whole, and the
  // row's base with it.
  const committed = /^(.+?)\s*[(（]\s*力争\s*[^)）]*[)）]$/.exec(toHalfWidth(valueCell).trim());
  if (committed) valueCell = committed[1]!;
  // 力争12: the plan strives for it (an aspirational target), its figure after the word.
  const striven = /^力争\s*(.*)$/.exec(toHalfWidth(valueCell).trim());
  if (striven) valueCell = striven[1]!;
  // 新增3, 下降14, 提高到72: a verb before the figure says the row's kind (verbInCell); the figure is what follows.
  const verb = verbInCell(valueCell);
  if (verb) {
    valueCell = verb.rest;
    comparator ??= verb.comparator;
    // 下降〔14〕, 累计〔3.2〕: the verb printed outside the bracket, the total over the period inside. It had been
    // refused as no number.
    const inner = bracketed ? null : BRACKETED.exec(valueCell.trim());
    if (inner) {
      bracketed = inner;
      valueCell = inner[1]!.trim();
    }
  }
  // >300, ≥300, 300以上, 12以内, 约85: a printed table writes the comparator into the figure.
  const worded = comparatorInCell(valueCell);
  if (worded) {
    valueCell = worded.rest;
    comparator ??= worded.comparator;
  }
  const rangeMatch = /^(.+?)\s*(?:-|–|—|~|～|至|到)\s*(.+)$/.exec(toHalfWidth(valueCell));
  const looksRange = rangeMatch !== null && !/^-/.test(toHalfWidth(valueCell).trim());
  if (valueCell === '') {
    if (kind === 'milestone') value = 1;
    else if (kind !== 'qualitative') cellIssue('missing-value', 'value');
  } else if (comparator === 'range' || (comparator === undefined && looksRange)) {
    const lo = rangeMatch ? readNumber(rangeMatch[1]!, 'value') : 'bad';
    const hi = rangeMatch ? readNumber(rangeMatch[2]!, 'value') : 'bad';
    if (typeof lo === 'number' && typeof hi === 'number' && lo < hi) value = [lo, hi];
    else if (lo !== 'bad' && hi !== 'bad') cellIssue('bad-range', 'value');
    comparator = 'range';
  } else {
    const v = readNumber(valueCell, 'value');
    if (typeof v === 'number') value = v;
  }
  // A base is a level: a comparator copied into it (≥45.2) says nothing of it. A plan drafted before its base
  // year's statistics are out marks the base 预计 (1268（预计）): the figure is read, and cited as printed, mark
  // and all (冯工: the GDP base had been refused, and the plan check then said the plan printed none).
  const baseCell = withoutEstimateMark(cell('baseValue'));
  const baseRead = readNumber(comparatorInCell(baseCell)?.rest ?? baseCell, 'baseValue');
  if (unit === '' && kind !== 'qualitative' && valueCell !== '') cellIssue('missing-unit', 'unit');

  return {
    unit,
    value,
    comparator,
    baseRead,
    overPeriod: bracketed !== null,
    striven: striven !== null,
    verb,
  };
}

/**
 * What a bracketed value (a total over the period) measures when no 类型 says: a fall when the name ends in
 * one (能耗下降 [13.5] %: −13.5% over the period, met at or below), points for a share (in % or in 个百分点:
 * 〔3〕个百分点 is no sum of yearly figures), else an increase. A fall's indicator is the name without its verb
 * (单位GDP能耗下降 〔14〕: 单位GDP能耗, which the prose and the actuals name; kept, it was an indicator of its own).
 */
function periodKind(name: string, unit: string, value: DraftValue | null) {
  const fall = FALL_NAME_SPLIT.exec(name);
  // 单位GDP能耗 % 〔14〕, no verb: an intensity's total in % is its cut over the period (+14 points had been
  // read), said to the planner since no word of the row says which way it goes.
  const intensity = !fall && isIntensityName(name);
  if (isPrintedPercent(unit) && (fall || intensity))
    return {
      kind: 'cumulative-growth' as const,
      value: typeof value === 'number' ? -value : value,
      comparator: '<=' as Comparator,
      indicator: fall ? fall[1]! : name,
      assumedFall: intensity,
    };
  const points = isPrintedPercent(unit) || isPointUnit(unit);
  return {
    kind: points ? ('pp-change' as const) : ('increase' as const),
    value,
    indicator: name,
    assumedFall: false,
  };
}

/** The words of a fall, ending a name (能源消耗降低) or before a figure in 原文 (下降14%). */
const FALL_WORDS = '下降|降低|减少|压减|压降';
const FALL_NAME = new RegExp(`(?:${FALL_WORDS})(?:率|幅度)?$`);
const FALL_FIGURE = new RegExp(`(?:${FALL_WORDS})\\s*(?:约|了)?\\s*\\d`);
/** A fall's words ending a name, split off: the indicator, and 年均 when it is a yearly rate. */
// 累计下降 is the period's fall, as 下降 alone is: the 累计 goes with the verb, not into the indicator's name.
const FALL_NAME_SPLIT = new RegExp(`^(.+?)(?:(年均|每年)|(?:五年)?累计)?(?:${FALL_WORDS})(?:率|幅度)?$`);

/**
 * A rate row whose words say it falls (单位地区生产总值能源消耗降低 | 14 | 累计增长 | 以上, 原文 下降14%) while its
 * figure is positive: a fall of 14% or more, −14% met at or below. Read as the 类型 column alone, a binding
 * cut had been a rise of 14% with a high probability and no word. Null when the row says no fall.
 */
function asFall(
  name: string,
  source: string,
  kind: string,
  value: DraftValue | null,
  comparator: Comparator | undefined,
): { value: DraftValue; comparator: Comparator } | null {
  if (kind !== 'growth' && kind !== 'cumulative-growth' && kind !== 'pp-change') return null;
  if (!FALL_NAME.test(name) && !FALL_FIGURE.test(toHalfWidth(source))) return null;
  return asCut(value, comparator);
}

/** A positive figure as the cut it measures: 14 (以上) is −14, met at or below. Null when not positive. */
function asCut(
  value: DraftValue | null,
  comparator: Comparator | undefined,
): { value: DraftValue; comparator: Comparator } | null {
  const flipped: Partial<Record<Comparator, Comparator>> = { '>=': '<=', '>': '<', '<=': '>=', '<': '>' };
  if (typeof value === 'number' && value > 0)
    return { value: -value, comparator: flipped[comparator ?? '>='] ?? comparator ?? '<=' };
  if (Array.isArray(value) && value[0] > 0) return { value: [-value[1], -value[0]], comparator: 'range' };
  return null;
}

/** One data row as a target, or null when it is refused (its issues say why). */
function readTargetRow(cells: string[], rr: RowReader, issues: TableIssue[]): TableTarget | null {
  const { rowNo, header, col, add, cellIssue, cell } = rr;
  const before = issues.length;
  // Ragged rows: a non-blank cell beyond the header is refused (which column was it meant for?).
  for (let c = header.length; c < cells.length; c++) {
    if ((cells[c] ?? '').trim() !== '') {
      cellIssue('extra-cells', c, String(header.length));
      break;
    }
  }
  // 注：[ ]内为五年累计数 — a table's footnote, in whichever column it was typed: said, not read as a target.
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length === 1 && NOTE_ROW.test(toHalfWidth(filled[0]!))) {
    add({
      severity: 'info',
      code: 'note-row',
      row: rowNo,
      column: cells.findIndex((c) => c.trim() !== '') + 1,
      columnName: null,
      value: filled[0]!,
    });
    return null;
  }
  const compared = comparedYear(cell('name'));
  const name = compared.name;
  if (name === '') {
    cellIssue('missing-name', 'name');
    return null;
  }
  if (name.startsWith(EXAMPLE_PREFIX)) {
    add({
      severity: 'info',
      code: 'example-row',
      row: rowNo,
      column: col.name! + 1,
      columnName: header[col.name!]!.trim(),
      value: name,
    });
    return null;
  }

  const { kind: kindCell, kindVerb, comparator: comparatorCell, nature, aspirational } = readWords(rr);
  const { year, baseYear: baseYearCell } = readYears(rr);
  // 较2020年 in the name dates the change when no column does, within the plan's five years before its target
  // year (a 较2005年 of a national climate target would have moved every target's base year).
  const namedBase =
    typeof year === 'number' && compared.year !== null && compared.year < year && compared.year >= year - 5
      ? compared.year
      : null;
  const baseYear = baseYearCell ?? namedBase;
  const read = readValues(rr, kindCell, comparatorCell);
  const { unit, baseRead, verb } = read;
  // A verb in the value cell (新增3) is the 类型 where that column is empty; where it says another kind (新增3 beside
  // 总量), which was meant cannot be told, and the row is refused saying so.
  const typed = cell('kind') !== '' && !kindVerb;
  const cellKind = kindVerb ? kindVerb.kindIn(unit) : kindCell;
  if (verb && cell('kind') !== '' && cellKind !== undefined && !verb.agrees.includes(cellKind))
    rr.cellIssue('verb-contradicts-kind', 'value', cell('kind'));
  if (issues.slice(before).some((i) => i.severity === 'error')) return null;
  if (
    cellKind === undefined ||
    typeof year !== 'number' ||
    nature === undefined ||
    aspirational === undefined
  )
    return null;
  // The verb the row says, in its 类型 (下降) or before its figure (下降14).
  const rowVerb = kindVerb ?? verb;
  const kind = rowVerb && !typed ? rowVerb.kindIn(unit) : cellKind;
  // Said by the 类型 column or by a verb: the row's own words, not read from its name.
  const said = typed || rowVerb !== null;
  // 类型 累计 says what a bracket says: a total over the period. Refused, the row had been dropped, and 新增 in its
  // place read 实际利用外资累计15亿美元 as the 2025 level less 2020's (完成进度 2%, a tester). So does 累计3.
  // A rise printed in brackets (新增〔82〕) is a total over the period, as 〔82〕 alone is: the bracket says so.
  const bracketedRise = read.overPeriod && rowVerb === verb && kind === 'increase';
  const totalWord =
    /^(?:五年|期间)?累计$/.test(toHalfWidth(cell('kind')).trim()) || rowVerb?.total === true || bracketedRise;
  const period = (read.overPeriod && !said) || totalWord ? periodKind(name, unit, read.value) : null;
  // 地区生产总值年均增长 | % | 6左右: a rate row of a printed table, the indicator named without its verb;
  // 规上工业增加值增速 | % | 7左右 is one too, not a share of 7%. So is a row whose 类型 says it is a rate
  // (地区生产总值年均增长 | % | 7 | 年均增长): kept whole, its name had made an index of its own beside the
  // 地区生产总值 row, which the planner's GDP actuals could not reach (a tester).
  const namedRate = !said ? isPrintedPercent(unit) : kind === 'growth' || kind === 'cumulative-growth';
  const rate = !period && namedRate ? RATE_NAME.exec(name) : null;
  // 单位地区生产总值能耗下降 | % | 14 with no 类型: a fall over the period (年均下降: a yearly one), not a share of
  // 14% — a tester's binding target had read ≥ 14%, without a word.
  const fallName = !period && !rate && !said && isPrintedPercent(unit) ? FALL_NAME_SPLIT.exec(name) : null;
  // 城镇化率 | 个百分点 | 3 with no 类型: a rise of 3 points, as the text's 提高3个百分点 reads, not a level of 3.
  const points = !period && !said && isPointUnit(unit);
  const rowKind = fallName ? (fallName[2] ? 'growth' : 'cumulative-growth') : points ? 'pp-change' : kind;
  // A fall the value cell says (下降14) is that cut; one only the name or 原文 says is read so, and said.
  const cut = rowVerb?.falls ? asCut(read.value, read.comparator) : null;
  const fall =
    cut ?? (period || rowVerb ? null : asFall(name, cell('source'), rowKind, read.value, read.comparator));
  const kindWord =
    cell('kind') || (fallName ? (fallName[2] ? '年均增长' : '累计增长') : points ? '提高百分点' : kind);
  if (fall && !cut) rr.cellIssue('read-as-fall', 'value', kindWord, 'warning');
  if (period?.assumedFall && typeof period.value === 'number')
    rr.cellIssue('intensity-read-as-fall', 'value', String(-period.value), 'warning');
  const value = period ? period.value : (fall?.value ?? read.value);
  const level = !period && kind === 'level' && !points && typeof value === 'number';
  const below = level && typeof baseRead === 'number' && value < baseRead;
  // A time cut (审批时间 80 → 60 个工作日) is a cap: what a plan shortens it keeps within (it read ≥ 60, and warned).
  // So is an intensity (单位地区生产总值能耗 0.36 吨标准煤/万元), with its base or without: read ≥ 0.36, a binding
  // cut had been met by any rise. The text reader asks the same rule (capsLevel).
  const comparator =
    fall?.comparator ??
    read.comparator ??
    period?.comparator ??
    (level && capsLevel(unit, below) ? '<=' : undefined);
  // A level below its base with no comparator: a floor or a cap? Read as the template says (≥), and ask.
  if (comparator === undefined && below)
    rr.cellIssue('below-base', 'value', `${value} < ${baseRead}`, 'warning');
  // 数字经济核心产业占比 | % | 70, its 类型 empty or 总量: a share, as the text's 占比达到70% reads and as the plan
  // generated from it simulates it (its odds) — the printed review had said 总量 (a retester).
  const shareLevel = rowKind === 'level' && isPrintedPercent(unit);
  return {
    row: rowNo,
    name: rate ? rate[1]! : fallName ? fallName[1]! : (period?.indicator ?? name),
    unit,
    baseYear: typeof baseYear === 'number' ? baseYear : null,
    base: typeof baseRead === 'number' ? baseRead : null,
    year,
    value,
    // 较2020年增长30: a change since the year named, as the text's 较2020年增长 reads, not a rate a year.
    kind: period
      ? period.kind
      : rate && !said
        ? compared.year === null
          ? 'growth'
          : 'cumulative-growth'
        : shareLevel
          ? 'share'
          : rowKind,
    comparator: comparator ?? '>=',
    nature,
    aspirational: aspirational || read.striven,
    // 全社会固定资产投资 [2600] had been drafted as a rise of 2,600 亿元 in the yearly level, not a five-year sum.
    ...(period?.kind === 'increase' ? { total: true as const } : {}),
    section: cell('section') || null,
    figure: cell('source'),
    cellsFigure: `${name}：${cell('value')}${unit ? `（${unit}）` : ''}`,
  };
}

/**
 * The level a rate-only row gives for its base year, in the row's unit (a base cell a number, its unit not a
 * percentage, its rate not a bracketed total); null otherwise.
 */
function rateRowBase(
  cells: readonly string[],
  col: ReturnType<typeof columnsOf>,
): Omit<BaseFact, 'year' | 'section'> | null {
  const raw = withoutEstimateMark((cells[col.baseValue!] ?? '').trim());
  const written = col.unit === undefined ? '' : (cells[col.unit] ?? '').trim();
  const unit = perOutputUnit(written) ?? written;
  if (
    isDash(raw) ||
    unit === '' ||
    isPrintedPercent(unit) ||
    /^[[［【〔〖]/.test((cells[col.rate!] ?? '').trim())
  )
    return null;
  const parsed = parseNumberCell(raw);
  if (parsed.kind !== 'number' || parsed.percent) return null;
  const value = parsed.unit === null ? parsed.value : convertUnit(parsed.value, parsed.unit, unit);
  if (value === null) return null;
  const name = (cells[col.name!] ?? '').trim();
  // As a text's printed figure is read (a plain figure: '>='), so the generator takes it as one.
  return {
    name,
    figure: `${name} ${cells[col.baseValue!]!.trim()}${unit}`,
    offset: -1,
    value,
    unit,
    comparator: '>=',
  };
}

/**
 * `year`: the target year of a table that names none (no 目标年 column, no year in a header): a table inside a
 * plan's text takes the text's (its 附表 of 基期值 | 目标值 had been refused whole, for a missing 目标年).
 */
export function readPlanTableRows(
  rows: string[][],
  merges: MergedRange[] = [],
  options: { year?: number | null } = {},
): PlanTableResult {
  const issues: TableIssue[] = [];
  const targets: TableTarget[] = [];
  const baseFacts: TableBaseFact[] = [];
  const add = (i: TableIssue) => issues.push(i);
  if (rows.every(isBlank)) {
    add({ severity: 'error', code: 'empty-table', row: null, column: null, columnName: null, value: null });
    return { targets, issues };
  }
  const { headerRow, keys } = findHeader(rows, add);
  if (headerRow < 0) return { targets, issues };
  const header = rows[headerRow]!;
  // The header's years, read once for the table (every row reader had read them again).
  const implied = impliedYears(header, keys);
  if (implied.year === undefined && !keys.includes('year') && options.year != null)
    implied.year = options.year;
  const col = columnsOf(header, keys, implied, headerRow, add);
  if (issues.some((i) => i.severity === 'error')) return { targets, issues };
  // Merged cells filled down are written into a copy: the caller's rows stay as read. A 类别 column (the section
  // where there is no 章节) is written once per group and left blank below: each blank cell takes the one above.
  const category =
    col.section !== undefined && CATEGORY_HEADERS.includes(normalHeader(header[col.section] ?? ''));
  const table = category
    ? fillDownColumn(rows, col.section!, headerRow + 1)
    : merges.length > 0
      ? rows.map((cells) => [...cells])
      : rows;
  const mergedRows = mergedRowsOf(merges, headerRow, header, col, table, add);
  // A plan states a hundred or two targets at most: a sheet of thousands is not a target table (a statistics
  // export, a pasted range run long), and reviewing it row by row would bury the page.
  const dataRows = rows.slice(headerRow + 1).filter((cells) => !isBlank(cells)).length;
  if (dataRows > MAX_TARGETS) {
    add({
      severity: 'error',
      code: 'too-many-rows',
      row: null,
      column: null,
      columnName: null,
      value: `${MAX_TARGETS}`, // the limit, as the message says it
      detail: `${dataRows}`,
    });
    return { targets, issues };
  }
  for (let r = headerRow + 1; r < table.length; r++) {
    const cells = table[r]!;
    const rowNo = r + 1;
    if (isBlank(cells) || mergedRows.has(rowNo)) continue;
    // 地区生产总值 | 1673 | 年均增长 5.5: the rate is a target of its own, read as a rate row of the table; a
    // row with the rate alone (规上工业增加值增速 | — | 7左右) is that rate row only.
    const rate = rateRow(cells, col);
    const valueGiven = !isDash(cells[col.value!] ?? '');
    let main: TableTarget | null = null;
    if (valueGiven || !rate) {
      main = readTargetRow(cells, rowReader(cells, rowNo, header, col, implied, add), issues);
      if (main) targets.push(main);
    }
    // 居民人均可支配收入 | 元 | 26850 | — | 7.5左右: only the rate is a target, and the level's base is a fact of
    // the base year, as the text's "2025年，居民人均可支配收入26850元" is: the indicator is that level, growing at
    // the rate (吴工, 冯工: it had been dropped, the indicator an index, and the 元 actuals refused).
    const fact = main === null && rate && col.baseValue !== undefined ? rateRowBase(cells, col) : null;
    // A row whose target is a rate already (规上工业增加值增速 | 7 | 年均增长 7左右) states it once, not twice.
    if (rate && main?.kind !== 'growth') {
      const target = readTargetRow(rate, rowReader(rate, rowNo, header, col, implied, add), issues);
      // A bracketed figure beside a level the row states (受教育年限 9.9 → 10.5 年, 〔0.6〕) is that level's rise,
      // not a sum of yearly figures: read as a sum, each year's 10 年 had been added up to +51 年 (钱主任).
      const levelStated =
        main !== null || !isDash(col.baseValue === undefined ? '' : (cells[col.baseValue] ?? ''));
      if (target) {
        const { total: _sum, ...rise } = target;
        targets.push({ ...(levelStated ? rise : target), fromRateColumn: true });
        if (fact && target.baseYear !== null)
          baseFacts.push({ ...fact, year: target.baseYear, section: target.section, row: rowNo });
      }
    }
  }
  const order = (i: TableIssue) => [i.row ?? 0, i.column ?? 0];
  issues.sort((a, b) => order(a)[0]! - order(b)[0]! || order(a)[1]! - order(b)[1]!);
  const title = planTitle(rows.slice(0, headerRow).map((cells) => cells.filter((c) => c.trim()).join(' ')));
  return {
    targets,
    issues,
    ...(baseFacts.length > 0 ? { baseFacts } : {}),
    ...(title === null ? {} : { title }),
  };
}
