// The words of a target evaluation's notes (engine/evaluate/): why a progress measure is missing, which
// quota years fell short, where an observed value came from.
export const EVALUATION_MESSAGES = {
  'eval.note.milestoneNoPace': { zh: '里程碑目标只看是否实现，无进度速度', en: 'a milestone has no pace' },
  'eval.note.noObservation': { zh: '基期之后尚无观测值', en: 'no observation after the base year' },
  'eval.note.targetYearMissing': {
    zh: '{year}年（目标年）数据待补：进度按{latest}年计，结果尚未确定',
    en: 'its {year} figure (the target year) is still to come: the pace is as of {latest}, the outcome not yet known',
  },
  'eval.note.missingYears': { zh: '{years} 年无观测值', en: 'no observation for {years}' },
  'eval.note.ceilingKept': {
    zh: '上限目标，基期已在上限以内：不计进度，只看是否保持在上限以内',
    en: 'a ceiling the base already keeps: no progress to measure, only whether the limit holds',
  },
  'eval.note.baseAtTarget': {
    zh: '基期值已达到目标，或只差目标数字的舍入范围，进度比无意义；按最新实际值是否达到目标判断',
    en: 'the base already meets the target, or falls short of it by less than the printed figure rounds: no progress ratio is taken; judged by whether the latest value meets the target',
  },
  'eval.note.baseNearTargetClosing': {
    zh: '基期值只差目标数字的舍入范围，进度比无意义；最新实际值尚未达到目标，但基期以来的年均变化已不低于此后每年所需，按“基本符合预期”判断',
    en: 'the base falls short of the target by less than the printed figure rounds: no progress ratio is taken; the latest value is not there yet, but its change a year since the base is at least what each year still needs, so it is judged on track',
  },
  'eval.note.targetIsBase': {
    zh: '目标值等于基期值，进度无从计算',
    en: 'the target equals the base value: progress is undefined',
  },
  'eval.asOf.reckoned': {
    zh: '{items}为推算值，由公布数据推算得出，不是公布的实际数据',
    en: '{items} reckoned from published figures, not a published actual',
  },
  'eval.asOf.periodOver': {
    zh: '规划期已于{target}年结束，{target}年数据尚未录入：{target}年各目标的判断依据{asOf}年及以前的数据推演',
    en: 'the plan period ended in {target} and its {target} figures are not entered yet: the verdicts for {target} are forecast from data up to {asOf}',
  },
  'eval.asOf.reckonedItem': { zh: '{indicator}{year}年', en: '{indicator} {year}' },
  'eval.asOf.laterSource': {
    zh: '假设{items}取自{asOf}年之后公布的资料：按截至{asOf}年评估，其后各年的推演用到了当时尚不知道的信息；如需按当时可知的情况评估，请在“假设”中改用当时的数值',
    en: 'the assumption {items} rests on figures published after {asOf}: evaluated as of {asOf}, the years after it are projected with what was not known then; to judge as of then, set it in Assumptions to what was known',
  },
  'eval.asOf.laterSourceItem': { zh: '“{name}”（{date}公布）', en: '“{name}” (published {date})' },
  'eval.note.reckonedUnderEntered': {
    zh: '{year}年录入值 {entered} 已不低于{latestYear}年由公布数据推算的 {reckoned}：两者只能以其间下降相接，请核对录入值，或录入{latestYear}年实际',
    en: 'the {year} value entered, {entered}, is already at or above the {reckoned} reckoned for {latestYear} from published figures: they meet only by a fall in between; check the value entered, or enter the {latestYear} figure',
  },
  'eval.note.reckonedBelowEntered': {
    zh: '{year}年录入值 {entered} 已不高于{latestYear}年由公布数据推算的 {reckoned}：两者只能以其间上升相接，请核对录入值，或录入{latestYear}年实际',
    en: 'the {year} value entered, {entered}, is already at or below the {reckoned} reckoned for {latestYear} from published figures: they meet only by a rise in between; check the value entered, or enter the {latestYear} figure',
  },
  'eval.note.sumGap': {
    zh: '{flows}{years}年无数据：累计只能算到{upTo}年（{last}年已录入，补齐后才计入）；请补录{years}年',
    en: 'no figure for {flows} in {years}: the running total stops at {upTo} ({last} is entered and counts once the gap is filled); please enter {years}',
  },
  'eval.note.derivedFrom': { zh: '观测值由{parts}计算得出', en: 'observed value computed from {parts}' },
  'eval.note.chainedFromRates': {
    zh: '观测值由录入的{years}年逐年增速连乘得出（{base}年为1）：{formula}',
    en: 'observed value chained from the yearly growth rates entered for {years} ({base} = 1): {formula}',
  },
  // The latest actual with where it came from (a published statistic, a figure entered, or derived).
  'eval.pointsPerYear': { zh: '{points}个百分点/年', en: '{points} pp/yr' },
  'eval.compoundOfArithmetic': {
    zh: '{rate}（复合；规划算术 {printed}）',
    en: '{rate} (compound; plan: {printed} arithmetic)',
  },
  'eval.latest': { zh: '{value}（{year}年，{source}）', en: '{value} ({year}, {source})' },
  // An increase target's latest value is the level it is measured from, not an increase (23 万户 beside 10 万户).
  'eval.latest.level': { zh: '总量 {value}（{year}年，{source}）', en: 'level {value} ({year}, {source})' },
  'eval.source.statistic': { zh: '公布统计', en: 'published' },
  'eval.source.entered': { zh: '录入', en: 'entered' },
  'eval.source.derived': { zh: '推算', en: 'derived' },
  'eval.source.preliminary': { zh: '预计数', en: 'preliminary' },
  'eval.source.secondhand': { zh: '转载', en: 'secondhand copy' },
  'eval.source.replaced': { zh: '公布统计为{value}', en: 'published {value}' },
} as const;
