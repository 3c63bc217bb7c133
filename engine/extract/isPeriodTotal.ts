// Whether a figure is a total over the plan period, the sum of yearly figures (技术合同成交额五年累计达到60亿元,
// 五年累计引进培育高层次人才1000人, 累计完成投资300亿元, 累计新增省级平台30个): measured by adding each year's
// figure, it needs no stock at the base year, and is not the level of 2030. A rate (累计增长40%, 累计下降14%)
// is a change over the period of its own kind, not a sum; nor is a count standing at the target year (cumulativeCount).
import { isPointUnit, isPrintedPercent } from '../units/unitVocabulary.ts';
import { cumulativeCount } from './cumulativeCount.ts';

/** `before`: the clause's words before the figure. */
export function isPeriodTotal(before: string, unit: string): boolean {
  if (isPrintedPercent(unit) || isPointUnit(unit)) return false;
  return /累计/.test(before) && cumulativeCount(before, unit) !== 'to-date';
}
