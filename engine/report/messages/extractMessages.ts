// The words of the target extractor's messages (engine/extract/) and of `planpath extract`'s output, for the
// CLI and the page's import section alike. Which entry a message takes is decided by
// engine/report/extractMessage.ts. The column headers of a read target table are the template's own
// (engine/table/planTableColumns.ts), not words here.
import { addEngineMessages } from './catalogue.ts';

export const EXTRACT_MESSAGES = {
  'extract.empty-text': {
    zh: '文本为空：请提供规划全文或“发展目标”一节。',
    en: 'The text is empty: give the plan or its targets section (发展目标).',
  },
  'extract.mistyped-figure': {
    zh: '全文第 {line} 行“{figure}”：数字里混有字母 O 或 l，疑为 {meant}；未读作目标，请改正原文后重新识别',
    en: 'Line {line}, “{figure}”: a letter O or l among the digits, likely {meant}; not read as a target: correct the text and read it again',
  },
  'extract.unquantified-comparison': {
    zh: '全文第 {line} 行“{text}”：是比较或上级下达的任务而没有数字，未作为量化目标导入；如需跟踪，请在目标表中按“定性”添加',
    en: 'Line {line}, “{text}”: a comparison or a task set from above, without a figure, not imported as a quantitative target; to track it, add it as a qualitative target (“定性”) in a target table',
  },
  'extract.relative-comparison': {
    zh: '全文第 {line} 行“{text}”：是与另一指标的比较，不是某个指标自身的目标，未作为量化目标导入；如需跟踪，请在目标表中按“定性”添加',
    en: 'Line {line}, “{text}”: a comparison with another indicator, not a target of an indicator of its own; not imported as a quantitative target; to track it, add it as a qualitative target (“定性”) in a target table',
  },
  'extract.total-to-date': {
    zh: '全文第 {line} 行“{text}”：读作到目标年的总数（累计至今，含基期已有的），不是规划期内新增的合计；如原意是规划期内新增，请在核对表中把类型改为“新增”',
    en: 'Line {line}, “{text}”: read as the number standing in the target year (all to date, those of the base year included), not the number added within the plan’s years; if the plan means the latter, change the type to “新增” (an increase) in the review',
  },
  'extract.total-in-period': {
    zh: '全文第 {line} 行“{text}”：读作规划期内新增的合计（在基期已有数量之上）；如原意是到目标年的总数（累计至今），请在核对表中把类型改为“总量”',
    en: 'Line {line}, “{text}”: read as the number added within the plan’s years (on top of those of the base year); if the plan means the number standing in the target year (all to date), change the type to “总量” (a level) in the review',
  },
  'extract.table-issue': {
    zh: '文中表格（全文第 {line} 行）：{issue}',
    en: 'Table in the text (line {line}): {issue}',
  },
  'extract.no-targets': {
    zh: '未找到量化目标（目标是带单位的数字，如“达到100亿元”“新增5家”）。',
    en: 'No quantitative target found (a number with a unit, e.g. 达到100亿元, 新增5家).',
  },
  'extract.too-many-targets': {
    zh: '识别出 {found} 处目标，超过上限 {limit} 项，未列出：规划的量化目标通常不过百余项，请只提供“发展目标”等含指标的章节。',
    en: 'Found {found} targets, over the limit of {limit}, so none are listed: a plan states a hundred or so at most; give only the sections with targets (发展目标).',
  },
  'extract.text-too-large': {
    zh: '文本过大（{size} MB，上限 {limit} MB）：请只提供“发展目标”等含指标的章节。',
    en: 'The text is {size} MB (limit {limit} MB): give only the sections with targets (发展目标).',
  },

  'cli.extract.targets': { zh: '{n} 项目标（目标年 {year}）', en: '{n} targets (target year {year})' },
  'cli.extract.facts': { zh: '{n} 项基期事实', en: '{n} base facts' },
  'cli.extract.row': { zh: '行', en: 'row' },
  'cli.extract.figure': { zh: '原文', en: 'as printed' },
  'cli.extract.value': { zh: '值', en: 'value' },
  'cli.extract.year': { zh: '年份', en: 'year' },
  'cli.extract.nature.indicative': { zh: '预期性', en: 'indicative' },
  'cli.extract.nature.binding': { zh: '约束性', en: 'binding' },
  'cli.extract.wrote': {
    zh: '已写出 {path}：模拟 {simulated} 项目标，其中 {waiting} 项基期待补（录入基期值后才给判断）；{pending} 项未模拟（定性目标或超出规划年份）',
    en: "wrote {path}: {simulated} targets simulated, of which {waiting} wait for a base (基期待补: no verdict until it is entered); {pending} not simulated (qualitative, outside the plan's years)",
  },
} as const;

// Loaded with the code that says them, not with the page's first visit: added to the catalogue here.
addEngineMessages(EXTRACT_MESSAGES);
