// The words of a run's warnings (engine/run/runWarnings.ts): a value a formula could not compute, named with
// its indicator, year and cause, and actuals the run does not use. Which entries a warning takes is decided
// by engine/report/runWarningMessage.ts.
export const RUN_MESSAGES = {
  'run.warn.nonFinite': {
    zh: '{indicator} 自 {year} 年起无法计算（{paths}）：{cause}',
    en: '{indicator} cannot be computed from {year} on ({paths}): {cause}',
  },
  'run.warn.deterministic': { zh: '确定性路径', en: 'deterministic path' },
  'run.warn.paths': { zh: '{n} 条模拟路径', en: '{n} simulated paths' },
  'run.warn.cause.formula': {
    zh: '其{field} {formula} 得出{value}',
    en: 'its {field} {formula} gives {value}',
  },
  'run.warn.cause.input': {
    zh: '它引用的 {from} 已无法计算',
    en: 'it reads {from}, which is already not a number',
  },
  // What the value is, and the usual cause: 何工 had read "NaN" and "Infinity" in a Chinese notice.
  'run.warn.value.NaN': { zh: '非数值（如 0 除以 0）', en: 'not a number (such as 0 / 0)' },
  'run.warn.value.Infinity': { zh: '无穷大（如除以 0）', en: 'infinity (such as a division by 0)' },
  'run.warn.value.-Infinity': { zh: '负无穷大（如除以 0）', en: 'minus infinity (such as a division by 0)' },
  'run.warn.field.formula': { zh: '公式', en: 'formula' },
  'run.warn.field.rate': { zh: '增速公式', en: 'growth formula' },
  'run.warn.field.inflow': { zh: '流入公式', en: 'inflow formula' },
  'run.warn.field.outflow': { zh: '流出公式', en: 'outflow formula' },
  'run.warn.field.flow': { zh: '流量公式', en: 'flow formula' },
  'run.warn.share.above': {
    zh: '{indicator}：{year}年起部分路径超过100%（P95 {value}）。此比重是分子、分母各自推演之比，二者增速分别抽样，年份越远越易越界，来源或口径不一时更甚（见规划校核）；只作参考',
    en: '{indicator}: from {year} some paths pass 100% (P95 {value}). The share is the ratio of two indicators simulated each on its own, with their growth drawn separately: the further out, the likelier it overruns, and more so where their sources or scopes differ (see Plan check). Read it for reference only',
  },
  'run.warn.share.below': {
    zh: '{indicator}：{year}年起部分路径低于0%（P5 {value}）。此比重由分子、分母各自推演，只作参考',
    en: '{indicator}: from {year} some paths fall below 0% (P5 {value}). The share is the ratio of two indicators simulated each on its own: read it for reference only',
  },
  'run.warn.actuals': {
    zh: '{indicator} {year} 年的实际值未使用：本次模拟覆盖 {first}–{last} 年',
    en: 'actual of {indicator} for {year} not used: the run covers {first}–{last}',
  },
} as const;
