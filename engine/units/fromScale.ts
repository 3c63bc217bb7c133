// A number given in a display scale (a percentage, 2.2) in the model's (a fraction, 0.022), without the
// division's binary noise: 2.2 / 100 is 0.022000000000000002, and a quarter of the percentages with one decimal
// had reached scenario files, saved plans and pasted actuals that way (孙科长). Twelve significant digits keep
// every figure a planner types or a plan prints.
export function fromScale(value: number, scale: number): number {
  return Number((value / scale).toPrecision(12));
}

/** A percentage as a fraction: 61.5 → 0.615. */
export function fromPercent(value: number): number {
  return fromScale(value, 100);
}
