// The columns of the target table planners fill in (the template) and the words each cell may hold. Headers
// are matched after trimming and dropping a bracketed note ("目标值（按单位）"); a few aliases planners use
// are accepted, and the English an English-speaking planner writes (Base value, Target value, Type, at least,
// expected …): such a table had been refused whole for wanting columns 指标 and 目标值.

export type ColumnKey =
  | 'name'
  | 'unit'
  | 'baseYear'
  | 'baseValue'
  | 'year'
  | 'value'
  | 'kind'
  | 'comparator'
  | 'nature'
  | 'aspirational'
  | 'section'
  | 'source'
  /** 年均增长 beside a level target (a printed table's column; not in the template): a growth target too. */
  | 'rate';

export interface ColumnSpec {
  key: ColumnKey;
  /** The header the template writes. */
  header: string;
  aliases: string[];
  /** What the cell holds, for the template's 说明 sheet and the CLI's help. */
  help: string;
}

export const PLAN_TABLE_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'name',
    header: '指标',
    aliases: ['指标名称', '指标名', '名称', '目标', 'indicator', 'name'],
    help: '指标名称（必填）',
  },
  { key: 'unit', header: '单位', aliases: ['计量单位', 'unit'], help: '如 亿元、万户、家、%、个百分点' },
  {
    key: 'baseYear',
    header: '基期年',
    aliases: ['基年', '基期年份', 'base year'],
    help: '如 2020；不知道可留空',
  },
  {
    key: 'baseValue',
    header: '基期值',
    aliases: ['基期', '基数', '基期数', 'base', 'base value'],
    help: '基期年的数值；不知道请留空（基期待补），不要用目标倒推',
  },
  {
    key: 'year',
    header: '目标年',
    aliases: ['目标年份', '年份', 'year', 'target year'],
    help: '如 2025（必填）',
  },
  {
    key: 'value',
    header: '目标值',
    aliases: ['目标', '目标数值', 'value', 'target', 'target value'],
    help: '数值；区间写 3-5；定性、里程碑指标留空',
  },
  {
    key: 'kind',
    header: '类型',
    aliases: ['指标类型', 'kind', 'type'],
    help: '总量 / 新增 / 年均增长 / 每年 / 占比 / 里程碑 / 定性（留空为总量）',
  },
  {
    key: 'comparator',
    header: '比较',
    aliases: ['比较方式', '要求', 'comparator', 'comparison'],
    help: '以上 / 超过 / 左右 / 以内 / 区间（留空为以上）',
  },
  { key: 'nature', header: '属性', aliases: ['指标属性', 'nature'], help: '预期性 / 约束性' },
  { key: 'aspirational', header: '力争', aliases: ['是否力争', 'aspirational'], help: '是 / 否' },
  {
    key: 'section',
    header: '章节',
    aliases: ['出处', '所在章节', 'section'],
    help: '规划中的章节，如 二、(三) 发展目标；无此列时，主要指标表的“类别”读作章节',
  },
  {
    key: 'source',
    header: '原文',
    aliases: ['原文表述', '规划原文', 'figure', 'source', 'text', 'source text'],
    help: '规划原文中的表述',
  },
];

/**
 * Headers of a printed 主要指标表's grouping column (经济发展, 创新驱动…), read as the section where the table has
 * no 章节 column of its own.
 */
export const CATEGORY_HEADERS = ['类别', '指标类别', '分类'];

/** Headers of a printed table's row numbers, passed over without a word. */
export const ROW_NUMBER_HEADERS = ['序号', '编号', '序', 'no.', '#'];

/** Headers of a printed table's rate column (年均增长（%）), read beside the target value. */
export const RATE_HEADERS = [
  '年均增长',
  '年均增速',
  '年均增长率',
  '年均增幅',
  '年均增长目标',
  // 年均增长/累计: a column of rates and, in brackets, totals over the period.
  '年均/累计',
  '年均增长/累计',
  '年均增速/累计',
];

export const KIND_WORDS: Record<
  string,
  | 'level'
  | 'increase'
  | 'growth'
  | 'quota'
  | 'share'
  | 'qualitative'
  | 'cumulative-growth'
  | 'pp-change'
  | 'milestone'
> = {
  里程碑: 'milestone',
  是否达成: 'milestone',
  milestone: 'milestone',
  总量: 'level',
  水平: 'level',
  level: 'level',
  total: 'level',
  新增: 'increase',
  净增: 'increase',
  // A total over the period (实际利用外资 五年累计15亿美元): the sum of the yearly figures, as a bracketed value.
  累计: 'increase',
  五年累计: 'increase',
  期间累计: 'increase',
  increase: 'increase',
  new: 'increase',
  年均增长: 'growth',
  年均: 'growth',
  growth: 'growth',
  累计增长: 'cumulative-growth',
  'cumulative-growth': 'cumulative-growth',
  提高百分点: 'pp-change',
  百分点: 'pp-change',
  'pp-change': 'pp-change',
  每年: 'quota',
  quota: 'quota',
  占比: 'share',
  比重: 'share',
  share: 'share',
  定性: 'qualitative',
  qualitative: 'qualitative',
};

export const COMPARATOR_WORDS: Record<string, '>=' | '>' | '~=' | '<=' | '<' | 'range'> = {
  以上: '>=',
  不少于: '>=',
  不低于: '>=',
  达到: '>=',
  '>=': '>=',
  '≥': '>=',
  'at least': '>=',
  超过: '>',
  'more than': '>',
  突破: '>',
  '>': '>',
  左右: '~=',
  约: '~=',
  '~=': '~=',
  '≈': '~=',
  about: '~=',
  以内: '<=',
  'at most': '<=',
  以下: '<=',
  不超过: '<=',
  '<=': '<=',
  '≤': '<=',
  低于: '<',
  '<': '<',
  区间: 'range',
  范围: 'range',
  range: 'range',
};

export const NATURE_WORDS: Record<string, 'indicative' | 'binding'> = {
  预期性: 'indicative',
  预期: 'indicative',
  indicative: 'indicative',
  expected: 'indicative',
  约束性: 'binding',
  约束: 'binding',
  binding: 'binding',
};

export const YES_WORDS = ['是', '力争', 'y', 'yes', 'true', '1', '√', '✓'];
export const NO_WORDS = ['否', 'n', 'no', 'false', '0', '×'];

/** Rows whose 指标 starts with this are the template's example and are skipped on import. */
export const EXAMPLE_PREFIX = '示例';
