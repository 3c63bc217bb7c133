// Of the entered values that look mistyped (questionedActuals), those one target's verdict rests on.
import type { QuestionedActual } from './questionedActuals.ts';
/**
 * Of `all`, those a target's verdict rests on: entered for its indicator (or `parts` it is computed from) up to
 * its year and `asOf`, in a year the verdict reads. Progress is measured from the base year to the latest year
 * observed (`latest`), and the forecast carries on from that year: a level, a share or a growth target reads
 * those two years alone, and a questioned 2021 had marked ⚠ a verdict that rests on a sound 2022. A target that
 * adds up its years (`summed`: a yearly quota, a running sum of a flow) reads every one. Once its own year is
 * observed the verdict is that year's outcome, and only that year's value (and the base year's) still counts.
 * Without `latest` (not known to the caller) every year up to the last counts.
 */
export function questionedBehind(
  all: readonly QuestionedActual[],
  target: { indicator: string; year: number },
  at: {
    baseYear: number;
    settled: boolean;
    asOf?: number;
    parts?: readonly string[];
    /** The latest year observed after the base, up to `asOf` and the target's year; null if none. */
    latest?: number | null;
    summed?: boolean;
  },
): QuestionedActual[] {
  const measured = new Set([target.indicator, ...(at.parts ?? [])]);
  const last = Math.min(at.asOf ?? Number.POSITIVE_INFINITY, target.year);
  const read = (year: number) =>
    year === at.baseYear ||
    (at.settled ? year === target.year : at.summed || at.latest === undefined || year === at.latest);
  return all.filter((q) => measured.has(q.indicator) && q.year <= last && read(q.year));
}
