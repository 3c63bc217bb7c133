// A target table as an .xlsx workbook (Excel, WPS): the first sheet that holds targets is read as text cells —
// what the sheet shows, so a formula gives its result — and its merged ranges are passed on to be refused with
// their address. exceljs is loaded only here.
import type { Worksheet } from 'exceljs';
import { type MergedRange, readPlanTableRows } from './readPlanTableRows.ts';
import type { PlanTableResult, TableIssue } from './tableTypes.ts';

export const MAX_XLSX_BYTES = 10 * 1024 * 1024;

export async function readPlanXlsx(data: Uint8Array | ArrayBuffer): Promise<PlanTableResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const whole = { row: null, column: null, columnName: null, value: null };
  if (bytes.length > MAX_XLSX_BYTES) {
    return {
      targets: [],
      issues: [{ severity: 'error', code: 'file-too-large', ...whole, detail: String(bytes.length) }],
    };
  }
  // An .xlsx is a zip: it starts with PK.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return { targets: [], issues: [{ severity: 'error', code: 'not-xlsx', ...whole }] };
  }
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types want a Node Buffer; it reads any ArrayBuffer view.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return {
      targets: [],
      issues: [{ severity: 'error', code: 'not-xlsx', ...whole, detail: (error as Error).message }],
    };
  }
  // The first sheet that holds targets: a workbook often opens on a cover or 说明 sheet, and its 附表 on the
  // second had read 表格为空 (何工). With none, the first sheet's own problems are the ones to say.
  let first: PlanTableResult | null = null;
  for (const sheet of workbook.worksheets) {
    const read = readSheet(sheet);
    if (read.targets.length > 0) {
      if (sheet === workbook.worksheets[0]) return read;
      const chosen: TableIssue = { severity: 'info', code: 'sheet-read', ...whole, value: sheet.name };
      return { ...read, issues: [chosen, ...read.issues] };
    }
    first ??= read;
  }
  return first ?? { targets: [], issues: [{ severity: 'error', code: 'empty-table', ...whole }] };
}

/** One worksheet's cells as shown, read as a target table. */
function readSheet(sheet: Worksheet): PlanTableResult {
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 0); c++) cells.push(shownText(row.getCell(c)));
    rows.push(cells);
  }
  const refs = ((sheet.model as unknown as { merges?: string[] }).merges ?? []) as string[];
  return readPlanTableRows(rows, refs.map(parseRange));
}

/** The parts of a cell shownText reads (exceljs's Cell, without importing its types into the bundle). */
interface SheetCell {
  text: string;
  value: unknown;
  numFmt?: string;
}

/**
 * A cell as the sheet shows it, where a target table needs it: a number in a percentage format reads as a
 * percentage (9% is stored as 0.09, and exceljs's `text` gives 0.09, which read as 0.09%). Other cells as
 * exceljs gives them.
 */
function shownText(cell: SheetCell): string {
  const v = cell.value;
  const n =
    typeof v === 'number'
      ? v
      : v !== null && typeof v === 'object' && 'result' in v && typeof v.result === 'number'
        ? v.result
        : null;
  // A % outside quotes is the format's own percent sign ("0.0%"); a quoted one is literal text.
  const percent = (cell.numFmt ?? '').replace(/"[^"]*"/g, '').includes('%');
  if (n !== null && percent && Number.isFinite(n)) return `${Number((n * 100).toPrecision(12))}%`;
  return cell.text ?? '';
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseRange(ref: string): MergedRange {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/i.exec(ref);
  if (!m) return { ref, top: 0, left: 0, bottom: 0, right: 0 };
  return {
    ref,
    left: columnNumber(m[1]!),
    top: Number(m[2]),
    right: columnNumber(m[3]!),
    bottom: Number(m[4]),
  };
}
