// Published statistics applied to a plan (pure): what happened feeds the simulation, the plan's promises
// stay as they are.
// - A base-year value becomes the base of an indicator whose base the plan does not print (provenance
//   not `plan`, or 基期待补); the base it replaces is kept in `supersedes`, so `check` shows both numbers
//   and both sources where they disagree. A printed base is kept; a differing statistic is reported.
// - A base-year value of a derived indicator (a sum such as GDP = secondary + tertiary) and every value
//   of a later year become observations: they pin the paths in every scenario like actuals (a sum
//   re-anchors its parts). An observation the plan already holds (entered by the planner) is kept.
// - Values are converted to the indicator's unit, or the series is skipped with an issue.
// - A series named otherwise than its indicator gives the indicator that name as an alias (pasted tables match it).
// - A series of yearly growth (`growthOf`) becomes growth observations for the years after the base: read only
//   where a year lies between two known levels (bridgeGaps.ts).
// - A series on another reading of a target (`otherReadingOf`) becomes plan.otherReadings, for the plan check
//   alone: no run reads it.
// Several values for one indicator and year: the latest publication date wins (a final figure over an
// earlier 预计数), then the later one in the file.
import { convertUnit } from '../units/unitFactor.ts';
import { knownBase } from './knownBase.ts';
import type { Indicator, Observation, OtherReading, Plan } from './planSchema.ts';
import type { Statistics, StatisticValue } from './statisticsSchema.ts';

export type StatisticsIssueCode =
  | 'unknown-indicator'
  | 'unit-mismatch'
  | 'before-base-year'
  | 'printed-base-kept'
  | 'entered-kept'
  | 'unknown-target';

export interface StatisticsIssue {
  code: StatisticsIssueCode;
  series: string;
  indicator?: string;
  /** unknown-target: the target an `otherReadingOf` names. */
  target?: string;
  year?: number;
  /** The statistic and, where one is kept instead, the other value (both in the indicator's unit). */
  value?: number;
  kept?: number;
}

export interface AppliedStatistic {
  series: string;
  indicator: string;
  year: number;
  value: number;
  /** base: became the indicator's base; observation: pins paths from that year; growth: a year's published
   * growth (in %), read between two known levels. */
  as: 'base' | 'observation' | 'growth';
}

export interface AppliedStatistics {
  plan: Plan;
  applied: AppliedStatistic[];
  issues: StatisticsIssue[];
}

/** Relative difference under which a statistic and a printed base count as the same figure (rounding). */
const SAME = 0.005;

function latestPerYear(values: readonly StatisticValue[]): Map<number, StatisticValue> {
  const out = new Map<number, StatisticValue>();
  for (const v of values) {
    const had = out.get(v.year);
    const date = (x: StatisticValue) => (x.provenance.kind === 'statistic' ? x.provenance.date : '');
    if (!had || date(v) >= date(had)) out.set(v.year, v);
  }
  return out;
}

export function applyStatistics(plan: Plan, statistics: Statistics): AppliedStatistics {
  const t0 = plan.meta.baseYear;
  const issues: StatisticsIssue[] = [];
  const applied: AppliedStatistic[] = [];
  const indicators = new Map<string, Indicator>(plan.indicators.map((i) => [i.id, { ...i }]));
  const observations = new Map<string, Observation>(
    (plan.observations ?? []).map((o) => [`${o.indicator}:${o.year}`, o]),
  );
  const growth = new Map<string, Observation>(
    (plan.growthObservations ?? []).map((o) => [`${o.indicator}:${o.year}`, o]),
  );
  const otherReadings: OtherReading[] = [...(plan.otherReadings ?? [])];
  const targetIds = new Set(plan.targets.map((t) => t.id));
  for (const s of statistics.series) {
    const other = s.otherReadingOf;
    if (other !== undefined) {
      if (!targetIds.has(other.target))
        issues.push({ code: 'unknown-target', series: s.id, target: other.target });
      else
        for (const [year, v] of latestPerYear(s.values))
          otherReadings.push({
            target: other.target,
            name: s.name,
            year,
            value: v.value,
            unit: s.unit,
            provenance: v.provenance,
            reading: other.reading,
          });
      continue;
    }
    if (s.growthOf !== undefined) {
      if (!indicators.has(s.growthOf))
        issues.push({ code: 'unknown-indicator', series: s.id, indicator: s.growthOf });
      // A growth of the base year is over the year before it: no gap of the run lies there.
      else
        for (const [year, v] of latestPerYear(s.values))
          if (year > t0) {
            growth.set(`${s.growthOf}:${year}`, {
              indicator: s.growthOf,
              year,
              value: v.value,
              provenance: v.provenance,
            });
            applied.push({ series: s.id, indicator: s.growthOf, year, value: v.value, as: 'growth' });
          }
      continue;
    }
    if (s.indicator === undefined) continue; // context only
    const ind = indicators.get(s.indicator);
    if (!ind) {
      issues.push({ code: 'unknown-indicator', series: s.id, indicator: s.indicator });
      continue;
    }
    if (convertUnit(1, s.unit, ind.unit) === null) {
      issues.push({ code: 'unit-mismatch', series: s.id, indicator: ind.id });
      continue;
    }
    // The name the district publishes it under: a planner pasting its figures writes that name.
    if (s.name.zh !== ind.name.zh && !ind.aliases?.some((a) => a.zh === s.name.zh)) {
      const alias = s.name.en === undefined ? { zh: s.name.zh } : { zh: s.name.zh, en: s.name.en };
      ind.aliases = [...(ind.aliases ?? []), alias];
    }
    for (const [year, v] of [...latestPerYear(s.values)].sort((a, b) => a[0] - b[0])) {
      const value = convertUnit(v.value, s.unit, ind.unit)!;
      if (year < t0) {
        issues.push({ code: 'before-base-year', series: s.id, indicator: ind.id, year, value });
        continue;
      }
      const base = knownBase(ind);
      const carried = ind.base !== undefined;
      if (year === t0 && carried) {
        if (base?.provenance.kind === 'plan') {
          if (Math.abs(value / base.value - 1) > SAME)
            issues.push({
              code: 'printed-base-kept',
              series: s.id,
              indicator: ind.id,
              year,
              value,
              kept: base.value,
            });
          continue;
        }
        indicators.set(ind.id, {
          ...ind,
          base: {
            value,
            provenance: v.provenance,
            ...(base ? { supersedes: { value: base.value, provenance: base.provenance } } : {}),
          },
        });
        applied.push({ series: s.id, indicator: ind.id, year, value, as: 'base' });
        continue;
      }
      const key = `${ind.id}:${year}`;
      const had = observations.get(key);
      if (had && had.provenance.kind !== 'statistic') {
        issues.push({ code: 'entered-kept', series: s.id, indicator: ind.id, year, value, kept: had.value });
        continue;
      }
      // A reckoned value's range is in the series' unit too.
      const p = v.provenance;
      const provenance =
        p.kind === 'derived' && p.range
          ? {
              ...p,
              range: [
                convertUnit(p.range[0], s.unit, ind.unit)!,
                convertUnit(p.range[1], s.unit, ind.unit)!,
              ] as [number, number],
            }
          : p;
      observations.set(key, { indicator: ind.id, year, value, provenance });
      applied.push({ series: s.id, indicator: ind.id, year, value, as: 'observation' });
    }
  }
  return {
    plan: {
      ...plan,
      indicators: plan.indicators.map((i) => indicators.get(i.id)!),
      observations: [...observations.values()].sort(byIndicatorAndYear),
      growthObservations: [...growth.values()].sort(byIndicatorAndYear),
      otherReadings,
    },
    applied,
    issues,
  };
}

function byIndicatorAndYear(a: Observation, b: Observation): number {
  return a.indicator.localeCompare(b.indicator) || a.year - b.year;
}
