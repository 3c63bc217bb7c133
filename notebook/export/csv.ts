// CSV that Excel and WPS open correctly: the engine's one writer (engine/report/writeCsv.ts) with a UTF-8
// byte-order mark, CRLF line ends, RFC 4180 quoting and every formula-like text cell escaped. The writer is
// loaded when a file is first written, so its parser library is not part of the page's first visit.
import { BOM, type CsvCell, loadCsvWriter } from '../../engine/index.ts';
import { download } from './download.ts';

export { BOM, type CsvCell };

export async function toCsv(rows: readonly (readonly CsvCell[])[]): Promise<string> {
  const { writeCsv } = await loadCsvWriter();
  return writeCsv(null, rows, { bom: true });
}

/** Writes the rows and saves them as `filename`. */
export async function downloadCsv(filename: string, rows: readonly (readonly CsvCell[])[]): Promise<void> {
  download(filename, await toCsv(rows), 'text/csv;charset=utf-8');
}
