// A value as a planner entered it, for the messages that question it: every digit kept (six significant, not
// the display's rounding, which would hide the very digits in question) in the plan's unit in Chinese, and in
// English in the page's English unit (90 家/年 → 90 firms/yr), which a Chinese unit had stayed in beside English
// words. Money, which English shows rescaled, is quoted in English as typed in the plan's unit with the English
// reading beside it (48.5 亿元 (4.85 bn yuan)): a slipped 48.5 亿元 questioned as "4.85 bn yuan … did you mean
// 48.5 bn yuan" read as if it offered back the very 48.5 typed.
import { parseUnit } from '../units/unitFactor.ts';
import { groupThousands } from './formatDecimal.ts';
import { displayScale, isPercentUnit, unitLabel, withUnitEn } from './formatValue.ts';
import type { Lang } from './lang.ts';
import { wanMoneyEn } from './wanMoneyEn.ts';

/**
 * Six significant digits, without binary noise or padding, the whole digits grouped as the page groups them:
 * 6,480,000, 0.425, 1e+300. "80100 户 … 每年多 78866 户" had been hard to read beside the cell's own 80,100.
 */
function typedDigits(x: number): string {
  const s = String(Number(x.toPrecision(6)));
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(s);
  return m ? `${m[1]}${groupThousands(m[2]!)}${m[3] ?? ''}` : s;
}

/**
 * `tight`: the Chinese figure written against its unit (6480000亿元), as a pasted cell is quoted; else with a
 * space (50.43 亿元), as a verdict quotes it. A share is a percentage in both languages.
 */
export function formatTyped(value: number, unit: string, lang: Lang, tight = false): string {
  if (isPercentUnit(unit) || parseUnit(unit).base === '%') return `${typedDigits(value * 100)}%`;
  if (lang === 'zh') return `${typedDigits(value)}${tight ? '' : ' '}${unit}`;
  const wan = wanMoneyEn(value, unit, typedDigits);
  const scale = displayScale(unit, lang);
  if (wan === undefined && scale === 1) return withUnitEn(typedDigits(value), unit);
  // Money, shown scaled in English (亿元 as bn yuan, a small 万元 in yuan): as typed, then as the page reads it.
  return `${typedDigits(value)} ${unit} (${wan ?? `${typedDigits(value * scale)} ${unitLabel(unit, lang)}`})`;
}
