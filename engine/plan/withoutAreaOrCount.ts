// An indicator's name without what plans and districts vary on around it: the area it is said of (全区, 全市,
// 我县 …) and a count word after it (数, 数量, 个数, 总数). 全区高新技术企业数量, 高新技术企业数 and 高新技术企业 are
// one indicator. The plan generator groups targets by it, the text reader matches a table row to the prose
// with it, and the actuals matcher takes a second look with it.

/** The area a name may begin with (全区, 我县 …). */
export const AREA_PREFIX = /^(?:全区|全市|全县|全镇|全乡|全省|我区|我市|我县|本区|本市|本县)/;

export function withoutAreaOrCount(name: string): string {
  return (
    name
      .replace(AREA_PREFIX, '')
      .replace(/(?:数量|个数|总数|数)$/, '')
      // 规上 is how tables shorten 规模以上: 高新技术产业增加值占规上工业增加值比重 in a 附表 and …占规模以上工业…
      // in the prose are one indicator (they had become two, one 基期待补 and one with a verdict).
      .replaceAll('规模以上', '规上')
  );
}
