// Column widths for the verdict table in print and Word: each column as wide as its header on one line (so
// no header breaks mid-word, as 完成进/度 did) or its longest cell, whichever is wider (within a cap), scaled
// to the page. When that is wider than the page, every column keeps at least its minimum — a Chinese header
// whole, an English header's and cells' longest word (so "Progress" never becomes Progr/ess) — and the
// columns that can wrap give up the rest. Widths are shares of the table width, summing to 1.

const CJK = /[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/;

/** Display width of text in ems: a CJK character is one, a Latin letter or digit about half. */
export function textEms(text: string): number {
  let w = 0;
  for (const ch of text) w += CJK.test(ch) ? 1 : 0.55;
  return w;
}

/** The widest piece text cannot be broken inside: a run of non-CJK letters between spaces, or one CJK character. */
export function longestWordEms(text: string): number {
  let best = 0;
  for (const token of text.split(/\s+/)) {
    let run = 0;
    for (const ch of token) {
      if (CJK.test(ch)) {
        best = Math.max(best, run, 1);
        run = 0;
      } else run += 0.55;
    }
    best = Math.max(best, run);
  }
  return best;
}

/** Cells longer than this many ems wrap instead of widening their column (target names). */
const CELL_CAP = 11;

/** The table's width in ems of its font, in print (A4 landscape at 8 pt, less cell padding) and in Word. */
export const TABLE_EMS = 84;

export function columnWidths(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  available = TABLE_EMS,
): number[] {
  const min = header.map((h, c) => {
    const head = CJK.test(h) ? textEms(h) : longestWordEms(h);
    return Math.max(head, ...rows.map((r) => longestWordEms(r[c] ?? ''))) + 1;
  });
  const want = header.map((h, c) => {
    const cell = Math.max(0, ...rows.map((r) => textEms(r[c] ?? '')));
    return Math.max(min[c]!, Math.max(textEms(h), Math.min(cell, c === 0 ? CELL_CAP * 1.6 : CELL_CAP)) + 1);
  });
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const [W, M] = [sum(want), sum(min)];
  const ems =
    W <= available || M >= available
      ? W <= available
        ? want
        : min
      : want.map((w, c) => min[c]! + ((w - min[c]!) * (available - M)) / (W - M));
  const total = sum(ems);
  return ems.map((e) => e / total);
}
