// "Did you mean" for an id typed by hand in a scenario file (hefei_11_upgrad → hefei_11_upgrade): the known ids
// within a few edits of it, nearest first. Only a hint: nothing is guessed for the planner.
import { editDistance } from '../actuals/matchIndicator.ts';

export function nearestIds(id: string, known: readonly string[], most = 3): string[] {
  const limit = Math.max(2, Math.floor(id.length / 4));
  return known
    .map((k) => ({ k, d: editDistance(id, k) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, most)
    .map((x) => x.k);
}
