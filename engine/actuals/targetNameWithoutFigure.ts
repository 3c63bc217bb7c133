// A target's name as a planner types it into a table's name column: the plan's words without the figure they end
// on (新增注册企业 for 新增注册企业4.5万户, 高新技术企业 for 高新技术企业达200家以上). A tester's 新增注册企业 row had been
// refused as 规划中无此指标 with no hint, although the plan prints that very name.
import { toHalfWidth } from './parseNumberCell.ts';

/** The figure a name ends on: 达/超过/约 before it, its unit, 以上/左右 after it. */
const TRAILING_FIGURE =
  /(?:达到|达|超过|超|不少于|不低于|力争|约)?\s*\d[\d,.]*\s*[十百千万亿]*(?:元|美元|户|家|个|件|人|人次|项|条|场|次|座|吨|亩|平方米|%|‰|倍|百分点)?(?:以上|左右)?$/;

/** The name without its trailing figure, or null when it ends on none (or on a range, 1-2个, or a ratio, 25:75). */
export function targetNameWithoutFigure(name: string): string | null {
  const text = toHalfWidth(name).trim();
  const m = TRAILING_FIGURE.exec(text);
  if (!m || m.index === 0) return null;
  const head = text.slice(0, m.index).trim();
  return /[\d:.\-~～至到]$/.test(head) || head.length < 2 ? null : head;
}
