// What a goal-seek's values mean for a target on a percentage (研发投入强度, a share of GDP): the level reached in
// the target year and the change in points a year that takes it there. A planner asks "how many 个百分点 a
// year", not for the rate of the parameter that moves the share — a share's odds s/(1−s), or its relative growth.

/** The share's reading of a goal-seek, on the deterministic path. */
export interface GoalSeekPointsBasis {
  indicator: string;
  /** Where the pace is counted from: the latest observation before the target year (observed), else the base. */
  from: { year: number; value: number; observed: boolean };
  /** The target's year, where the level is read. */
  year: number;
  /** The level reached in `year` with the scenario as it is (the variable at its current value). */
  current: number;
}

/** The reading at one value of the variable, as evaluated: its level in the target year and its points a year. */
export interface PointsReading {
  level: number;
  perYear: number;
}

/** What `value` gives the share: null when the target is not on a percentage or the value was not evaluated. */
export function goalSeekPoints(
  r: {
    points?: GoalSeekPointsBasis | undefined;
    current: number;
    evaluations: readonly { value: number; level?: number | undefined }[];
  },
  value: number,
): PointsReading | null {
  const basis = r.points;
  if (!basis) return null;
  const level =
    r.evaluations.find((e) => e.value === value)?.level ?? (value === r.current ? basis.current : undefined);
  if (level === undefined || !Number.isFinite(level)) return null;
  return { level, perYear: (level - basis.from.value) / (basis.year - basis.from.year) };
}
