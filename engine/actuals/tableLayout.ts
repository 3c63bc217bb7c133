// Finds how a pasted table is laid out: which row is the header and what each column holds. Three layouts:
//   long   indicator,year,value[,unit]        指标/年份/数值[/单位]
//   wide   indicator,2021,2022,…[,unit]        指标/2021年/2022年/…
//   headerless long rows (name, year, value) when no header is recognised but the first row looks like one.
// A note column (说明/备注) is the planner's own and is passed over without a word.
import { at, type IssueSink } from './issueSink.ts';
import { type IndicatorMatcher, normalizeName, splitNameAndUnit } from './matchIndicator.ts';
import { parseNumberCell, toHalfWidth } from './parseNumberCell.ts';

export type Role = 'indicator' | 'year' | 'value' | 'unit' | 'note';

const ROLE_NAMES: Record<Role, string[]> = {
  indicator: [
    'indicator',
    'indicatorid',
    'id',
    'name',
    '指标',
    '指标名称',
    '指标名',
    '名称',
    '项目',
    '指标项',
  ],
  year: ['year', '年份', '年度', '年', '时间'],
  value: ['value', 'actual', '数值', '值', '实际值', '完成值', '实际完成', '数据', '数额'],
  unit: ['unit', 'units', '单位', '计量单位'],
  note: ['note', 'notes', 'remark', 'remarks', 'comment', 'comments', '说明', '备注', '注'],
};

const YEAR_HEADER = /^(\d{4})\s*年?(?:度)?$/;

export interface Column {
  index: number;
  header: string;
  role: Role | 'year-column' | null;
  /** For year columns, the year. */
  year?: number;
  /** Unit written in the header's brackets. */
  unit: string | null;
}

export interface TableLayout {
  layout: 'long' | 'wide';
  /** 0-based row of the header; -1 (or the row before the data) when there is none. */
  headerRow: number;
  dataStart: number;
  columns: Column[];
}

export function readHeader(cells: string[]): Column[] {
  return cells.map((raw, index) => {
    const header = raw.trim();
    const { name, unit } = splitNameAndUnit(header);
    const key = normalizeName(name);
    const y = YEAR_HEADER.exec(toHalfWidth(name).trim());
    if (y) return { index, header, role: 'year-column', year: Number(y[1]), unit };
    for (const role of Object.keys(ROLE_NAMES) as Role[]) {
      if (ROLE_NAMES[role].includes(key)) return { index, header, role, unit };
    }
    return { index, header, role: null, unit };
  });
}

export function parseYear(cell: string): number | null {
  const m = YEAR_HEADER.exec(toHalfWidth(cell).trim().replace(/\.0+$/, ''));
  return m ? Number(m[1]) : null;
}

export function isBlankRow(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** The layout a header row announces, or null. */
function layoutOf(cols: Column[]): 'long' | 'wide' | null {
  const has = (role: Role) => cols.some((c) => c.role === role);
  const yearCols = cols.filter((c) => c.role === 'year-column');
  // A wide table may leave the indicator column's header empty — but then every other cell must be a year
  // or the unit column, or a data row with a blank name and one year-like cell (",2023,95") would be taken
  // for a header, and which such row came first would decide how the table is read.
  const onlyYears = cols
    .slice(1)
    .every((c) => c.header === '' || c.role === 'year-column' || c.role === 'unit');
  if (!has('indicator') && yearCols.length > 0 && cols[0]!.header === '' && onlyYears)
    cols[0]!.role = 'indicator';
  if (has('indicator') && has('year') && has('value')) return 'long';
  if (cols.some((c) => c.role === 'indicator') && yearCols.length > 0) return 'wide';
  return null;
}

/** The first of the first five non-blank rows that is a header. */
function headerAmong(rows: string[][]): TableLayout | null {
  let seen = 0;
  for (let r = 0; r < rows.length && seen < 5; r++) {
    if (isBlankRow(rows[r]!)) continue;
    seen++;
    const columns = readHeader(rows[r]!);
    const layout = layoutOf(columns);
    if (layout) return { layout, headerRow: r, dataStart: r + 1, columns };
  }
  return null;
}

/**
 * Without a header: rows of the form name, year, value[, unit], if any row looks so. Any row, not the first:
 * which row comes first must not decide whether the table is read at all (the fuzzer found that it did).
 * The columns are always the four roles, not the first row's width, for the same reason.
 */
function headerless(rows: string[][], matcher: IndicatorMatcher, sink: IssueSink): TableLayout | null {
  const first = rows.findIndex((r) => !isBlankRow(r));
  const looksLong = (row: string[]) =>
    row.length >= 3 &&
    matcher.match(row[0]!).kind === 'found' &&
    parseYear(row[1]!) !== null &&
    parseNumberCell(row[2]!).kind === 'number';
  if (!rows.some(looksLong)) {
    sink.add('error', at(first + 1, null, rows[first]!.join(' | ')), 'noHeader', {});
    return null;
  }
  sink.add('info', at(null, null, null), 'noHeaderRow', {});
  const roles: Role[] = ['indicator', 'year', 'value', 'unit'];
  const columns = roles.map((role, index) => ({ index, header: '', role, unit: null }));
  return { layout: 'long', headerRow: first - 1, dataStart: first, columns };
}

/** Second columns of one role, columns nobody reads, and a year given by two columns are reported. */
function reportColumns(t: TableLayout, rows: string[][], sink: IssueSink): void {
  for (let r = 0; r < t.headerRow; r++) {
    if (!isBlankRow(rows[r]!))
      sink.add('info', at(r + 1, null, rows[r]!.join(' ').trim()), 'aboveHeader', {});
  }
  const headerRow = t.headerRow + 1;
  for (const role of ['indicator', 'year', 'value', 'unit'] as const) {
    for (const c of t.columns.filter((x) => x.role === role).slice(1)) {
      sink.add('warning', at(headerRow, c, c.header), 'duplicateColumn', { role });
      c.role = null;
    }
  }
  for (const c of t.columns) {
    if (c.role === null && c.header !== '') sink.add('info', at(headerRow, c, c.header), 'unknownColumn', {});
  }
  if (t.layout !== 'wide') return;
  const years = new Map<number, Column>();
  for (const c of t.columns.filter((x) => x.role === 'year-column')) {
    const prev = years.get(c.year!);
    if (!prev) {
      years.set(c.year!, c);
      continue;
    }
    sink.add('error', at(headerRow, c, c.header), 'yearInTwoColumns', { year: c.year! });
    prev.role = null;
    c.role = null;
  }
}

/** The table's layout with its columns' roles settled, or null (reported) when none is recognised. */
export function findLayout(rows: string[][], matcher: IndicatorMatcher, sink: IssueSink): TableLayout | null {
  const t = headerAmong(rows) ?? headerless(rows, matcher, sink);
  if (t) reportColumns(t, rows, sink);
  return t;
}
