// The unit a base is typed in on the page (录入基期, 基期待补), shared by the fields that show it and the reading
// that scales a bare number back to the plan's unit.
import { displayScale, isCountUnit, unitLabel } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';

/**
 * The unit a base is typed in, as the page shows it (in English 亿元 reads as bn yuan), and the factor from
 * the plan's unit to it. A unit with no English name is a plain number (个, 条) or typed as the plan prints it.
 */
export function entryUnit(unit: string, lang: Lang): { label: string; scale: number } {
  const label = unitLabel(unit, lang);
  if (lang === 'zh' || !/\p{Script=Han}/u.test(label)) return { label, scale: displayScale(unit, lang) };
  return { label: isCountUnit(unit) ? 'number' : unit, scale: 1 };
}
