// A table row named with the year its change is counted from (单位GDP能耗较2020年下降 | % | 14): the year is the
// row's base year, not part of the indicator's name — kept, the name had made an indicator of its own
// (单位GDP能耗较2020年) that the prose's 单位GDP能耗 and the planner's actuals could not reach.

const COMPARED = /(?:较|比|相比|与)(\d{4})年(?:末|底)?(?:相比)?/;

/** The name without its 较YYYY年 and the year it names; `year` null when the name names none. */
export function comparedYear(name: string): { name: string; year: number | null } {
  const m = COMPARED.exec(name);
  if (!m) return { name, year: null };
  return { name: name.slice(0, m.index) + name.slice(m.index + m[0].length), year: Number(m[1]) };
}
