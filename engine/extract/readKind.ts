// What a figure measures, from the words before it and its unit (docs/plan-import.md, "Reading a text"):
//   年均增长 / 年均增速 / 每年增长 N%            → growth (an annual rate)
//   增长 / 提高 / 下降 N% (not …到 N%)          → cumulative-growth (over the whole period)
//   提高 N 个百分点                             → pp-change
//   每年 / 年均 N 家 (a count, not a %)          → quota
//   新增 / 净增 / 再增加 / 提高 N 家 (not …到 N) → increase
//   占…比重 / …率 / any other N%                → share
//   otherwise                                  → level
// A decrease (下降, 降低, 减少 N%) is reported so the caller can make the change negative.

import { isPointUnit, isPrintedPercent } from '../units/unitVocabulary.ts';
import type { DraftKind } from './extractTypes.ts';

export interface KindReading {
  kind: DraftKind;
  /** The figure is the size of a fall (下降3%): the change is −3%. */
  decrease: boolean;
}

const ANNUAL =
  /(年均|每年|年平均|平均每年)(增长|增速|递增|增加|提高|提升|增幅|下降|降低|减少)?(率|速度)?(达到|达|为|保持在|保持|在)?$/;
const CHANGE =
  /(增长|增加|提高|提升|增幅|扩大|下降|降低|减少|压减|缩小|增速)(了)?(达到|达|为)?(约|近|超过|超|不低于|不少于)?$/;
const FALL = /(下降|降低|减少|压减|缩小)/;
const INCREASE = /(新增|净增|再增加|增加(?!值)|提高|提升|新建|新培育|累计新增|新引进|新认定|新开工|新开发)/;
const QUOTA = /(每年|年均|年度|逐年)/;
/**
 * What an annual average is taken of (PM2.5年均浓度): a measure, not a count of things done each year. The
 * text reader's 每年/年均 cue (extractTargets) passes over the same words.
 */
export const ANNUAL_MEASURE_NOUNS = '浓度|密度|水平|指数|气温|温度|降水|天数|时长|时间';
const MEASURE = new RegExp(`(${ANNUAL_MEASURE_NOUNS})`);

export function readKind(before: string, unit: string, perYear: boolean): KindReading {
  if (isPointUnit(unit)) return { kind: 'pp-change', decrease: FALL.test(tail(before, 8)) };
  const near = tail(before, 14);
  if (isPrintedPercent(unit)) {
    const annual = ANNUAL.exec(near);
    if (annual && (annual[2] !== undefined || annual[3] !== undefined)) {
      return { kind: 'growth', decrease: FALL.test(annual[0]) };
    }
    const change = CHANGE.exec(near);
    if (change) {
      const annualBefore = /(年均|每年|年平均)$/.test(near.slice(0, change.index));
      return { kind: annualBefore ? 'growth' : 'cumulative-growth', decrease: FALL.test(change[1]!) };
    }
    return { kind: 'share', decrease: false };
  }
  // A 每年 earlier in the sentence does not reach a figure said of the whole period (期间累计新增250家).
  const wholePeriod = /(累计|期间|五年|总计|合计)/.test(near);
  // 年均 before a measure (PM2.5年均浓度控制在30微克/立方米以下, 年均优良天数) names an annual average, a level,
  // not a quota due every year: it had been read 每年 30, a yearly count drawn at an assumed delivery ratio.
  const quota = QUOTA.exec(near);
  const annualMeasure = quota !== null && MEASURE.test(near.slice(quota.index + quota[0].length));
  if ((perYear && !wholePeriod) || (quota && !annualMeasure)) return { kind: 'quota', decrease: false };
  // 增加到 500 家 is a level reached, not an increase of 500.
  const increase = INCREASE.exec(before);
  if (increase && !/^(到|至)/.test(before.slice(increase.index + increase[0].length))) {
    return { kind: 'increase', decrease: false };
  }
  return { kind: 'level', decrease: false };
}

function tail(text: string, n: number): string {
  return text.slice(Math.max(0, text.length - n));
}
