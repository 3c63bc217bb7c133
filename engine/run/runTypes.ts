// What `run` takes and gives. Results hold typed arrays so the worker can transfer them without copying;
// `toJsonResult` turns them into plain arrays for the CLI.
import type { Comparator, TargetKind } from '../plan/planSchema.ts';
import type { RunWarning } from './runWarnings.ts';

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
  /** Milliseconds spent, for the notebook's status line. */
  elapsedMs: number;
}
