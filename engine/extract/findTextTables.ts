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

/** Runs of two or more consecutive lines of three or more tab-separated cells. */
export function findTextTables(text: string): TextTable[] {
  const tables: TextTable[] = [];
  let current: TextTable | null = null;
  let at = 0;
  for (const line of text.split('\n')) {
    const parts = line.split('\t');
    if (parts.length >= 3) {
      current ??= { start: at, end: at, cells: [], offsets: [] };
      let off = at;
      const offsets = parts.map((p) => {
        const o = off;
        off += p.length + 1;
        return o;
      });
      current.cells.push(parts.map((p) => p.trim()));
      // Where the cell's text begins, past the spaces trim() dropped.
      current.offsets.push(offsets.map((o, k) => o + (parts[k]!.length - parts[k]!.trimStart().length)));
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
