// A printed table's 类别 is written once, on the first row of its group, and left blank below (merged cells
// copied out as text or CSV keep the value in the top cell only). Each blank cell takes the one above it, as
// a merged range read from a worksheet already does (mergedRowsOf); a row left wholly blank stays blank.

/** `rows` with each blank cell of `column`, from row index `from` on, holding the last one written above. */
export function fillDownColumn(rows: readonly string[][], column: number, from: number): string[][] {
  let last = '';
  return rows.map((cells, r) => {
    if (r < from || cells.every((c) => c.trim() === '')) return [...cells];
    const cell = (cells[column] ?? '').trim();
    if (cell !== '') {
      last = cells[column]!;
      return [...cells];
    }
    if (last === '') return [...cells];
    const filled = [...cells];
    filled[column] = last;
    return filled;
  });
}
