/** Units that count whole things: a value in them (without a magnitude such as 万) is a whole number. */
export const COUNT_BASES: ReadonlySet<string> = new Set([
  '户',
  '家',
  '个',
  '件',
  '人',
  '项',
  '条',
  '场',
  '座',
  '次',
  '所',
]);
