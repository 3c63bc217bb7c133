// Of the entered values that look mistyped (questionedActuals), those one target's verdict rests on.
import type { QuestionedActual } from './questionedActuals.ts';
/**
 * Of `all`, those a target's verdict rests on: entered for its indicator (or `parts` it is computed from) up to
 * its year and `asOf`. Once its own year is observed the verdict is that year's outcome, and only that year's
 * value (and the base year's, which progress is measured from) still counts.
 */
export function questionedBehind(
  all: readonly QuestionedActual[],
  target: { indicator: string; year: number },
  at: { baseYear: number; settled: boolean; asOf?: number; parts?: readonly string[] },
): QuestionedActual[] {
  const measured = new Set([target.indicator, ...(at.parts ?? [])]);
  const last = Math.min(at.asOf ?? Number.POSITIVE_INFINITY, target.year);
  return all.filter(
    (q) =>
      measured.has(q.indicator) &&
      q.year <= last &&
      (!at.settled || q.year === target.year || q.year === at.baseYear),
  );
}
