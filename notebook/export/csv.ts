// CSV that Excel and WPS open correctly: the engine's one writer (engine/report/writeCsv.ts) with a UTF-8
// byte-order mark, CRLF line ends, RFC 4180 quoting and every formula-like text cell escaped.
import { BOM, type CsvCell, writeCsv } from '../../engine/index.ts';

export { BOM, type CsvCell };

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return writeCsv(null, rows, { bom: true });
}
