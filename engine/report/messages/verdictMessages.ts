// The words of a target's verdict (engine/evaluate/verdictFor.ts): its label, why pace and forecast
// disagree, what it rests on and where its base comes from — one vocabulary for the CLI tables, the CSV,
// the printed report and the page's dashboard (notebook/format/verdictSentence.ts). Which entry a verdict
// takes and how its numbers are written is decided by engine/report/verdictMessage.ts. The Chinese is the
// planners' own: 达成概率 as on the page, 年度任务 for a quota, the plan-check tab named as the page names it.
export const VERDICT_MESSAGES = {
  'verdict.achieved': { zh: '已达成', en: 'Achieved' },
  'verdict.missed': { zh: '未达成', en: 'Missed' },
  'verdict.on-track': { zh: '进展顺利', en: 'On track' },
  'verdict.at-risk': { zh: '存在风险', en: 'At risk' },
  'verdict.off-track': { zh: '难以达成', en: 'Off track' },
  'verdict.unknown-base': { zh: '基期待补', en: 'Base to be entered' },
  'verdict.no-record': { zh: '待补执行记录', en: 'Record needed' },
  'verdict.reason.no-record': {
    zh: '尚无完成情况记录，达成概率 {pMet} 只是按假设“{name}”推演的结果，反映该假设，不是对执行情况的判断；请录入各年完成数。',
    en: 'no record of delivery yet, so the chance {pMet} is what the assumption “{name}” gives, not a judgement of delivery; enter the yearly counts.',
  },
  'verdict.reached-early': { zh: '已提前达到', en: 'Reached early' },
  'verdict.reason.reached-early': {
    zh: '{year}年已达到目标，须保持到{targetYear}年；按假设推演，届时仍达标的概率为 {pMet}。',
    en: 'reached in {year}; it must still hold in {targetYear}, and on the assumptions the chance it does is {pMet}.',
  },
  'verdict.within-cap': { zh: '控制在目标内', en: 'Within the limit' },
  'verdict.reason.within-cap': {
    zh: '{year}年在上限以内，须保持到{targetYear}年；按假设推演，届时仍在上限以内的概率为 {pMet}。',
    en: 'within the limit in {year}; it must still hold in {targetYear}, and on the assumptions the chance it does is {pMet}.',
  },
  'verdict.reason.within-cap.noChance': {
    zh: '{year}年在上限以内，须保持到{targetYear}年。',
    en: 'within the limit in {year}; it must still hold in {targetYear}.',
  },
  'verdict.reason.reached-early.noChance': {
    zh: '{year}年已达到目标，须保持到{targetYear}年。',
    en: 'reached in {year}; it must still hold in {targetYear}.',
  },
  'verdict.no-history': { zh: '待补历史数据', en: 'Data needed' },
  'verdict.reason.no-record.milestone': {
    zh: '尚无进展记录，达成概率 {pMet} 只是按假设“{name}”推演的结果，反映该假设，不是对进展的判断；请录入是否已经实现及实现年份。',
    en: 'no record of progress yet, so the chance {pMet} is what the assumption “{name}” gives, not a judgement of progress; enter whether it has been achieved, and in which year.',
  },
  'verdict.reason.no-history': {
    zh: '基期以来尚无该指标的数据，达成概率 {pMet} 只是按默认假设“{name}”推演的结果，不是判断；请录入各年数值，或在参数中设定您的假设。',
    en: 'no figures for it since the base year, so the chance {pMet} is what the default “{name}” gives, not a judgement; enter its yearly figures, or set your own assumption for it.',
  },
  'verdict.not-comparable': { zh: '口径不可比', en: 'Not comparable' },
  'verdict.qualitative': { zh: '定性', en: 'Qualitative' },
  'verdict.withReason': { zh: '{label}：{reason}', en: '{label}: {reason}' },
  'verdict.aspirational.label': { zh: '力争', en: 'Aspirational' },
  'verdict.aspirational': { zh: '{label} · {verdict}', en: '{label} · {verdict}' },
  'verdict.binding.label': { zh: '约束性', en: 'binding' },

  'verdict.reason.certificates-expire': {
    zh: '进度看似顺利（{pace}），但证书有效期 {life} 年：早年认定的企业到期未重新认定即退出，存量增长慢于认定数，推演显示目标年存量可能不足。',
    en: 'The pace looks good ({pace}), but certificates are valid {life} years: firms certified early drop out unless renewed, so the stock grows more slowly than the certifications and the forecast falls short.',
  },
  'verdict.reason.quota-every-year': {
    zh: '年度任务须逐年完成，任一年不足即未达成。',
    en: 'The quota is due every year: one short year misses it.',
  },
  'verdict.reason.quota-every-year.missed': {
    zh: '年度任务须逐年完成，任一年不足即未达成；{years} 年未完成。',
    en: 'The quota is due every year: one short year misses it; {years} fell short.',
  },
  'verdict.reason.pace-linear-vs-compound': {
    zh: '按时间进度看落后，但该目标按复合增速增长，最新值已达计划路径的 {ratio}，推演有望达成。',
    en: 'Behind on time elapsed, but the target grows by compounding: the latest value is {ratio} of the compound planned path, and the forecast meets the target.',
  },
  'verdict.reason.latest-actual-below-path': {
    zh: '最新实际值低于计划路径（为路径值的 {ratio}），推演从该值出发，达成概率 {pMet}。',
    en: 'The latest actual lies below the planned path ({ratio} of it); starting from it, P(met) is {pMet}.',
  },
  'verdict.reason.latest-actual-above-path': {
    zh: '最新实际值高于计划路径（为路径值的 {ratio}），推演从该值出发，达成概率 {pMet}。',
    en: 'The latest actual lies above the planned path ({ratio} of it); starting from it, P(met) is {pMet}.',
  },
  'verdict.reason.forecast-differs-from-pace': {
    zh: '进度比（{pace}）与推演（达成概率 {pMet}）不一致，以推演为准：推演从最新实际值出发，并计入后续年份的假设增速。',
    en: 'Pace so far ({pace}) and the forecast (P(met) {pMet}) disagree; the forecast decides: it starts from the latest actual and adds the assumed growth of the years left.',
  },
  'verdict.reason.forecast-differs-from-pace.assumed': {
    zh: '进度比（{pace}）与推演（达成概率 {pMet}）不一致，以推演为准：推演从最新实际值出发，后续年份按假设“{name}” {mean} ± {sd} 计算；该假设可在“假设”中修改。',
    en: 'Pace so far ({pace}) and the forecast (P(met) {pMet}) disagree; the forecast decides: it starts from the latest actual and assumes “{name}” of {mean} ± {sd} for the years left, an assumption you can change under Assumptions.',
  },
  // What the forecast takes for the years left was reckoned from the actuals (forecastAssumption.ts), not assumed.
  'verdict.reason.forecast-differs-from-pace.observed': {
    zh: '进度比（{pace}）与推演（达成概率 {pMet}）不一致，以推演为准：推演从最新实际值出发，后续年份按{basis} {mean}（由实际值推算，不是假设；波动 ± {sd} 沿用原假设）计算{levers}；可在“假设”中改设“{name}”。',
    en: 'Pace so far ({pace}) and the forecast (P(met) {pMet}) disagree; the forecast decides: it starts from the latest actual and continues {basis}, {mean} a year (reckoned from the actuals, not assumed; the spread ± {sd} kept from the default){levers} for the years left; you can set “{name}” under Assumptions.',
  },
  'verdict.reason.forecast-differs-from-pace.observedMean': {
    zh: '进度比（{pace}）与推演（达成概率 {pMet}）不一致，以推演为准：推演从最新实际值出发，后续年份每年按{from}–{to}年实际年度数的均值 {mean}（由实际值推算，不是假设；± {sd}）计算{levers}；可在“假设”中改设“{name}”。',
    en: 'Pace so far ({pace}) and the forecast (P(met) {pMet}) disagree; the forecast decides: it starts from the latest actual and takes for each year left the {from}–{to} mean of the yearly figures, {mean} (reckoned from the actuals, not assumed; ± {sd}){levers}; you can set “{name}” under Assumptions.',
  },
  'verdict.reason.forecast.levers': { zh: '（另加所选政策的效果）', en: ' (plus the chosen levers)' },
  'verdict.reason.forecast-differs-from-pace.assumedLevers': {
    zh: '进度比（{pace}）与推演（达成概率 {pMet}）不一致，以推演为准：推演从最新实际值出发，后续年份按假设“{name}” {mean} ± {sd}（另加所选政策的效果）计算；该假设可在“假设”中修改。',
    en: 'Pace so far ({pace}) and the forecast (P(met) {pMet}) disagree; the forecast decides: it starts from the latest actual and assumes “{name}” of {mean} ± {sd} for the years left (plus the chosen levers), an assumption you can change under Assumptions.',
  },
  'verdict.seen.actual': { zh: '实际为', en: 'actual is' },
  'verdict.close.actual': {
    zh: '目标年已有数据，结论不再是推演',
    en: 'its year has data, so this is no longer a forecast',
  },
  // A target-year figure worked out from published ones (社零 2025 = 435 × 1.03⁵) is not the figure itself.
  'verdict.close.derived': {
    zh: '目标年数值由公布数据推算，并非公布数，公布后请核对',
    en: 'the target year’s figure is worked out from published data, not published itself: check it once it is',
  },
  'verdict.close.derivedRange': {
    zh: '目标年数值由公布数据推算，并非公布数；按推算所用数据的取整，可能在 {low}至 {high}之间；公布后请核对',
    en: 'the target year’s figure is worked out from published data, not published itself; the rounding of the figures it is reckoned from allows {low} to {high}; check it once it is published',
  },
  'verdict.seen.derived': { zh: '由公布数据推算为', en: 'figure, derived from published data, is' },
  'verdict.reason.missed.level': {
    zh: '{year}年{seen} {value}，未达到目标（{close}）。',
    en: 'The {year} {seen} {value}: the target is not met ({close}).',
  },
  'verdict.reason.missed.increase': {
    zh: '{year}年{seen} {value}，较基期增加 {delta}，未达到目标（{close}）。',
    en: 'The {year} {seen} {value}, {delta} more than the base: the target is not met ({close}).',
  },
  'verdict.reason.missed.growth': {
    zh: '{year}年{seen} {value}，年均增长 {rate}，未达到目标（{close}）。',
    en: 'The {year} {seen} {value}, {rate} a year: the target is not met ({close}).',
  },
  'verdict.reason.missed.change': {
    zh: '{year}年{seen} {value}，较基期变化 {rate}，未达到目标（{close}）。',
    en: 'The {year} {seen} {value}, {rate} against the base: the target is not met ({close}).',
  },
  'verdict.reason.missed.milestone': {
    zh: '{year}年末仍未实现（目标年已有实际值）。',
    en: 'Still not achieved at the end of {year} (the target year is observed).',
  },
  'verdict.reason.different-measures': {
    zh: '分子与分母口径不同（如总产值与地区生产总值），比值不是占比，不作为占比推演；见“规划校核”。',
    en: 'Numerator and denominator are different measures (gross output vs GDP): the ratio is not a share and is not simulated as one; see Plan check.',
  },
  'verdict.reason.undefined-denominator': {
    zh: '比重的分母未定义，不作为占比推演；见“规划校核”。',
    en: 'The share has no defined denominator and is not simulated; see Plan check.',
  },
  'verdict.reason.other': { zh: '口径不可比；见“规划校核”。', en: 'Not comparable; see Plan check.' },

  'verdict.basis.data': { zh: '依据数据', en: 'Rests on data' },
  'verdict.basis.derived': { zh: '依据推算值', en: 'Rests on reckoned figures' },
  'verdict.basis.assumption': { zh: '依据假设', en: 'Rests on assumptions' },
  'verdict.basis.unknown-base': { zh: '基期待补', en: 'Base to be entered' },
  'verdict.basis.notComparable': { zh: '不作推演（口径不可比）', en: 'Not simulated (not comparable)' },
  'verdict.basisWithSource': { zh: '{basis}（基期：{source}）', en: '{basis} (base: {source})' },
  'verdict.questioned': {
    zh: '{basis}；所依录入值存疑：{items}，请核对',
    en: '{basis}; it rests on an entered value that looks mistyped: {items}. Please check it',
  },
  'verdict.questioned.item': {
    zh: '{year}年{indicator} {value} 疑为 {guess}（小数点错位）',
    en: '{indicator} {year}: {value}, perhaps {guess}, a decimal point moved',
  },
  'verdict.questioned.stock': {
    zh: '{year}年{indicator} {value} 接近规划印出的总数，疑为年末总数（当年新增约 {guess}）',
    en: '{indicator} {year}: {value}, close to the total the plan prints: perhaps the year-end total (an addition of {guess})',
  },
  'verdict.questioned.stockOnly': {
    zh: '{year}年{indicator} {value} 接近规划印出的总数，疑为年末总数',
    en: '{indicator} {year}: {value}, close to the total the plan prints: perhaps the year-end total',
  },
  'verdict.questioned.outlier': {
    zh: '{year}年{indicator} {value} 达到规划每年进度 {pace} 的 {times} 倍以上，也达到其余各年（中位数 {others}）的 {times} 倍以上，疑为录入有误',
    en: '{indicator} {year}: {value}, {times} or more times both the plan’s pace of {pace} a year and the other years (median {others}): perhaps mistyped',
  },
  'verdict.questioned.jump': {
    zh: '{year}年{indicator} {value} 比前一个已知值每年多 {step}，达到规划每年增量 {pace} 和其余各年增量（中位数 {others}）的 {times} 倍以上，疑为录入有误',
    en: '{indicator} {year}: {value}, up {step} a year on the value before, {times} or more times both the plan’s step of {pace} a year and the other years’ rises (median {others}): perhaps mistyped',
  },
  'verdict.questioned.apart': {
    zh: '{year}年{indicator} {value} 与前后已知值 {before}、{after} 均相差 {times} 倍以上，疑为录入有误',
    en: '{indicator} {year}: {value}, {times} or more times off both values either side ({before}, {after}): perhaps mistyped',
  },
  'verdict.baseSource.plan': { zh: '规划原文', en: 'printed in the plan' },
  'verdict.baseSource.statistic': { zh: '统计数据', en: 'published statistic' },
  'verdict.baseSource.entered': { zh: '录入值', en: 'entered' },
  'verdict.baseSource.assumption': { zh: '假设', en: 'assumption' },
  'verdict.baseSource.derived': { zh: '推算', en: 'derived' },
  'verdict.baseSource.unknown': { zh: '基期待补', en: 'unknown' },
} as const;
