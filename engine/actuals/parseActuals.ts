// Reads observed values ("actuals") for a mid-term evaluation from text: a CSV file or a table pasted from
// Excel/WPS. Three layouts are recognised from the header row:
//   long   indicator,year,value[,unit]        指标/年份/数值[/单位]
//   wide   indicator,2021,2022,…[,unit]        指标/2021年/2022年/…
//   headerless long rows (name, year, value) when no header is recognised but the rows look like that.
// Indicator cells may hold an id, an indicator's or a target's name in Chinese or English.
//
// Units are explicit: a unit column, a unit in the header ("数值（万元）", "2021年（亿元）") or in the cell
// ("1,234.5万元") is converted to the indicator's unit (万元 → 亿元 ÷ 10,000); a unit that does not convert
// is refused. A bare number is read in the indicator's own unit; for shares (unit %, stored as fractions)
// a bare 70 means 70 %.
//
// Nothing is dropped silently: every cell that is not used is reported with its row (1-based, as the
// spreadsheet numbers them) and column. Two different values for the same indicator and year are both
// refused, so the result never depends on the order of rows.
import Papa from 'papaparse';
import type { Plan } from '../plan/planSchema.ts';
import type { Actuals } from '../plan/scenarioSchema.ts';
import type { EngineMessageCode } from '../report/messages/catalogue.ts';
import { type MessageParams, render } from '../report/messages/render.ts';
import { indicatorMatcher, normalizeName, splitNameAndUnit } from './matchIndicator.ts';
import { parseNumberCell, toHalfWidth } from './parseNumberCell.ts';
import { convertUnit, normalizeUnit } from './unitFactor.ts';

export type IssueSeverity = 'error' | 'warning' | 'info';

export interface ActualsIssue {
  severity: IssueSeverity;
  /** 1-based row of the input (as a spreadsheet numbers it); null for the whole input. */
  row: number | null;
  /** 1-based column; null for a whole row. */
  column: number | null;
  /** The column's header as written, when there is one. */
  columnName: string | null;
  /** The cell as written. */
  value: string | null;
  /** What is wrong, as a catalogue code with its parameters: the page and the CLI render it. */
  code: EngineMessageCode;
  params: MessageParams;
  /** The same rendered in English (the CLI's log line and JSON output). */
  message: string;
}

export interface ParsedActuals {
  actuals: Actuals;
  issues: ActualsIssue[];
  layout: 'long' | 'wide' | null;
  /** Number of values accepted into `actuals`. */
  accepted: number;
}

type Role = 'indicator' | 'year' | 'value' | 'unit';

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
};

const YEAR_HEADER = /^(\d{4})\s*年?(?:度)?$/;

interface Column {
  index: number;
  header: string;
  role: Role | 'year-column' | null;
  /** For year columns, the year. */
  year?: number;
  /** Unit written in the header's brackets. */
  unit: string | null;
}

function readHeader(cells: string[]): Column[] {
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

function parseYear(cell: string): number | null {
  const m = YEAR_HEADER.exec(toHalfWidth(cell).trim().replace(/\.0+$/, ''));
  return m ? Number(m[1]) : null;
}

function isBlankRow(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

export interface ParseActualsOptions {
  /** Named in messages about the whole input. */
  source?: string;
}

export function parseActuals(text: string, plan: Plan, options: ParseActualsOptions = {}): ParsedActuals {
  const issues: ActualsIssue[] = [];
  const issue = (
    severity: IssueSeverity,
    row: number | null,
    col: Column | { index: number; header: string } | null,
    value: string | null,
    code: EngineMessageCode,
    params: MessageParams = {},
  ) =>
    issues.push({
      severity,
      row,
      column: col === null ? null : col.index + 1,
      columnName: col === null || col.header === '' ? null : col.header,
      value,
      code,
      params,
      message: render('en', code, params),
    });

  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = clean.split('\n').find((l) => l.trim() !== '') ?? '';
  const parsed = Papa.parse<string[]>(clean, {
    delimiter: firstLine.includes('\t') ? '\t' : '',
    delimitersToGuess: [',', '\t', ';', '|'],
    skipEmptyLines: false,
  });
  const rows = parsed.data.map((r) => r.map((c) => (c ?? '').toString()));
  for (const e of parsed.errors) {
    // Papaparse reports a single-column input as "UndetectableDelimiter"; the layout check below says more.
    if (e.code === 'UndetectableDelimiter') continue;
    issue(
      'error',
      e.row === undefined ? null : e.row + 1,
      null,
      null,
      e.code === 'MissingQuotes' || e.code === 'InvalidQuotes' ? `act.csv.${e.code}` : 'act.csv.other',
    );
  }
  const empty = (): ParsedActuals => ({ actuals: {}, issues: sortIssues(issues), layout: null, accepted: 0 });
  if (rows.every(isBlankRow)) {
    issue('error', null, null, null, 'act.empty', options.source ? { source: options.source } : {});
    return empty();
  }

  // Find the header: the first row (of the first five non-blank ones) that names an indicator column and
  // either year+value columns or year columns. Rows above it (a table title) are reported, not read.
  const matcher = indicatorMatcher(plan);
  let headerRow = -1;
  let columns: Column[] = [];
  let layout: 'long' | 'wide' | null = null;
  let seen = 0;
  for (let r = 0; r < rows.length && seen < 5; r++) {
    if (isBlankRow(rows[r]!)) continue;
    seen++;
    const cols = readHeader(rows[r]!);
    const has = (role: Role) => cols.some((c) => c.role === role);
    const yearCols = cols.filter((c) => c.role === 'year-column');
    // A wide table may leave the indicator column's header empty.
    if (!has('indicator') && yearCols.length > 0 && cols[0]!.header === '') cols[0]!.role = 'indicator';
    if (has('indicator') && has('year') && has('value')) layout = 'long';
    else if (cols.some((c) => c.role === 'indicator') && yearCols.length > 0) layout = 'wide';
    if (layout) {
      headerRow = r;
      columns = cols;
      break;
    }
  }
  let dataStart = headerRow + 1;
  if (layout === null) {
    // No header: accept rows of the form name, year, value[, unit] if the first non-blank row looks so.
    const first = rows.findIndex((r) => !isBlankRow(r));
    const row = rows[first]!;
    const looksLong =
      row.length >= 3 &&
      matcher.match(row[0]!).kind === 'found' &&
      parseYear(row[1]!) !== null &&
      parseNumberCell(row[2]!).kind === 'number';
    if (!looksLong) {
      issue('error', first + 1, null, row.join(' | '), 'act.noHeader');
      return empty();
    }
    layout = 'long';
    headerRow = first - 1;
    dataStart = first;
    const roles: Role[] = ['indicator', 'year', 'value', 'unit'];
    columns = row.map((_, index) => ({ index, header: '', role: roles[index] ?? null, unit: null }));
    issue('info', null, null, null, 'act.headerless');
  }
  for (let r = 0; r < headerRow; r++) {
    if (!isBlankRow(rows[r]!)) issue('info', r + 1, null, rows[r]!.join(' ').trim(), 'act.aboveHeader');
  }
  const colOf = (role: Role) => columns.find((c) => c.role === role);
  for (const role of ['indicator', 'year', 'value', 'unit'] as Role[]) {
    const dup = columns.filter((c) => c.role === role);
    if (dup.length > 1) {
      for (const c of dup.slice(1)) issue('warning', headerRow + 1, c, c.header, `act.secondColumn.${role}`);
      for (const c of dup.slice(1)) c.role = null;
    }
  }
  for (const c of columns) {
    if (c.role === null && c.header !== '') issue('info', headerRow + 1, c, c.header, 'act.unknownColumn');
  }
  const indicatorCol = colOf('indicator')!;
  const unitCol = colOf('unit');
  const yearCol = colOf('year');
  const valueCol = colOf('value');
  const yearCols = columns.filter((c) => c.role === 'year-column');
  if (layout === 'wide') {
    const years = new Map<number, Column>();
    for (const c of yearCols) {
      const prev = years.get(c.year!);
      if (prev) {
        issue('error', headerRow + 1, c, c.header, 'act.yearTwice', { year: c.year! });
        prev.role = null;
        c.role = null;
      } else years.set(c.year!, c);
    }
  }

  // Collect candidate values, then resolve duplicates so that row order cannot matter.
  interface Candidate {
    id: string;
    year: number;
    value: number;
    row: number;
    col: Column;
    raw: string;
  }
  const candidates: Candidate[] = [];
  const planUnits = new Map(plan.indicators.map((i) => [i.id, i.unit]));
  const firstYear = plan.meta.baseYear;
  const lastYear = plan.meta.visionYear ?? plan.meta.targetYear;

  const readValue = (
    r: number,
    col: Column,
    raw: string,
    id: string,
    year: number,
    nameUnit: string | null,
    unitCell: string | null,
  ) => {
    const cell = parseNumberCell(raw);
    if (cell.kind === 'blank') return;
    if (cell.kind === 'error') {
      issue('error', r + 1, col, raw, cell.code, cell.text === undefined ? {} : { text: cell.text });
      return;
    }
    const target = planUnits.get(id)!;
    // Units stated for this cell, from the most to the least specific; they must agree.
    const stated = [
      cell.percent ? '%' : null,
      cell.unit,
      unitCell,
      col.unit,
      nameUnit,
      valueCol && layout === 'long' ? valueCol.unit : null,
    ].filter((u): u is string => u !== null && u.trim() !== '');
    const distinct = [...new Set(stated.map(normalizeUnit))];
    if (distinct.length > 1) {
      issue('error', r + 1, col, raw, 'act.unitsConflict', { units: distinct });
      return;
    }
    const unit = stated[0] ?? null;
    const targetIsShare = normalizeUnit(target) === '%';
    let value: number | null;
    if (unit === null) {
      value = targetIsShare ? cell.value / 100 : cell.value;
      if (targetIsShare && Math.abs(cell.value) <= 1.5 && cell.value !== 0) {
        issue('warning', r + 1, col, raw, 'act.readAsPercent', {
          value: cell.value,
          id,
          pct: pct(cell.value),
        });
      }
    } else {
      const converted = convertUnit(cell.value, unit, target);
      if (converted === null) {
        issue('error', r + 1, col, raw, 'act.unitUnconvertible', { unit, id, target });
        return;
      }
      value = targetIsShare ? converted / 100 : converted;
    }
    if (year < firstYear - 30 || year > lastYear + 30) {
      issue('error', r + 1, col, raw, 'act.yearImplausible', { year, first: firstYear, last: lastYear });
      return;
    }
    if (year < firstYear) {
      issue('warning', r + 1, col, raw, 'act.yearBeforeBase', { year, first: firstYear });
    } else if (year > lastYear) {
      issue('warning', r + 1, col, raw, 'act.yearAfterEnd', { year, last: lastYear });
    }
    candidates.push({ id, year, value, row: r + 1, col, raw });
  };

  for (let r = dataStart; r < rows.length; r++) {
    const cells = rows[r]!;
    if (isBlankRow(cells)) continue;
    const cell = (c: Column | undefined) => (c === undefined ? '' : (cells[c.index] ?? ''));
    if (cells.length > columns.length && cells.slice(columns.length).some((c) => c.trim() !== '')) {
      issue('error', r + 1, null, cells.join(' | '), 'act.rowWidth', {
        cells: cells.length,
        columns: columns.length,
      });
      continue;
    }
    const nameRaw = cell(indicatorCol);
    const valueCells = layout === 'long' ? [valueCol!] : yearCols.filter((c) => c.role === 'year-column');
    const hasValues = valueCells.some((c) => parseNumberCell(cell(c)).kind !== 'blank');
    if (nameRaw.trim() === '') {
      if (hasValues) issue('error', r + 1, indicatorCol, '', 'act.noName');
      continue;
    }
    const match = matcher.match(nameRaw);
    if (match.kind !== 'found') {
      if (!hasValues && layout === 'wide') {
        issue('info', r + 1, indicatorCol, nameRaw, 'act.emptyUnknownRow');
        continue;
      }
      if (match.kind === 'ambiguous')
        issue('error', r + 1, indicatorCol, nameRaw, 'act.ambiguous', { ids: match.ids });
      else if (match.suggestions.length > 0)
        issue('error', r + 1, indicatorCol, nameRaw, 'act.noSuchSuggest', {
          names: match.suggestions,
        });
      else issue('error', r + 1, indicatorCol, nameRaw, 'act.noSuch');
      continue;
    }
    const nameUnit = splitNameAndUnit(nameRaw).unit;
    const unitCell = unitCol ? cell(unitCol).trim() || null : null;
    if (layout === 'long') {
      const yearRaw = cell(yearCol);
      const valueRaw = cell(valueCol);
      if (parseNumberCell(valueRaw).kind === 'blank') continue;
      const year = parseYear(yearRaw);
      if (year === null) {
        issue('error', r + 1, yearCol!, yearRaw, 'act.notYear');
        continue;
      }
      readValue(r, valueCol!, valueRaw, match.id, year, nameUnit, unitCell);
    } else {
      for (const c of valueCells) readValue(r, c, cell(c), match.id, c.year!, nameUnit, unitCell);
    }
  }

  // Resolve duplicates: equal values are one observation; different values are all refused.
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = `${c.id}\u0000${c.year}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const actuals: Actuals = {};
  let accepted = 0;
  const keys = [...groups.keys()].sort();
  for (const key of keys) {
    const group = groups.get(key)!;
    const first = group[0]!;
    const same = group.every(
      (c) => Math.abs(c.value - first.value) <= 1e-12 * Math.max(1, Math.abs(first.value)),
    );
    if (!same) {
      const rowsGiven = group.map((c) => c.row);
      for (const c of group) {
        issue('error', c.row, c.col, c.raw, 'act.conflict', {
          id: c.id,
          year: c.year,
          n: group.length,
          rows: rowsGiven,
        });
      }
      continue;
    }
    if (group.length > 1) {
      issue('info', group[1]!.row, group[1]!.col, group[1]!.raw, 'act.repeated', {
        id: first.id,
        year: first.year,
      });
    }
    const byYear = actuals[first.id] ?? {};
    byYear[String(first.year)] = first.value;
    actuals[first.id] = byYear;
    accepted++;
  }
  return { actuals, issues: sortIssues(issues), layout, accepted };
}

/** A fraction as a percentage, without binary noise (0.47 → "47"). */
const pct = (fraction: number) => String(Number((fraction * 100).toPrecision(12)));

const SEVERITY_ORDER: Record<IssueSeverity, number> = { error: 0, warning: 1, info: 2 };

function sortIssues(issues: ActualsIssue[]): ActualsIssue[] {
  return issues.sort(
    (a, b) =>
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.message.localeCompare(b.message),
  );
}
