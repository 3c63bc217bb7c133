// A share simulated through its odds (the plan import writes `x_odds / (1 + x_odds)` for a share with no parts
// of its own, so no path leaves 0–100%): the odds indicator the share is computed from, or null for any other
// formula. A value of the share then fixes its odds exactly, o = s / (1 − s): an actual of the share pins the
// odds (anchorPlan), and a planner asked for a missing base is asked for the share, not for its odds
// (rootUnknownBases).
const ODDS_SHARE = /^\s*([a-z][a-z0-9_]*)\s*\/\s*\(\s*1\s*\+\s*([a-z][a-z0-9_]*)\s*\)\s*$/;

export function oddsPart(formula: string): string | null {
  const m = ODDS_SHARE.exec(formula);
  return m && m[1] === m[2] ? m[1]! : null;
}

/** The odds that give share s (0 ≤ s < 1); NaN outside. */
export const oddsOf = (share: number): number => (share >= 0 && share < 1 ? share / (1 - share) : Number.NaN);

/** The odds indicators a plan's shares are computed from: helpers of the simulation, not indicators a planner reads. */
export function oddsIndicators(plan: {
  indicators: readonly { dynamics: { kind: string; formula?: string } }[];
}): Set<string> {
  const out = new Set<string>();
  for (const i of plan.indicators) {
    const odds = i.dynamics.kind === 'derived' && i.dynamics.formula ? oddsPart(i.dynamics.formula) : null;
    if (odds !== null) out.add(odds);
  }
  return out;
}
