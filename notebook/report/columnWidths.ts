// Column widths for the verdict table in print and Word: each column as wide as its header as printed (on one
// line, or two for a long Chinese one: headerLines) or its longest cell, whichever is wider (within a cap), scaled
// to the page. When that is wider than the page, every column keeps at least its minimum — a Chinese header
// in its lines, an English header's and cells' longest word (so "Progress" never becomes Progr/ess) — and the
// columns that can wrap give up the rest. Widths are shares of the table width, summing to 1.

import { headerLines } from './headerLines.ts';
import { CJK, longestWordEms, textEms } from './textEms.ts';

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
    const head = CJK.test(h) ? Math.max(...headerLines(h).map(textEms)) : longestWordEms(h);
    return Math.max(head, ...rows.map((r) => longestWordEms(r[c] ?? ''))) + 1;
  });
  const want = header.map((h, c) => {
    const cell = Math.max(0, ...rows.map((r) => textEms(r[c] ?? '')));
    const head = Math.max(...headerLines(h).map(textEms));
    return Math.max(min[c]!, Math.max(head, Math.min(cell, c === 0 ? CELL_CAP * 1.6 : CELL_CAP)) + 1);
  });
  const [W, M] = [sum(want), sum(min)];
  const ems = W <= available ? want : M >= available ? min : shortestTable(min, want, rows, available);
  const total = sum(ems);
  return ems.map((e) => e / total);
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Half an em at a time: fine enough for a page 84 ems wide, and ~100 steps. */
const STEP = 0.5;

/**
 * Widths between each column's least and what it wants, summing to `available`, that make the table short: from
 * the least, each half em goes to the column where it saves the most printed lines — first of the rows' heights
 * (a row is as tall as its tallest cell), then of that column's own. Shared in proportion to what each column
 * wanted, the verdict sentence had got four ems and run to thirty lines beside columns of one-line figures.
 */
function shortestTable(
  min: readonly number[],
  want: readonly number[],
  rows: readonly (readonly string[])[],
  available: number,
): number[] {
  const ems = rows.map((r) => min.map((_, c) => textEms(r[c] ?? '')));
  const lines = (c: number, w: number) =>
    ems.map((r) => Math.max(1, Math.ceil(r[c]! / Math.max(1, w - 1) - 1e-9)));
  const widths = [...min];
  const perColumn = widths.map((w, c) => lines(c, w));
  const height = (cols: number[][]) => sum(rows.map((_, r) => Math.max(...cols.map((l) => l[r]!))));
  let left = available - sum(widths);
  while (left >= STEP) {
    let best = -1;
    let bestGain: [number, number] = [0, 0];
    let bestLines: number[] = [];
    const now = height(perColumn);
    for (let c = 0; c < widths.length; c++) {
      if (widths[c]! + STEP > want[c]! + 1e-9) continue;
      const next = lines(c, widths[c]! + STEP);
      const gain: [number, number] = [
        now - height(perColumn.map((l, k) => (k === c ? next : l))),
        sum(perColumn[c]!) - sum(next),
      ];
      if (gain[0] > bestGain[0] || (gain[0] === bestGain[0] && gain[1] > bestGain[1]))
        [best, bestGain, bestLines] = [c, gain, next];
    }
    if (best < 0) break;
    widths[best]! += STEP;
    perColumn[best] = bestLines;
    left -= STEP;
  }
  // What no column can use to save a line is shared as before, in proportion to what each still wants.
  const room = sum(want) - sum(widths);
  return room > 0 ? widths.map((w, c) => w + ((want[c]! - w) * left) / room) : widths;
}
