// The unit a review row's base is typed in. A change in points (提高3个百分点) is a change of a share, whose base
// is the share's level in % (68.5, or 68.5%), not a number of points: read against 个百分点, "68.5%" had been
// refused as a unit that does not convert.
import type { GenerateTarget } from '../../engine/index.ts';

export function baseCellUnit(target: Pick<GenerateTarget, 'kind' | 'unit'>): string {
  return target.kind === 'pp-change' ? '%' : target.unit;
}
