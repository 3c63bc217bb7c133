// A target table as an .xlsx workbook (Excel, WPS): the first sheet that holds targets is read as the cells it
// shows (readXlsxSheets), and its merged ranges are passed on to be refused with their address.
import { type MergedRange, readPlanTableRows } from './readPlanTableRows.ts';
import { readXlsxSheets } from './readXlsxSheets.ts';
import type { PlanTableResult, TableIssue } from './tableTypes.ts';

export async function readPlanXlsx(data: Uint8Array | ArrayBuffer): Promise<PlanTableResult> {
  const whole = { row: null, column: null, columnName: null, value: null };
  const read = await readXlsxSheets(data);
  if ('error' in read)
    return {
      targets: [],
      issues: [
        {
          severity: 'error',
          code: read.error,
          ...whole,
          ...(read.detail === undefined ? {} : { detail: read.detail }),
        },
      ],
    };
  // The first sheet that holds targets: a workbook often opens on a cover or 说明 sheet, and its 附表 on the
  // second had read 表格为空 (何工). With none, the first sheet's own problems are the ones to say.
  let first: PlanTableResult | null = null;
  for (const [k, sheet] of read.sheets.entries()) {
    const result = readPlanTableRows(sheet.rows, sheet.merges.map(parseRange));
    if (result.targets.length > 0) {
      if (k === 0) return result;
      const chosen: TableIssue = { severity: 'info', code: 'sheet-read', ...whole, value: sheet.name };
      return { ...result, issues: [chosen, ...result.issues] };
    }
    first ??= result;
  }
  return first ?? { targets: [], issues: [{ severity: 'error', code: 'empty-table', ...whole }] };
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
