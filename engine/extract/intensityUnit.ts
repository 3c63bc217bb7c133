// 万元GDP能耗降至0.45吨标准煤: the plan names the output in the indicator (万元GDP, 万元工业增加值) and prints the
// figure's unit without it. The figure is per 万元 all the same; read as 吨标准煤, it was an amount of energy, which
// the capped intensity's actuals (吨标准煤/万元) did not convert to, nor the rule that an intensity is a cap.
import { perOutputUnit } from '../units/perOutputUnit.ts';
import { unitClass } from '../units/unitVocabulary.ts';

/** The output per 万元 of which a name measures something (万元GDP能耗, 单位万元工业增加值用水量). */
const PER_OUTPUT_NAME = /万元(?:GDP|国内生产总值|地区生产总值|生产总值|工业增加值|增加值)/i;

/** `unit` per 万元 when the name says so and the unit is a physical quantity without a 'per' of its own. */
export function intensityUnit(name: string, unit: string): string {
  if (unit.includes('/') || unit === '倍' || unitClass(unit) !== 'other' || !PER_OUTPUT_NAME.test(name))
    return unit;
  return perOutputUnit(`${unit}/万元`) ?? unit;
}
