// A table's value cell prints the figure alone (约600, 新增3, 下降14), its unit in a column of its own; a target
// named from it had lost the unit ("地区生产总值：约600") where the text's own figure names it "…600亿元左右".
// The unit goes after the number, before a comparator word that ends the figure (45以上 → 45亿元以上).
import { toHalfWidth } from '../actuals/parseNumberCell.ts';
import { comparatorEnding } from '../extract/readComparator.ts';

/** The figure as printed, with `unit` after its last number when nothing follows that number but a comparator
 *  word or a bracket; a figure that carries a word of its own after the number (3个百分点, 1.2万元) is kept. */
export function figureWithUnit(figure: string, unit: string): string {
  if (unit === '') return figure;
  const ending = comparatorEnding(figure.trimEnd());
  const body = ending ? figure.trimEnd().slice(0, -ending.word.length) : figure;
  // The number may close a bracket, as a total over the period is printed ([1500], 〔15〕).
  if (!/\d[\]］〕）)]?\s*$/.test(toHalfWidth(body))) return figure;
  return `${body.trimEnd()}${unit}${ending ? ending.word : ''}`;
}
