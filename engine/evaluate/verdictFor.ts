// ONE verdict per target, from the pace so far and the forecast, by one stated rule (docs/feasibility.md,
// "The verdict rule"). The engine returns a code, a reason code and the numbers behind them; the CLI and
// the page turn them into a sentence (engine/report/verdictMessage.ts, one catalogue for both).
//
// The rule, in order:
//  1. qualitative → `qualitative`; comparable: false → `not-comparable` (reason: the plan data's reason);
//  2. the base is unknown (基期待补) → `unknown-base`: no forecast is shown as a finding;
//  3. the target's year is observed and the observation meets it (a milestone: observed achieved) →
//     `achieved`; the target's year is observed and misses it (a quota: any observed year short of it) →
//     `missed`, with what was observed (`target-year-missed`): the outcome is a fact, not a forecast; met
//     by an earlier year's observation → `achieved` with the reason `reached-early` (it must still hold in
//     the target's year, and the forecast's chance that it does is said beside it);
//  4. otherwise the forecast decides, because it starts from the latest observation and carries what a
//     pace ratio cannot see (compounding, expiring certificates, a quota due every year):
//     P(met) ≥ onTrack → `on-track`; P(met) ≥ atRisk → `at-risk`; below → `off-track` (without a Monte
//     Carlo, the deterministic path: met → on-track, missed → off-track);
//  5. when the pace so far says otherwise (pace ≥ the on-track threshold while the forecast is at-risk or
//     off-track, or pace below it while the forecast is on-track), the verdict keeps the forecast's code
//     and names the reason for the difference, most specific first:
//     `certificates-expire` (a cohort stock: certificates granted early expire before the target year),
//     `quota-every-year` (a quota must be met each year; one short year fails it),
//     `pace-linear-vs-compound` (the pace, a share of the increase, looks behind while the level is within
//     5% of the compound planned path),
//     `latest-actual-below-path` / `latest-actual-above-path` (the forecast starts from the latest actual,
//     which lies more than 5% below / above the planned path), else `forecast-differs-from-pace`.

import { asShown } from './asShown.ts';

export type VerdictCode =
  | 'achieved'
  | 'missed'
  | 'on-track'
  | 'at-risk'
  | 'off-track'
  | 'unknown-base'
  | 'no-record'
  | 'not-comparable'
  | 'qualitative';

export type VerdictReason =
  | 'certificates-expire'
  | 'quota-every-year'
  | 'pace-linear-vs-compound'
  | 'latest-actual-below-path'
  | 'latest-actual-above-path'
  | 'forecast-differs-from-pace'
  | 'target-year-missed'
  | 'different-measures'
  | 'undefined-denominator'
  | 'no-record'
  | 'no-history'
  | 'reached-early'
  | 'other';

export interface Verdict {
  code: VerdictCode;
  /** Why pace and forecast disagree (or why not comparable); null when they agree. */
  reason: VerdictReason | null;
  /** The numbers a sentence needs: pMet, pace, plannedPathRatio, life, missedYears… (null = unknown). */
  params: Record<string, number | string | number[] | null>;
}

export interface VerdictThresholds {
  /** P(met) at or above which a target is on track. */
  onTrack: number;
  /** P(met) at or above which it is at risk (below: off track). */
  atRisk: number;
  /** Pace (share of the planned progress made) at or above which the pace says on track. */
  pace: number;
}

export const DEFAULT_VERDICT_THRESHOLDS: VerdictThresholds = { onTrack: 0.8, atRisk: 0.2, pace: 0.9 };

export interface VerdictInput {
  kind: 'level' | 'share' | 'growth' | 'increase' | 'quota' | 'milestone' | 'qualitative';
  comparable: boolean;
  notComparableReason?: VerdictReason | undefined;
  baseUnknown: boolean;
  /**
   * The indicator moves only by an assumption standing in for a record of delivery (a `noRecord` parameter)
   * or for its history (a `noHistory` default), and nothing of it is observed: no verdict (待补执行记录,
   * 待补历史数据), the chance said to restate the assumption.
   */
  standIn?: 'no-record' | 'no-history' | undefined;
  /** The target's year is observed and met (a milestone: observed achieved). */
  achieved: boolean;
  /**
   * The year of the observation that met it, when that is before the target's year and the target is a
   * level, a share, an increase or a growth (a stock can still fall; an event or a quota record cannot).
   */
  reachedEarly?: { year: number; targetYear: number; ceiling?: 1 } | null;
  /** Monte Carlo P(met), or null without one. */
  pMet: number | null;
  deterministicMet: boolean;
  /** Share of the planned progress made by the latest observation (1 = on plan), or null without one. */
  pace: number | null;
  /** How pace was measured: against a linear or a compound planned path, or a quota's total. */
  paceBasis?: 'linear' | 'planned-path' | 'quota' | undefined;
  /** Latest / planned-path value at the latest observation (compound targets), if known. */
  plannedPathRatio?: number | null | undefined;
  /** The indicator is a cohort stock (items expire after `life` years). */
  cohortLife?: number | undefined;
  /** Quota targets: years observed short of the quota. */
  missedYears?: number[] | undefined;
  /** The target's own year is observed: its value, the base and the years between, in the indicator's unit. */
  targetYearObserved?: {
    year: number;
    value: number;
    base: number | null;
    years: number;
    unit: string;
    /** How a growth target reckons its rate: compound, the total ÷ years, or the change itself (statedAs). */
    reading?: 'compound' | 'arithmetic' | 'change';
    /**
     * The value is derived from published figures (a statistics file's `derived` value), not observed; with
     * the range its inputs allow when the file gives one.
     */
    derived?: boolean | readonly [number, number];
    /** A quantity per head in a counted unit (每万人口…件): its values are not whole items. */
    fractional?: boolean;
  } | null;
}

export function verdictFor(
  input: VerdictInput,
  thresholds: VerdictThresholds = DEFAULT_VERDICT_THRESHOLDS,
): Verdict {
  const params: Verdict['params'] = { pMet: input.pMet, pace: input.pace };
  if (input.kind === 'qualitative') return { code: 'qualitative', reason: null, params: {} };
  if (!input.comparable)
    return { code: 'not-comparable', reason: input.notComparableReason ?? 'other', params: {} };
  // A quota is read year by year, with no base: a short year observed fails it, every year met to its own
  // meets it, whatever the base (which only its forecast needs).
  if (input.kind === 'quota' && (input.missedYears?.length ?? 0) > 0)
    return {
      code: 'missed',
      reason: 'quota-every-year',
      params: { ...params, missedYears: input.missedYears! },
    };
  if (input.baseUnknown && !(input.kind === 'quota' && input.achieved && input.targetYearObserved))
    return { code: 'unknown-base', reason: null, params: {} };
  if (input.achieved)
    return input.reachedEarly
      ? { code: 'achieved', reason: 'reached-early', params: { ...params, ...input.reachedEarly } }
      : { code: 'achieved', reason: null, params };
  // One code for both, counted apart from the verdicts; the reason says which data would decide.
  if (input.standIn) return { code: 'no-record', reason: input.standIn, params };
  // Any other target is missed once its year is observed and not met.
  const seen = input.targetYearObserved;
  if (seen && input.kind !== 'quota') {
    const {
      year,
      value,
      base,
      years,
      unit,
      reading = 'compound',
      derived = false,
      fractional = false,
    } = seen;
    return {
      code: 'missed',
      reason: 'target-year-missed',
      params: {
        ...params,
        measure: input.kind,
        year,
        value,
        base,
        years,
        unit,
        reading,
        ...(derived ? { derived: 1 } : {}),
        ...(Array.isArray(derived) ? { rangeLow: derived[0], rangeHigh: derived[1] } : {}),
        ...(fractional ? { fractional: 1 } : {}),
      },
    };
  }
  const p = input.pMet;
  const code: VerdictCode =
    p === null
      ? input.deterministicMet
        ? 'on-track'
        : 'off-track'
      : p >= thresholds.onTrack
        ? 'on-track'
        : p >= thresholds.atRisk
          ? 'at-risk'
          : 'off-track';
  if (input.pace === null) return { code, reason: null, params };
  const paceGood = asShown(input.pace) >= thresholds.pace;
  const forecastGood = code === 'on-track';
  if (paceGood === forecastGood) return { code, reason: null, params };
  return { code, reason: disagreement(input, forecastGood, params), params };
}

/** How far from the compound planned path a latest value is still "on" it, for the reasons below. */
const PATH_TOLERANCE = 0.05;

/** The most specific reason the forecast and the pace disagree; adds its numbers to `params`. */
function disagreement(input: VerdictInput, forecastGood: boolean, params: Verdict['params']): VerdictReason {
  if (!forecastGood && input.cohortLife !== undefined) {
    params.life = input.cohortLife;
    return 'certificates-expire';
  }
  if (!forecastGood && input.kind === 'quota') {
    params.missedYears = input.missedYears ?? [];
    return 'quota-every-year';
  }
  const ratio = input.plannedPathRatio ?? null;
  params.plannedPathRatio = ratio;
  if (forecastGood && ratio !== null && ratio >= 1 - PATH_TOLERANCE) return 'pace-linear-vs-compound';
  // The latest actual explains the forecast only when it is off the path by more than the tolerance: at
  // 99.7 % of it (社零 2021), what makes the forecast miss is the growth assumed for the years left.
  if (ratio !== null && !forecastGood && ratio < 1 - PATH_TOLERANCE) return 'latest-actual-below-path';
  if (ratio !== null && forecastGood && ratio > 1 + PATH_TOLERANCE) return 'latest-actual-above-path';
  return 'forecast-differs-from-pace';
}
