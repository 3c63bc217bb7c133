// A value as a planner entered it, for the messages that question it: every digit kept (six significant, not
// the display's rounding, which would hide the very digits in question) in the plan's unit in Chinese, and in
// English in the page's English unit (6480000 亿元 → 648000 bn yuan, 90 家/年 → 90 firms/yr), which a
// Chinese unit had stayed in beside English words.
import { parseUnit } from '../units/unitFactor.ts';
import { displayScale, isPercentUnit, unitLabel, withUnitEn } from './formatValue.ts';
import type { Lang } from './lang.ts';

/** Six significant digits, without binary noise or padding: 6480000, 0.425, 1e+300. */
const typedDigits = (x: number) => String(Number(x.toPrecision(6)));

/**
 * `tight`: the Chinese figure written against its unit (6480000亿元), as a pasted cell is quoted; else with a
 * space (50.43 亿元), as a verdict quotes it. A share is a percentage in both languages.
 */
export function formatTyped(value: number, unit: string, lang: Lang, tight = false): string {
  if (isPercentUnit(unit) || parseUnit(unit).base === '%') return `${typedDigits(value * 100)}%`;
  if (lang === 'zh') return `${typedDigits(value)}${tight ? '' : ' '}${unit}`;
  const scale = displayScale(unit, lang);
  // Money is shown scaled in English (亿元 as bn yuan), its unit then named as the page names it.
  if (scale !== 1) return `${typedDigits(value * scale)} ${unitLabel(unit, lang)}`;
  return withUnitEn(typedDigits(value), unit);
}
