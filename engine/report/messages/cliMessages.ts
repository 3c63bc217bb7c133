// The command line's own words around the engine's outputs: the labels of `planpath check`'s table and the
// headline of `planpath run`'s table. (The run table is printed in Chinese; its English is here so a
// language option needs no new words.)
import { addEngineMessages } from './catalogue.ts';

export const CLI_MESSAGES = {
  'cli.check.findings': { zh: '{n} 项发现', en: '{n} findings' },
  'cli.check.sections': { zh: '出处', en: 'sections' },
  'cli.check.arithmetic': { zh: '计算', en: 'arithmetic' },
  'cli.check.kind': { zh: '类别', en: 'kind' },
  'cli.check.count': { zh: '数量', en: 'count' },

  'cli.plan.baseUnknown': {
    zh: '基期待补：规划未印出、也未找到公布的基期值',
    en: 'base to be entered: neither printed in the plan nor found published',
  },
  'cli.plan.noBase': { zh: '未给基期值', en: 'no base value given' },
  'cli.plan.cumulative': {
    zh: '{id} = 自基期年起累计 Σ ({flow})',
    en: '{id} = Σ ({flow}) since the base year',
  },

  'cli.run.basisCounts': {
    zh: '依据数据 {data} 项{derived}，依据假设 {assumption} 项，基期待补 {unknown} 项',
    en: '{data} rest on data{derived}, {assumption} on assumptions, {unknown} wait for a base',
  },
  'cli.run.basisCounts.noRecord': {
    zh: '依据数据 {data} 项{derived}，依据假设 {assumption} 项，待补执行记录或历年数据 {noRecord} 项，基期待补 {unknown} 项',
    en: '{data} rest on data{derived}, {assumption} on assumptions, {noRecord} wait for a record or past figures, {unknown} for a base',
  },
  /** Said only when some verdict rests on a figure reckoned from published ones (VerdictBasis 'derived'). */
  'cli.run.basisCounts.derived': { zh: '，依据推算值 {n} 项', en: ', {n} on reckoned figures' },
  'cli.run.headline': {
    zh: '{counts}；力争目标另计：{aspirational}；口径不可比 {notComparable} 项，定性 {qualitative} 项',
    en: '{counts}; aspirational targets apart: {aspirational}; {notComparable} not comparable, {qualitative} qualitative',
  },
} as const;

// Loaded with the code that says them, not with the page's first visit: added to the catalogue here.
addEngineMessages(CLI_MESSAGES);
