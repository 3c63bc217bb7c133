// 单位地区生产总值能耗下降13.5%（约束性）: prose marks a binding target in brackets right after its figure, the
// way most plans do outside their 附表. Those four had been drafted with no 属性, so no page, file or report
// showed them binding until the planner noticed and set it by hand.

/** How far after a figure its mark may stand: a word or two of it (以上, 左右) and the bracket. */
const MARK = /^[^，,。；;：:\n（(【[]{0,6}[（(【[]\s*(约束性|预期性)(?:指标)?\s*[）)】\]]/;

/** 约束性 / 预期性 written in brackets just after the figure ending at `end` of `text`, or null. */
export function natureAfter(text: string, end: number): 'binding' | 'indicative' | null {
  const m = MARK.exec(text.slice(end, end + 24));
  if (!m) return null;
  return m[1] === '约束性' ? 'binding' : 'indicative';
}
