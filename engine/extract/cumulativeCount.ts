// How a bare 累计 before a count of things that stay (个, 座, 家 …, not people) reads, where nothing marks the
// plan's period (五年累计, “十四五”期间累计, 累计新增 are totals of the period and need no note):
// - 'to-date': 累计建成/拥有/达到 — the number standing at the target year, counted since the first was built, as
//   ministries report it (截至2025年11月累计建成5G基站超过470万个). It had been read as a total of the period: from
//   a 2020 stock of 1,200, 累计建成3000个 became a target of 4,200.
// - 'in-period': any other verb (累计培育, 累计认定, 累计引进) — read as the rise within the plan's years, the way
//   the import has always read it, but plans use it both ways, so the review says which reading it took.
// null: not such a count, or the period is marked.
import { countStep } from '../plan/countUnit.ts';

const TO_DATE = /累计(?:建成|建设|拥有|达到|达)/;
const PERIOD = /五年|期间|规划期|十[一二三四五六七八九]五|新增|新建|净增|每年|年均/;

/** `before`: the clause's words before the figure. */
export function cumulativeCount(before: string, unit: string): 'to-date' | 'in-period' | null {
  if (!/累计/.test(before) || PERIOD.test(before) || countStep(unit) !== 1 || unit.startsWith('人'))
    return null;
  return TO_DATE.test(before) ? 'to-date' : 'in-period';
}
