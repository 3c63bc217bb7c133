// The ESCAP / Open-SDG "anticipated progress" classification. R = a / |r|, with a the achieved CAGR since
// the base year and r the CAGR the target requires over the whole period (sign flipped for targets that
// aim downwards, so R > 0 always means "moving the right way").

import { asShown } from './asShown.ts';

export type EscapCategory =
  | 'achieved'
  | 'on-track'
  | 'acceleration-needed'
  | 'limited-progress'
  | 'deterioration';

export const ESCAP_THRESHOLDS = { onTrack: 0.95, acceleration: 0.6, limited: 0 } as const;

/** R ≥ 95 % on track; 60 % ≤ R < 95 % acceleration needed; 0 ≤ R < 60 % limited; R < 0 deterioration. */
export function escapCategory(ratioR: number | null, achieved: boolean): EscapCategory | null {
  if (achieved) return 'achieved';
  if (ratioR === null || Number.isNaN(ratioR)) return null;
  const shown = asShown(ratioR);
  if (shown >= ESCAP_THRESHOLDS.onTrack) return 'on-track';
  if (shown >= ESCAP_THRESHOLDS.acceleration) return 'acceleration-needed';
  if (shown >= ESCAP_THRESHOLDS.limited) return 'limited-progress';
  return 'deterioration';
}
