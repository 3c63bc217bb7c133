// Yes/no milestones, which print no number: 建成国家级…, 将…打造成国家级科技企业孵化器, 创建成为省级….
// Only a rank (国家级/省级/全国) after the verb makes one, and the phrase must end its clause without a
// figure (建成省级孵化器3家 is a count, read by findQuantities). 争创 (strive to win) is not a commitment.
export interface MilestoneMatch {
  /** Offset of the verb. */
  start: number;
  /** The phrase as printed, verb included, e.g. 打造成国家级科技企业孵化器. */
  figure: string;
  /** What is to be achieved, e.g. 国家级科技企业孵化器. */
  name: string;
}

const MILESTONE =
  /(?<![争力])(建成|打造成为?|打造为|创建成为?|成功创建|创成|获批|升格为|晋升为)((?:国家级|省级|全国)[^\d,.:;!?。;:\n、(（“"]{2,24})(?=[,.:;!?。;:\n、]|$)/g;

export function findMilestones(norm: string): MilestoneMatch[] {
  const out: MilestoneMatch[] = [];
  for (const m of norm.matchAll(MILESTONE)) {
    const name = m[2]!;
    // 建成国家级…示范区的目标 / 建成省级以上…: a rank range or a goal statement is not one yes/no event.
    if (/以上|等|若干|一批|多个|体系|目标/.test(name)) continue;
    out.push({ start: m.index, figure: m[0], name });
  }
  return out;
}
