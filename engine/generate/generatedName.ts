// The names a generated plan makes for its helper indicators and default assumptions are the plan's own name
// and a Chinese suffix (地区生产总值年增速, 城镇就业（2021年起累计）). The English page showed them whole in
// Chinese; the suffixes are the generator's own words, so they get English ones, and the plan's name stays as
// printed (it has no translation to give).
import type { Text } from '../plan/planSchema.ts';

/** Suffixes as generatePlan writes them, the outermost last; each with its English. */
const SUFFIXES: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [/年度数年增速$/, () => ': growth of the yearly figure'],
  [/年变化（按几率 s\/\(1−s\) 计）$/, () => ': yearly change (on the odds s/(1−s))'],
  [/年增速$/, () => ': annual growth'],
  [/年进入率$/, () => ': entry rate a year'],
  [/年退出率$/, () => ': exit rate a year'],
  [/年达成概率$/, () => ': chance a year of being achieved'],
  [/执行比例$/, () => ': share carried out'],
  [/基期完成数$/, () => ': count in the base year'],
  [/（指数，基期=1）$/, () => ' (index, base = 1)'],
  [/（几率 s\/\(1−s\)）$/, () => ' (odds s/(1−s))'],
  [/（(\d{4})年起累计）$/, (m) => ` (cumulative since ${m[1]})`],
  [/（每年）$/, () => ' (each year)'],
  [/（是否达成）$/, () => ' (achieved or not)'],
];

/** A generated name with its English where its suffixes are the generator's; the core stays as printed. */
export function generatedName(zh: string): Text {
  let core = zh;
  let en = '';
  for (let matched = true; matched; ) {
    matched = false;
    for (const [re, english] of SUFFIXES) {
      const m = core.match(re);
      if (!m || m.index === 0) continue;
      core = core.slice(0, m.index);
      en = english(m) + en;
      matched = true;
      break;
    }
  }
  return en === '' ? { zh } : { zh, en: core + en };
}
