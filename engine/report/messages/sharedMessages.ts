// Words every stage's messages use: quotation, separators, where a figure comes from, what a measure counts.
const same = (text: string) => ({ zh: text, en: text }) as const;

export const SHARED_MESSAGES = {
  'text.quoted': same('“{x}”'),
  'text.pair': same('{a}{b}'),
  'text.one': same('{x}'),
  'sep.enum': { zh: '、', en: ', ' },
  'sep.semi': { zh: '；', en: '; ' },
  'sep.comma': { zh: '，', en: ', ' },
  'sep.and': { zh: '与', en: ' and ' },
  'sep.plus': same(' + '),
  'sep.arith': same('; '),
  'sep.or': same(' | '),
  'source.plan': { zh: '规划原文', en: 'printed in the plan' },
  'source.derived': { zh: '推算', en: 'derived' },
  'source.assumption': { zh: '假设', en: 'an assumption' },
  'source.statistic': { zh: '统计数据', en: 'a published statistic' },
  'source.entered': { zh: '录入值', en: 'entered by the planner' },
  'source.model': { zh: '模型计算', en: 'computed by the model' },
  'source.planQuoted': { zh: '规划原文：{figure}', en: 'printed in the plan: {figure}' },
  'source.derivedFrom': { zh: '由规划数字推算：{figure}', en: "derived from the plan's figures: {figure}" },
  'measure.value-added': { zh: '增加值口径', en: 'value added' },
  'measure.gross-output': { zh: '总产值/营业收入口径', en: 'gross output / revenue' },

  // The plan check's verdict words, which the page's own vocabulary uses (its check view's badges).
  'check.none': { zh: '未发现不一致。', en: 'No inconsistencies found.' },
  // A finding's severity, for the page's badges and the CLI's table alike. An error is two printed figures
  // that cannot both hold — a contradiction in the plan, not a mistake of the planner's — so 矛盾; a warning
  // rests on a derived or assumed figure, so 存疑 (open to question) rather than a bare 警告.
  'check.severity.error': { zh: '矛盾', en: 'Contradiction' },
  'check.severity.warning': { zh: '存疑', en: 'Questionable' },
  'check.severity.info': { zh: '提示', en: 'Note' },
} as const;
