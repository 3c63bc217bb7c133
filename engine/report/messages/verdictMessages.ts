// The words of a target's verdict (engine/evaluate/verdictFor.ts): its label, why pace and forecast
// disagree, what it rests on and where its base comes from — for the CLI tables, the CSV and the printed
// report. Which entry a verdict takes and how its numbers are written is decided by
// engine/report/verdictMessage.ts. (The page words its badges and tips itself: `feas.*` in
// notebook/i18n/messages.ts.)
export const VERDICT_MESSAGES = {
  'verdict.achieved': { zh: '已达成', en: 'achieved' },
  'verdict.on-track': { zh: '进展顺利', en: 'on track' },
  'verdict.at-risk': { zh: '存在风险', en: 'at risk' },
  'verdict.off-track': { zh: '难以达成', en: 'off track' },
  'verdict.unknown-base': { zh: '基期待补', en: 'base to be entered' },
  'verdict.not-comparable': { zh: '口径不可比', en: 'not comparable' },
  'verdict.qualitative': { zh: '定性', en: 'qualitative' },
  'verdict.withReason': { zh: '{label}：{reason}', en: '{label}: {reason}' },
  'verdict.aspirational': { zh: '力争 · {verdict}', en: 'aspirational · {verdict}' },

  'verdict.reason.certificates-expire': {
    zh: '进度看似顺利（{pace}），但证书有效期 {life} 年，早期认定的到期后需重新认定，推演显示目标年存量难以达到。',
    en: 'The pace looks good ({pace}), but certificates are valid {life} years: those granted early expire before the target year, and the forecast falls short.',
  },
  'verdict.reason.quota-every-year': {
    zh: '配额须每年完成；任一年不足即未达标。',
    en: 'The quota is due every year: one short year misses it.',
  },
  'verdict.reason.quota-every-year.missed': {
    zh: '配额须每年完成；{years} 年未完成，任一年不足即未达标。',
    en: 'The quota is due every year; {years} fell short: one short year misses it.',
  },
  'verdict.reason.pace-linear-vs-compound': {
    zh: '按增量计的进度偏慢，但最新值已达计划复合增长路径的 {ratio}，推演有望达成。',
    en: 'Measured on the increase the pace looks behind, but the latest value is {ratio} of the compound planned path, and the forecast meets the target.',
  },
  'verdict.reason.latest-actual-below-path': {
    zh: '最新实际值低于计划路径（{ratio}），推演从该值出发，达标概率 {pMet}。',
    en: 'The latest actual lies below the planned path ({ratio}); starting from it, P(met) is {pMet}.',
  },
  'verdict.reason.latest-actual-above-path': {
    zh: '最新实际值高于计划路径（{ratio}），推演从该值出发，达标概率 {pMet}。',
    en: 'The latest actual lies above the planned path ({ratio}); starting from it, P(met) is {pMet}.',
  },
  'verdict.reason.forecast-differs-from-pace': {
    zh: '进度（{pace}）与推演（达标概率 {pMet}）不一致：推演包含了后续年份的假设增速。',
    en: 'The pace ({pace}) and the forecast (P(met) {pMet}) differ: the forecast adds the assumed growth of the years left.',
  },
  'verdict.reason.different-measures': {
    zh: '分子与分母口径不同（如总产值与地区生产总值），不能作为比重推演；见规划核查。',
    en: 'Numerator and denominator are different measures (gross output vs GDP): not simulated as a share; see the plan check.',
  },
  'verdict.reason.undefined-denominator': {
    zh: '分母未定义，不能作为比重推演；见规划核查。',
    en: 'The denominator is undefined: not simulated as a share; see the plan check.',
  },
  'verdict.reason.other': { zh: '口径不可比；见规划核查。', en: 'Not comparable; see the plan check.' },

  'verdict.basis.data': { zh: '依据数据', en: 'rests on data' },
  'verdict.basis.assumption': { zh: '依据假设', en: 'rests on assumptions' },
  'verdict.basis.unknown-base': { zh: '基期待补', en: 'waits for a base' },
  'verdict.basisWithSource': { zh: '{basis} ({source})', en: '{basis} ({source})' },
  'verdict.baseSource.plan': { zh: '规划原文', en: 'printed in the plan' },
  'verdict.baseSource.statistic': { zh: '统计数据', en: 'published statistic' },
  'verdict.baseSource.entered': { zh: '录入值', en: 'entered' },
  'verdict.baseSource.assumption': { zh: '假设', en: 'assumption' },
  'verdict.baseSource.derived': { zh: '推算', en: 'derived' },
  'verdict.baseSource.unknown': { zh: '基期待补', en: 'unknown' },
} as const;
