// A target table as text: CSV (with or without the BOM Excel/WPS write) or tab-separated rows pasted from a
// sheet. The rows are read by readPlanTableRows.
import Papa from 'papaparse';
import { readPlanTableRows } from './readPlanTableRows.ts';
import type { PlanTableResult } from './tableTypes.ts';

export function readPlanTable(text: string): PlanTableResult {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = clean.split('\n').find((l) => l.trim() !== '') ?? '';
  const parsed = Papa.parse<string[]>(clean, {
    delimiter: firstLine.includes('\t') ? '\t' : ',',
    skipEmptyLines: false,
  });
  const rows = parsed.data.map((r) => r.map((c) => (c ?? '').toString()));
  // A trailing newline leaves one empty row; papaparse's ragged-row warnings are reported per cell below.
  return readPlanTableRows(rows);
}
