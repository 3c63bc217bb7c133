// A workbook's sheets as the cells they show (Excel, WPS): a formula gives its result, a number in a percentage
// format reads as a percentage. Shared by the target-table reader and the actuals' file reader; exceljs is
// loaded only here, when a workbook is read.
import type { Worksheet } from 'exceljs';

export const MAX_XLSX_BYTES = 10 * 1024 * 1024;

export interface XlsxSheet {
  name: string;
  /** Each row's cells as shown, from column A. */
  rows: string[][];
  /** Merged ranges as the sheet writes them (A3:A5). */
  merges: string[];
}

export type XlsxRead = { sheets: XlsxSheet[] } | { error: 'file-too-large' | 'not-xlsx'; detail?: string };

/** Whether the bytes are a zip, as every .xlsx is (it starts with PK). */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;

export async function readXlsxSheets(data: Uint8Array | ArrayBuffer): Promise<XlsxRead> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length > MAX_XLSX_BYTES) return { error: 'file-too-large', detail: String(bytes.length) };
  if (!isZip(bytes)) return { error: 'not-xlsx' };
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types want a Node Buffer; it reads any ArrayBuffer view.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { error: 'not-xlsx', detail: (error as Error).message };
  }
  return { sheets: workbook.worksheets.map(sheetOf) };
}

function sheetOf(sheet: Worksheet): XlsxSheet {
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 0); c++) cells.push(shownText(row.getCell(c)));
    rows.push(cells);
  }
  const merges = ((sheet.model as unknown as { merges?: string[] }).merges ?? []) as string[];
  return { name: sheet.name, rows, merges };
}

/** The parts of a cell shownText reads (exceljs's Cell, without importing its types into the bundle). */
interface SheetCell {
  text: string;
  value: unknown;
  numFmt?: string;
}

/**
 * A cell as the sheet shows it: a number in a percentage format reads as a percentage (9% is stored as 0.09,
 * and exceljs's `text` gives 0.09, which read as 0.09%). Other cells as exceljs gives them.
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
  // exceljs's `text` of a cell in a merged range whose first cell is empty throws (it reads null.toString()):
  // a blank merged row under a table had stopped the whole import with an internal error (tester G).
  try {
    return cell.text ?? '';
  } catch {
    return v === null || v === undefined ? '' : String(v);
  }
}

/**
 * The first sheet with a cell in it, as the text a paste of it would be (tab-separated rows, as Excel copies
 * them): how the actuals' readers, the CLI's and the page's, take a workbook. Null when every sheet is empty.
 */
export function firstSheetText(sheets: readonly XlsxSheet[]): { text: string; sheet: XlsxSheet } | null {
  const sheet = sheets.find((s) => s.rows.some((r) => r.some((c) => c.trim() !== '')));
  return sheet ? { text: sheet.rows.map((r) => r.join('\t')).join('\n'), sheet } : null;
}
