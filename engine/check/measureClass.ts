// Which economic measure a money indicator is, read from its names: value added (增加值, 地区生产总值 —
// GDP is a sum of value added) or gross output / turnover (总产值, 产值, 营业收入, 销售额, 营业额, 交易额,
// 零售总额). The two cannot be added together, and gross output cannot be a share of GDP.
// Returns null when the names do not say.

export type MeasureClass = 'value-added' | 'gross-output';

const GROSS = /总产值|产值|营业收入|营收|销售额|营业额|交易额|零售总额|gross output|revenue|sales|turnover/i;
const VALUE_ADDED = /增加值|生产总值|\bGDP\b|value added|gross domestic product/i;

export function measureClass(...names: (string | undefined)[]): MeasureClass | null {
  const text = names.filter(Boolean).join(' ');
  // "生产总值" (value added) contains no "产值", so the gross pattern is tested first without ambiguity.
  if (GROSS.test(text)) return 'gross-output';
  if (VALUE_ADDED.test(text)) return 'value-added';
  return null;
}

/** The keyword that decided the class, for messages. */
export function measureKeyword(...names: (string | undefined)[]): string | null {
  const text = names.filter(Boolean).join(' ');
  return GROSS.exec(text)?.[0] ?? VALUE_ADDED.exec(text)?.[0] ?? null;
}
