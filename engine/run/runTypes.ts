// What `run` takes and gives. Results hold typed arrays so the worker can transfer them without copying;
// `toJsonResult` turns them into plain arrays for the CLI.

import type { QuestionedActual } from '../actuals/questionedActuals.ts';
import type { BaseSource } from '../evaluate/baseSourceOf.ts';
import type { Verdict, VerdictCode } from '../evaluate/verdictFor.ts';
import type { Comparator, TargetKind } from '../plan/planSchema.ts';
import type { Bridge } from './bridgeGaps.ts';
import type { FlowHistory } from './flowHistory.ts';
import type { HistoryRate } from './historyRates.ts';
import type { LockedParameter } from './lockedParameters.ts';
import type { RunWarning } from './runWarnings.ts';
import type { ActualIssue, Reanchored } from './simulate.ts';

export type { ActualIssue, Bridge, FlowHistory, HistoryRate, Reanchored };

export const QUANTILE_KEYS = ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'] as const;
export type QuantileKey = (typeof QUANTILE_KEYS)[number];
export const QUANTILE_PROBS: Record<QuantileKey, number> = {
  p5: 0.05,
  p10: 0.1,
  p25: 0.25,
  p50: 0.5,
  p75: 0.75,
  p90: 0.9,
  p95: 0.95,
};

/** Progress of a long run, in [0, 1], with what it is doing. */
export interface Progress {
  done: number;
  stage: string;
}

export interface RunOptions {
  /** Monte Carlo paths; 0 runs the deterministic path only. Default: scenario.paths or 2,000. */
  paths?: number;
  /** Seed of the shock bank. Default: scenario.seed or 1. */
  seed?: number;
  /** Last simulated year. Default: scenario.horizon or the plan's target year. */
  horizon?: number;
  /** Skip quantiles and target statistics (used inside goal-seek, which reads targets only). */
  quantiles?: boolean;
  /**
   * Keep the seed's draws for the next run (default). false for a process's only run (the CLI's `run`): each
   * row is generated into one reused row instead — the same draws, and ≈ 50 MB less memory touched for the
   * first time at 10,000 paths to 2035 (≈ 13,000 page faults; ≈ 13 µs each on this VM).
   */
  keepDraws?: boolean;
  onProgress?: (p: Progress) => void;
  /** Abort a stale run; `run` throws an AbortError-named Error when it sees the signal. */
  signal?: AbortSignal;
}

export interface IndicatorResult {
  unit: string;
  /** The path with every random draw at its mean (levers and shocks applied at their mean effect). */
  deterministic: Float64Array;
  /** Per year, across paths. Empty arrays when paths = 0. */
  quantiles: Record<QuantileKey, Float64Array>;
  /** Mean across paths per year (NaN when paths = 0). */
  mean: Float64Array;
  /** Whole numbers (a count): show values rounded to whole items. */
  count: boolean;
}

export interface TargetResult {
  id: string;
  indicator: string;
  kind: TargetKind;
  year: number;
  value: number | [number, number];
  comparator: Comparator;
  /** Share of paths on which the target is met, in [0, 1]; null when paths = 0. */
  pMet: number | null;
  /** Whether the deterministic path meets it. */
  deterministicMet: boolean;
  /** The measured quantity on the deterministic path (level, CAGR, increase, or the worst year's flow). */
  deterministicValue: number;
  /** Share of paths first meeting the target in each simulated year (aligned with `years`); quota targets: null. */
  firstYearMet: Float64Array | null;
  /** Where the indicator's base-year value comes from ('unknown' = 基期待补). */
  baseSource: BaseSource;
  /**
   * data: the base and the latest observation are printed, published or entered; derived: as data, but the
   * latest observation, which decides the verdict, was reckoned from published figures; assumption: the
   * base, or the whole forecast (no observation yet), rests on labelled assumptions; unknown-base: no verdict.
   */
  verdictBasis: VerdictBasis;
  /** One verdict from pace and forecast (engine/evaluate/verdictFor.ts): a code, a reason and its numbers. */
  verdict: Verdict;
  /** 力争: counted apart. */
  aspirational: boolean;
  nature: 'indicative' | 'binding' | null;
  /** Base unknown: what the target requires, as a function of the base the planner will enter. */
  requiredGrowth: RequiredGrowth | null;
  needs: 'base' | null;
  /** The latest observation (actual or published) of the indicator up to the target year. */
  latest: { year: number; value: number } | null;
  /** That observation is a figure the plan reckoned (provenance `derived`), not one observed. */
  latestReckoned: boolean;
  /**
   * Milestones: P(achieved by each year), aligned with `years`, and the first year by which that is ≥ 50%
   * (null when it never is within the horizon).
   */
  milestone: { pAchievedBy: number[]; evenChanceYear: number | null } | null;
  /** Quotas: the execution record, one row per year from base + 1 to the target year. */
  quota: QuotaYear[] | null;
}

/** What the Monte Carlo loops measure per target (targetStats); assessTargets adds the rest. */
export type TargetStat = TargetMeasured & {
  /** Quotas with paths: the share of paths meeting each year's quota, by year index 1..target year. */
  quotaShares: Float64Array | null;
};

type TargetMeasured = Pick<
  TargetResult,
  | 'id'
  | 'indicator'
  | 'kind'
  | 'year'
  | 'value'
  | 'comparator'
  | 'pMet'
  | 'deterministicMet'
  | 'deterministicValue'
  | 'firstYearMet'
>;

/**
 * data: printed, published or entered figures decide it; derived: they do, but the figure that decides it was
 * reckoned from published ones (社零 2025 from the published average growth), not itself published — it is to
 * be checked once published; assumption; unknown-base.
 */
export type VerdictBasis = 'data' | 'derived' | 'assumption' | 'unknown-base';

/**
 * What a target needs from a base x0 not yet known, over `years` years: the level to reach, the increase to
 * add, or the rate itself for a growth target. A level or an amount's increase asks (level / x0)^(1/years) − 1
 * or ((x0 + increase) / x0)^(1/years) − 1 a year; a share's increase is in points, added, never compounded
 * (requiredGrowthPhrase says each).
 */
export interface RequiredGrowth {
  years: number;
  level: number | null;
  increase: number | null;
  rate: number | null;
}

export interface QuotaYear {
  year: number;
  quota: number;
  /** Observed count (actual or published), else null. */
  observed: number | null;
  /** Observed years: whether the count met the quota; forecast years: null. */
  met: boolean | null;
  /** Forecast years: share of paths whose count meets the quota (labelled execution assumption). */
  pMet: number | null;
}

/** Counts of verdicts: non-aspirational targets by basis and code; 力争 targets apart. */
export interface VerdictSummary {
  basis: Record<VerdictBasis, number>;
  verdicts: Record<VerdictCode, number>;
  aspirational: { basis: Record<VerdictBasis, number>; verdicts: Record<VerdictCode, number> };
  /** Targets shown but not judged on a forecast: qualitative and not comparable. */
  qualitative: number;
  notComparable: number;
}

export interface LeverCost {
  /** Total fiscal cost over the years start..target year, in the levers' cost unit. */
  total: number;
  byLever: Record<string, number>;
  unit: string;
}

export interface RunResult {
  planId: string;
  /** What the numbers alone do not say: actuals not used, values that are not finite (see runWarnings.ts). */
  warnings: RunWarning[];
  years: number[];
  paths: number;
  seed: number;
  indicators: Record<string, IndicatorResult>;
  targets: TargetResult[];
  cost: LeverCost;
  /** Actuals of sums that re-anchored their parts pro rata to their simulated shares that year. */
  reanchored: Reanchored[];
  /** Actuals of other derived indicators: honoured by carrying the ratio on, or refused (never silent). */
  actualIssues: ActualIssue[];
  /** Years between two known values, pinned on the line joining them instead of simulated (bridgeGaps). */
  bridges: Bridge[];
  /** Defaults "for when no history is given" that the observed history replaced (historyRates.ts). */
  historyRates: HistoryRate[];
  /** Assumed yearly counts the entered counts replaced (flowHistory.ts); absent if none. */
  flowHistory?: FlowHistory[];
  /** Parameters the observations leave no say before the last target year (lockedParameters.ts); absent if none. */
  lockedParameters?: LockedParameter[];
  /** Growth observed over a single year, which did not replace its default (historyRates.ts); absent if none. */
  shortHistory?: HistoryRate[];
  /** The scenario's entered values that look like a slipped decimal point (questionedActuals); absent if none. */
  questioned?: QuestionedActual[];
  /** How many verdicts rest on data, on assumptions, or wait for a base (力争 counted apart). */
  summary: VerdictSummary;
  /** Milliseconds spent, for the notebook's status line. */
  elapsedMs: number;
}
