// A level a plan states with no comparator of its own (a bare figure, or 达到) is a floor, except where its unit
// says it is a cap. An intensity per 万元 of output (0.36吨标准煤/万元) is one always: plans cut it and never
// want it raised, and read ≥ a binding cut had been met by any rise. A duration (审批时间 60个工作日) is one only
// below its printed base: hours of training (培训时长达到40小时) are a floor. The plan-table reader and the
// text reader ask this one rule.
import { perOutputUnit } from './perOutputUnit.ts';
import { isDurationUnit } from './unitVocabulary.ts';

/** Whether a level in `unit`, stated without a comparator, is a cap (≤); `belowBase`: it is below its base. */
export function capsLevel(unit: string, belowBase: boolean): boolean {
  return perOutputUnit(unit) !== null || (belowBase && isDurationUnit(unit));
}
