// A published figure that is a floor, not the figure itself (突破23万户, 超过…): runs are not pinned to it and
// the evaluation does not measure progress from it (statistic provenance `lowerBound`).
import type { Provenance } from './planSchema.ts';

export function isLowerBound(p: Provenance): boolean {
  return p.kind === 'statistic' && p.lowerBound === true;
}
