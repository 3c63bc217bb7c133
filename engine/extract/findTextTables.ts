// Tables inside a plan's text: a plan pasted from Word or WPS carries its 主要指标 table as lines of
// tab-separated cells. Read as prose, a row ran its cells together into one name ("2规上工业增加值亿元318467")
// with a stray figure; read as a table (readPlanTableRows), each row is a target with its printed base.
// Each cell keeps its offset, so a drafted target still points at its figure in the text.

export interface TextTable {
  /** Offsets of the table's first character and one past its last line. */
  start: number;
  end: number;
  cells: string[][];
  /** Offset of each cell's first character in the text, cell by cell. */
  offsets: number[][];
}

/**
 * A line's cells with their offsets in the line: split at tabs, or — a table copied out of a PDF comes with
 * spaces for its column breaks (地区生产总值 亿元 205 300 8.5 预期性, which had been passed over whole) — at runs
 * of spaces, in a line without the punctuation of a sentence. Null for a line of fewer than three cells.
 */
function lineCells(line: string): { text: string; at: number }[] | null {
  const tabs = line.split('\t');
  if (tabs.length >= 3) {
    let off = 0;
    return tabs.map((p) => {
      const cell = { text: p.trim(), at: off + (p.length - p.trimStart().length) };
      off += p.length + 1;
      return cell;
    });
  }
  if (/[，。；：,;:、！？]/.test(line)) return null;
  const words = [...line.matchAll(/[^\s\u3000]+/g)].map((m) => ({ text: m[0], at: m.index }));
  return words.length >= 3 ? words : null;
}

/** Runs of two or more consecutive lines of three or more cells (tab- or space-separated). */
export function findTextTables(text: string): TextTable[] {
  const tables: TextTable[] = [];
  let current: TextTable | null = null;
  let at = 0;
  for (const line of text.split('\n')) {
    const cells = lineCells(line);
    if (cells) {
      current ??= { start: at, end: at, cells: [], offsets: [] };
      current.cells.push(cells.map((c) => c.text));
      current.offsets.push(cells.map((c) => at + c.at));
      current.end = at + line.length;
    } else if (current) {
      if (current.cells.length >= 2) tables.push(current);
      current = null;
    }
    at += line.length + 1;
  }
  if (current && current.cells.length >= 2) tables.push(current);
  return tables;
}
