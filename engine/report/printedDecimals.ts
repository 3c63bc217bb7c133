// The decimals a figure as printed carries: 15.27 → 2, 96.5 → 1, 170 → 0 (the float noise of × 100 aside:
// 0.7635 × 100 = 76.35000000000001 reads 2). Shown with them, a target reads as the plan prints it; compared
// with them, figures that each were rounded for print are not called inconsistent.
export function printedDecimals(x: number): number {
  const text = Number(Math.abs(x).toPrecision(10)).toString();
  return text.includes('e') ? 0 : (text.split('.')[1]?.length ?? 0);
}
