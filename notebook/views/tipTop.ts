// Where the page's one tooltip (tooltip.ts) stands, vertically: below its element, or above it where the
// element asks (`data-tip-place="above"`) and the window has room. A questioned value's tip in the entered-data
// table had stood below its cell, over the next indicator's row and the 改为 … buttons in it.

const GAP = 6;

/** The tip's top in page coordinates, for an element at `anchor` (viewport coordinates). */
export function tipTop(
  anchor: { top: number; bottom: number },
  tipHeight: number,
  above: boolean,
  scrollY: number,
): number {
  if (above && anchor.top - GAP - tipHeight >= 0) return anchor.top - GAP - tipHeight + scrollY;
  return anchor.bottom + GAP + scrollY;
}
