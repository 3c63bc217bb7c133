// The unit printed right after a number, longest match first (个百分点 before 个, 万亿元 before 万元 before 元).
// A unit is a magnitude prefix (十 百 千 万 亿 …) and a base (元 户 家 个 …), or one of a few whole units (%,
// 个百分点, 倍). Only units a target can be counted in are listed: 年, 月, 日 are dates, not units.

const PREFIXES = ['', '十', '百', '千', '万', '十万', '百万', '千万', '亿', '十亿', '百亿', '千亿', '万亿'];

const BASES = [
  '元',
  '美元',
  '户',
  '家',
  '个',
  '人',
  '人次',
  '名',
  '吨',
  '标准煤',
  '千瓦',
  '千瓦时',
  '平方米',
  '平方公里',
  '立方米',
  '亩',
  '公顷',
  '公里',
  '米',
  '辆',
  '件',
  '台',
  '套',
  '张',
  '床',
  '项',
  '场',
  '条',
  '座',
  '所',
  '处',
  '次',
  '岁',
  '册',
  '篇',
  '部',
  '间',
  '栋',
  '只',
  '头',
  '株',
  '棵',
  '标箱',
  '吨标准煤',
];

const WHOLE = ['%', '‰', '个百分点', '百分点', '倍'];

/** Every unit, longest first, so the first that matches is the longest. */
const UNITS: readonly string[] = [
  ...new Set([...WHOLE, ...PREFIXES.flatMap((p) => BASES.map((b) => p + b))]),
].sort((a, b) => b.length - a.length);

/** The unit starting at `at` in `text`, or null. */
export function readUnit(text: string, at: number): string | null {
  for (const unit of UNITS) if (text.startsWith(unit, at)) return unit;
  return null;
}

export function isPercentUnit(unit: string): boolean {
  return unit === '%' || unit === '‰';
}

export function isPointUnit(unit: string): boolean {
  return unit === '个百分点' || unit === '百分点';
}
