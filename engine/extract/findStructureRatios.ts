// A structure printed as a ratio, 二三产业结构25:75 (or 25∶75): a target on the last term's share, here
// 75 / (25 + 75) = 75%, read as 约 (the plan rounds such ratios). findQuantities skips unitless numbers, so
// the ratio is found here.
export interface StructureRatio {
  /** Offset of the first number. */
  start: number;
  /** The ratio as printed, e.g. 25:75. */
  figure: string;
  /** The structure's name with what the share is of, e.g. 二三产业结构（末项占比）. */
  name: string;
  /** The last term's share, in percent. */
  share: number;
}

const RATIO =
  /([\u4e00-\u9fa5]{1,12}结构)(?:比例|比)?(?:为|达到|调整为|优化为|优化到|调整到)?(\d+(?:\.\d+)?)[:∶](\d+(?:\.\d+)?)(?:[:∶](\d+(?:\.\d+)?))?/g;

export function findStructureRatios(norm: string): StructureRatio[] {
  const out: StructureRatio[] = [];
  for (const m of norm.matchAll(RATIO)) {
    const terms = [m[2], m[3], m[4]].filter((x): x is string => x !== undefined).map(Number);
    const total = terms.reduce((a, b) => a + b, 0);
    if (!(total > 0)) continue;
    const figure = terms.length === 3 ? `${m[2]}:${m[3]}:${m[4]}` : `${m[2]}:${m[3]}`;
    const start = m.index + m[0].length - figure.length;
    out.push({
      start,
      figure: norm.slice(start, start + figure.length),
      name: `${m[1]}（末项占比）`,
      share: Math.round((terms[terms.length - 1]! / total) * 1e6) / 1e4,
    });
  }
  return out;
}
