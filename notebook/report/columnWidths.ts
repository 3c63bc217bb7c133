// Column widths for the verdict table in print and Word: each column as wide as its header on one line (so
// no header breaks mid-word, as 完成进/度 did) or its longest cell, whichever is wider (within a cap), scaled
// to the page. Widths are shares of the table width, summing to 1.

/** Display width of text in ems: a CJK character is one, a Latin letter or digit about half. */
export function textEms(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 1 : 0.55;
  return w;
}

/** Cells longer than this many ems wrap instead of widening their column (target names). */
const CELL_CAP = 11;

export function columnWidths(header: readonly string[], rows: readonly (readonly string[])[]): number[] {
  const ems = header.map((h, c) => {
    const cell = Math.max(0, ...rows.map((r) => textEms(r[c] ?? '')));
    return Math.max(textEms(h), Math.min(cell, c === 0 ? CELL_CAP * 1.6 : CELL_CAP)) + 1;
  });
  const total = ems.reduce((a, b) => a + b, 0);
  return ems.map((e) => e / total);
}
