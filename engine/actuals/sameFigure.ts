// Two figures equal but for the float noise of a unit converted or a chain multiplied (5.2万 → 52000.000000000004).

export function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
