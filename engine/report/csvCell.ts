// What a CSV cell may hold, and the byte-order mark that makes Excel and WPS read a file as UTF-8: apart from
// the writer (writeCsv.ts), so code that only builds rows does not load papaparse with it.

export type CsvCell = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';
