// A chance as a search's table prints it: to a tenth of a percent, or finer where a tenth would round it onto
// the other side of the probability asked for — 89.95% printed "90.0%" beside "sufficient: no" for a 90% goal.

/** `p` in percent, with as many decimals (1 to 4) as it takes to read on its own side of `goal`. */
export function chanceShown(p: number, goal: number | null): string {
  for (let digits = 1; digits < 4; digits++) {
    const text = (p * 100).toFixed(digits);
    if (goal === null || Number(text) >= goal * 100 === p >= goal) return `${text}%`;
  }
  return `${(p * 100).toFixed(4)}%`;
}
