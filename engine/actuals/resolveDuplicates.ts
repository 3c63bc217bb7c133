// The same indicator and year given more than once: equal values are one observation; different values are
// all refused, so the result never depends on the order of rows.
import type { Actuals } from '../plan/scenarioSchema.ts';
import { at, type IssueSink } from './issueSink.ts';
import type { Candidate } from './readObservation.ts';

/** Rows a conflict's message lists (its count says how many there are). */
const LISTED_ROWS = 5;

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));
}

export function resolveDuplicates(
  candidates: Candidate[],
  sink: IssueSink,
): { actuals: Actuals; accepted: number } {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = `${c.id}\u0000${c.year}`;
    // Appended in place: copying the group for every row made a long paste of one repeated row quadratic
    // (a 1 MB paste took 22 s).
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const actuals: Actuals = {};
  let accepted = 0;
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!;
    const first = group[0]!;
    if (!group.every((c) => sameValue(c.value, first.value))) {
      // Each conflicting cell's message names the rows in conflict: the first few, and how many in all.
      const rows = group.slice(0, LISTED_ROWS).map((c) => ({ row: c.row, raw: c.raw }));
      for (const c of group) {
        sink.add('error', at(c.row, c.col, c.raw), 'conflictingDuplicates', {
          indicator: c.id,
          year: c.year,
          count: group.length,
          rows,
        });
      }
      continue;
    }
    if (group.length > 1) {
      const second = group[1]!;
      sink.add('info', at(second.row, second.col, second.raw), 'repeatedSame', {
        indicator: first.id,
        year: first.year,
      });
    }
    const byYear = actuals[first.id] ?? {};
    byYear[String(first.year)] = first.value;
    actuals[first.id] = byYear;
    accepted++;
  }
  return { actuals, accepted };
}
