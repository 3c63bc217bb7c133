// The one CSV writer, for the CLI and the page: papaparse's RFC 4180 quoting, CRLF line ends, and every text
// cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) written
// as text with a leading apostrophe — "-2+3+cmd|' /C calc'!A0" included, though it starts like a number.
// Numbers stay numbers (a negative number is not a formula); a non-finite number is written as an empty cell
// (the run's warnings say why). `bom` puts a UTF-8 byte-order mark first, so Excel and WPS read the
// Chinese text as UTF-8: on for files a planner opens, off for output piped into other programs.
import Papa from 'papaparse';
import { BOM, type CsvCell } from './csvCell.ts';

export { BOM, type CsvCell };

/**
 * A signed number alone, with a percent sign at most (+16.7%, -3.5): a spreadsheet reads it as the number it
 * is and runs nothing, so it is not marked ("'+16.7%" had stood in the comparison's CSV).
 */
const BARE_SIGNED = /^[+-]\d[\d,]*(?:\.\d+)?%?$/;
const FORMULA_START = new RegExp(`^(?!${BARE_SIGNED.source.slice(1)})[=+\\-@\\t\\r]`);

/**
 * A quantity signed with a plus and followed by a space or a unit outside ASCII: "+10 家 – +14 家", "+1.74 万户",
 * "+23.6%（算术平均）". Not "+1+1" or "+16.7%;=1": those stay escaped as formulas.
 */
const SIGNED_QUANTITY = /^\+(?=\d[\d,]*(?:\.\d+)?%?(?:\s|\P{ASCII}))/u;

function cell(value: CsvCell): CsvCell {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  // Its plus written full-width (＋10 家), as a fall keeps its minus sign: an ASCII plus before a unit would be
  // escaped as a formula, and the cell had read "'+10 家 – +14 家" in a spreadsheet. Every such plus in the
  // cell alike: "＋10 家 – +14 家" mixed the two (周科长).
  if (typeof value === 'string' && SIGNED_QUANTITY.test(value) && !BARE_SIGNED.test(value))
    return value.replace(/(^|\s)\+(?=\d)/g, '$1＋');
  return value;
}

export interface WriteCsvOptions {
  /** Start with a UTF-8 byte-order mark (for files opened in Excel/WPS). */
  bom?: boolean;
}

export function writeCsv(
  header: readonly string[] | null,
  rows: readonly (readonly CsvCell[])[],
  options: WriteCsvOptions = {},
): string {
  const data = [...(header ? [[...header]] : []), ...rows.map((r) => r.map(cell))];
  // papaparse's own `escapeFormulae: true` pattern ends in `.*$`, which misses a formula with a line break
  // in it; this one looks at the first character only.
  const body = Papa.unparse(data, { newline: '\r\n', escapeFormulae: FORMULA_START });
  return `${options.bom ? BOM : ''}${body}\r\n`;
}
