// 累计建成5G基站3000个 is the number standing at the target year, counted since the first was built — the way
// ministries report it (截至2025年11月累计建成5G基站超过470万个) — not the number built within the plan's
// years. It had been read as a total over the period: from a 2020 stock of 1,200 the target became 4,200.
// Only of things that stay once made (个, 座, 家 …, not people), and only where nothing marks the period
// (五年累计, “十四五”期间累计, 累计新增): those stay totals of the period (isPeriodTotal).
import { countStep } from '../plan/countUnit.ts';

const TO_DATE = /累计(?:建成|建设|拥有|达到|达)/;
const PERIOD = /五年|期间|规划期|十[一二三四五六七八九]五|新增|新建|净增|每年|年均/;

/** `before`: the clause's words before the figure. */
export function isTotalToDate(before: string, unit: string): boolean {
  return TO_DATE.test(before) && !PERIOD.test(before) && countStep(unit) === 1 && !unit.startsWith('人');
}
