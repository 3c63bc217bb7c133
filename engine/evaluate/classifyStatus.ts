// The mid-term status label of a target, from its pace: the share of the progress planned by now that has
// actually been made (1 = exactly on plan). Thresholds are configurable and printed with every evaluation.
// Once the target's own year is observed there is no pace left to judge: the target is `met` (已完成) or
// `missed` (未完成), as a final evaluation (终期评估) counts them (evaluateTargets decides, from the verdict).

import { asShown } from './asShown.ts';

/**
 * `within` / `breached`: a ceiling the base already kept (失业率控制在5.5%以内 from 5.1%) has no progress to
 * make, only a limit to keep; its latest value is within it or over it.
 */
export type EvaluationStatus =
  | 'met'
  | 'achieved'
  | 'ahead'
  | 'on-track'
  | 'within'
  | 'behind'
  | 'far-behind'
  | 'breached'
  | 'missed';

export interface StatusThresholds {
  /** pace ≥ ahead → 快于预期 */
  ahead: number;
  /** pace ≥ onTrack → 基本符合预期 */
  onTrack: number;
  /** pace ≥ behind → 滞后; below → 严重滞后 */
  behind: number;
}

export const DEFAULT_STATUS_THRESHOLDS: StatusThresholds = { ahead: 1.1, onTrack: 0.9, behind: 0.6 };

export const STATUS_ORDER: EvaluationStatus[] = [
  'met',
  'achieved',
  'ahead',
  'on-track',
  'within',
  'behind',
  'far-behind',
  'breached',
  'missed',
];

/** Checks that thresholds are finite and ordered ahead > onTrack > behind; returns an error or null. */
export function checkThresholds(t: StatusThresholds): string | null {
  for (const [k, v] of Object.entries(t)) if (!Number.isFinite(v)) return `invalid threshold ${k}: ${v}`;
  if (!(t.ahead > t.onTrack && t.onTrack > t.behind)) {
    return `thresholds must be ordered ahead > onTrack > behind: ${t.ahead}, ${t.onTrack}, ${t.behind}`;
  }
  return null;
}

/** null when there is nothing to judge (no observation after the base year). */
export function classifyStatus(
  pace: number | null,
  achieved: boolean,
  thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS,
  ceiling: 'within' | 'breached' | null = null,
  floor: 'met' | 'below' | 'closing' | null = null,
): EvaluationStatus | null {
  if (ceiling !== null) return ceiling;
  // A floor the base already reaches: kept (提前实现), below it but closing at the pace still needed (基本符合预期),
  // or below it (滞后); it has no progress ratio to grade.
  if (floor !== null) return floor === 'met' ? 'achieved' : floor === 'closing' ? 'on-track' : 'behind';
  if (achieved) return 'achieved';
  if (pace === null || Number.isNaN(pace)) return null;
  const shown = asShown(pace);
  if (shown >= thresholds.ahead) return 'ahead';
  if (shown >= thresholds.onTrack) return 'on-track';
  if (shown >= thresholds.behind) return 'behind';
  return 'far-behind';
}
