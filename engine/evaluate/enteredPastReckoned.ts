// A value the plan reckons from published figures (社零 2025 = 435 × 1.03⁵ = 504.3, provenance `derived`) settles
// its target as 已定（依推算值）. An earlier year the planner entered already at or past it (510 in 2023) can meet
// it only by a fall that no data shows: the run bridges the two (2024 +3%, 2025 −4%) and the verdict stands on
// the reckoning. Both may be true, so neither wins; the row says they disagree and asks for the check.

/** The latest entered year before `reckoned.year` at or past the reckoned value (≥ for a rising target). */
export function enteredPastReckoned(
  observed: ReadonlyMap<number, number>,
  isEntered: (year: number) => boolean,
  reckoned: { year: number; value: number },
  rising: boolean,
): { year: number; value: number } | null {
  let found: { year: number; value: number } | null = null;
  for (const [year, value] of observed) {
    if (year >= reckoned.year || !isEntered(year)) continue;
    const past = rising ? value >= reckoned.value : value <= reckoned.value;
    if (past && (found === null || year > found.year)) found = { year, value };
  }
  return found;
}
