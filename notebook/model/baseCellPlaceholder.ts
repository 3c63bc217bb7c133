// What the review's empty base field shows greyed. A rate's row (年均增长7%, 能耗下降14%) takes the level the rate
// grows, with that level's unit, which the row does not give: the field had shown "如 120亿元" on an energy
// intensity's fall and on a share's rate too, whose levels are no 亿元 (a tester). It says so generically; a
// row with a unit of its own shows that unit (%, 万人), the one a bare number is read in.
import type { Lang } from '../i18n/lang.ts';

/**
 * `printed`: the base the plan takes from the text (printedBaseHint / printedLevelHint), else null; `unit`: the
 * unit the cell reads a bare number in (baseCellUnit).
 */
export function baseCellPlaceholder(
  printed: string | number | null,
  isRate: boolean,
  unit: string,
  lang: Lang,
): string {
  if (printed !== null) return lang === 'zh' ? `${printed}（原文）` : `${printed} (printed)`;
  if (isRate) return lang === 'zh' ? '基期水平+单位' : 'base level + unit';
  return unit;
}
