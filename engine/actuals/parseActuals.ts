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
  /** What is wrong, in English (the CLI's wording). */
  message: string;
  /** The same in Chinese, for the notebook's Chinese page. */
  messageZh: string;
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
    message: string,
    messageZh: string,
  ) =>
    issues.push({
      severity,
      row,
      column: col === null ? null : col.index + 1,
      columnName: col === null || col.header === '' ? null : col.header,
      value,
      message,
      messageZh,
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
      `CSV: ${e.message}`,
      `CSV 格式错误：${e.message}`,
    );
  }
  const source = options.source ?? 'the input';
  const sourceZh = options.source ?? '输入内容';
  const empty = (): ParsedActuals => ({ actuals: {}, issues: sortIssues(issues), layout: null, accepted: 0 });
  if (rows.every(isBlankRow)) {
    issue('error', null, null, null, `${source} is empty`, `${sourceZh}为空`);
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
      issue(
        'error',
        first + 1,
        null,
        row.join(' | '),
        'no header recognised: expected columns indicator, year, value (指标, 年份, 数值) or an indicator column followed by year columns (2021, 2022 … or 2021年 …)',
        '未识别表头：应为“指标、年份、数值”三列，或一列指标后接各年份列（2021、2022… 或 2021年…）',
      );
      return empty();
    }
    layout = 'long';
    headerRow = first - 1;
    dataStart = first;
    const roles: Role[] = ['indicator', 'year', 'value', 'unit'];
    columns = row.map((_, index) => ({ index, header: '', role: roles[index] ?? null, unit: null }));
    issue(
      'info',
      null,
      null,
      null,
      'no header row: columns read as indicator, year, value[, unit]',
      '无表头：各列按“指标、年份、数值[、单位]”读取',
    );
  }
  for (let r = 0; r < headerRow; r++) {
    if (!isBlankRow(rows[r]!))
      issue(
        'info',
        r + 1,
        null,
        rows[r]!.join(' ').trim(),
        'row above the header ignored',
        '表头上方的行，已忽略',
      );
  }
  const colOf = (role: Role) => columns.find((c) => c.role === role);
  for (const role of ['indicator', 'year', 'value', 'unit'] as Role[]) {
    const dup = columns.filter((c) => c.role === role);
    if (dup.length > 1) {
      for (const c of dup.slice(1))
        issue(
          'warning',
          headerRow + 1,
          c,
          c.header,
          `second ${role} column ignored`,
          `重复的${ROLE_ZH[role]}列，已忽略`,
        );
      for (const c of dup.slice(1)) c.role = null;
    }
  }
  for (const c of columns) {
    if (c.role === null && c.header !== '')
      issue('info', headerRow + 1, c, c.header, 'column not recognised, ignored', '未识别的列，已忽略');
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
        issue(
          'error',
          headerRow + 1,
          c,
          c.header,
          `year ${c.year} appears in two columns; both refused`,
          `${c.year}年出现在两列中，两列均不采用`,
        );
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
      issue(
        'error',
        r + 1,
        col,
        raw,
        `${cell.reason}; value refused`,
        `${reasonZh(cell.reason)}，该值不采用`,
      );
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
      issue(
        'error',
        r + 1,
        col,
        raw,
        `conflicting units ${distinct.join(' vs ')}; value refused`,
        `单位相互矛盾（${distinct.join('、')}），该值不采用`,
      );
      return;
    }
    const unit = stated[0] ?? null;
    const targetIsShare = normalizeUnit(target) === '%';
    let value: number | null;
    if (unit === null) {
      value = targetIsShare ? cell.value / 100 : cell.value;
      if (targetIsShare && Math.abs(cell.value) <= 1.5 && cell.value !== 0) {
        issue(
          'warning',
          r + 1,
          col,
          raw,
          `read as ${cell.value}% (${id} is a share in %); if ${pct(cell.value)}% was meant, write ${pct(cell.value)} or ${pct(cell.value)}%`,
          `按 ${cell.value}% 读取（${id} 为百分比指标）；如指 ${pct(cell.value)}%，请填写 ${pct(cell.value)} 或 ${pct(cell.value)}%`,
        );
      }
    } else {
      const converted = convertUnit(cell.value, unit, target);
      if (converted === null) {
        issue(
          'error',
          r + 1,
          col,
          raw,
          `unit ${unit} cannot be converted to ${id}'s unit ${target} without a guess; value refused`,
          `单位 ${unit} 无法确定地换算为 ${id} 的单位 ${target}，该值不采用`,
        );
        return;
      }
      value = targetIsShare ? converted / 100 : converted;
    }
    if (year < firstYear - 30 || year > lastYear + 30) {
      issue(
        'error',
        r + 1,
        col,
        raw,
        `year ${year} is implausible for a plan from ${firstYear} to ${lastYear}; value refused`,
        `${year}年不在规划期 ${firstYear}–${lastYear} 的合理范围内，该值不采用`,
      );
      return;
    }
    if (year < firstYear) {
      issue(
        'warning',
        r + 1,
        col,
        raw,
        `year ${year} is before the plan's base year ${firstYear}; kept but not used`,
        `${year}年早于规划基年 ${firstYear}，已保留但不参与评估`,
      );
    } else if (year > lastYear) {
      issue(
        'warning',
        r + 1,
        col,
        raw,
        `year ${year} is after the plan's last year ${lastYear}; kept but not used`,
        `${year}年晚于规划末年 ${lastYear}，已保留但不参与评估`,
      );
    }
    candidates.push({ id, year, value, row: r + 1, col, raw });
  };

  for (let r = dataStart; r < rows.length; r++) {
    const cells = rows[r]!;
    if (isBlankRow(cells)) continue;
    const cell = (c: Column | undefined) => (c === undefined ? '' : (cells[c.index] ?? ''));
    if (cells.length > columns.length && cells.slice(columns.length).some((c) => c.trim() !== '')) {
      issue(
        'error',
        r + 1,
        null,
        cells.join(' | '),
        `row has ${cells.length} cells but the header has ${columns.length} (in CSV, a number written with thousands separators must be quoted: "1,234.5"); row refused`,
        `该行有 ${cells.length} 个单元格，而表头只有 ${columns.length} 列（CSV 中带千位分隔符的数字须加引号："1,234.5"），该行不采用`,
      );
      continue;
    }
    const nameRaw = cell(indicatorCol);
    const valueCells = layout === 'long' ? [valueCol!] : yearCols.filter((c) => c.role === 'year-column');
    const hasValues = valueCells.some((c) => parseNumberCell(cell(c)).kind !== 'blank');
    if (nameRaw.trim() === '') {
      if (hasValues)
        issue(
          'error',
          r + 1,
          indicatorCol,
          '',
          'values without an indicator name; row refused',
          '有数值但缺少指标名称，该行不采用',
        );
      continue;
    }
    const match = matcher.match(nameRaw);
    if (match.kind !== 'found') {
      if (!hasValues && layout === 'wide') {
        issue(
          'info',
          r + 1,
          indicatorCol,
          nameRaw,
          'row has no values and names no known indicator; ignored',
          '该行无数值，也不是已知指标，已忽略',
        );
        continue;
      }
      const [hint, hintZh] =
        match.kind === 'ambiguous'
          ? [
              `names more than one indicator (${match.ids.join(', ')}); use the id`,
              `对应多个指标（${match.ids.join('、')}），请填写指标代码`,
            ]
          : match.suggestions.length > 0
            ? [
                `no such indicator in the plan; did you mean ${match.suggestions.map((s) => `"${s}"`).join(' or ')}?`,
                `规划中无此指标（是否指${match.suggestions.map((s) => `“${s}”`).join('或')}？）`,
              ]
            : ['no such indicator in the plan', '规划中无此指标'];
      issue('error', r + 1, indicatorCol, nameRaw, `${hint}; row refused`, `${hintZh}，该行不采用`);
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
        issue(
          'error',
          r + 1,
          yearCol!,
          yearRaw,
          'not a 4-digit year; row refused',
          '不是四位年份，该行不采用',
        );
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
      const listing = group.map((c) => `row ${c.row}: ${c.raw}`).join('; ');
      const listingZh = group.map((c) => `第 ${c.row} 行：${c.raw}`).join('；');
      for (const c of group) {
        issue(
          'error',
          c.row,
          c.col,
          c.raw,
          `${c.id} ${c.year} is given ${group.length} times with different values (${listing}); all refused`,
          `${c.id} ${c.year}年出现 ${group.length} 次且数值不同（${listingZh}），均不采用`,
        );
      }
      continue;
    }
    if (group.length > 1) {
      issue(
        'info',
        group[1]!.row,
        group[1]!.col,
        group[1]!.raw,
        `${first.id} ${first.year} repeated with the same value`,
        `${first.id} ${first.year}年重复出现，数值相同`,
      );
    }
    const byYear = actuals[first.id] ?? {};
    byYear[String(first.year)] = first.value;
    actuals[first.id] = byYear;
    accepted++;
  }
  return { actuals, issues: sortIssues(issues), layout, accepted };
}

const ROLE_ZH: Record<Role, string> = { indicator: '指标', year: '年份', value: '数值', unit: '单位' };

/** parseNumberCell's reasons for refusing a cell, in Chinese. */
function reasonZh(reason: string): string {
  const after = /^unexpected text "(.*)" after (the number|%)$/.exec(reason);
  if (after) return `${after[2] === '%' ? '%' : '数字'}后有多余文字“${after[1]}”`;
  switch (reason) {
    case 'not a number':
      return '不是数字';
    case 'not a finite number':
      return '不是有限数值';
    default:
      if (reason.startsWith('commas are not thousands separators'))
        return '逗号不是千位分隔符（应如 1,234.5）';
      return reason;
  }
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
