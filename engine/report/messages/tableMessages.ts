// The words of the target-table reader's issues (engine/table/), in Chinese and English: where in the sheet,
// then what is wrong. `{value}` is the cell as written, `{detail}` what the code adds (a column, the words
// accepted, a size). Which entries an issue takes is decided by engine/table/tableIssueMessage.ts.
import { addEngineMessages } from './catalogue.ts';

export const TABLE_MESSAGES = {
  'table.where.row': { zh: '第{row}行：', en: 'row {row}: ' },
  'table.where.cell': { zh: '第{row}行第{column}列：', en: 'row {row}, column {column}: ' },
  'table.where.cellNamed': {
    zh: '第{row}行第{column}列（{columnName}）：',
    en: 'row {row}, column {column} ({columnName}): ',
  },

  'table.empty-table': { zh: '表格为空', en: 'the table is empty' },
  'table.sheet-read': {
    zh: '第一个工作表中没有目标，已读取工作表“{value}”',
    en: 'the first sheet holds no targets; read sheet "{value}"',
  },
  'table.no-header': {
    zh: '未找到表头：需要包含“{nameColumn}”和“{valueColumn}”列（模板列为 {detail}）',
    en: 'no header found: it needs columns {nameColumn} and {valueColumn} (the template has {detail})',
  },
  'table.missing-column': { zh: '缺少“{detail}”列', en: 'column {detail} is missing' },
  'table.duplicate-column': { zh: '列名“{value}”重复', en: 'column "{value}" appears twice' },
  'table.unknown-column': { zh: '不认识的列“{value}”，已忽略', en: 'unknown column "{value}", ignored' },
  'table.unread-year-column': {
    zh: '年份列“{value}”未读：目标表只读基期（最早年份）与目标值（最后年份）两列；若这是历年实际数据，请在“实施评估”中粘贴或从文件读入',
    en: 'year column "{value}" not read: a target table reads the base (earliest year) and the target (latest year); if these are yearly actuals, paste or read them in Review',
  },
  'table.extra-cells': {
    zh: '此行的单元格多于表头的 {detail} 列，请检查是否错位',
    en: "the row has more cells than the header's {detail} columns; is it shifted?",
  },
  'table.merged-cells': {
    zh: '单元格 {detail} 是合并单元格，涉及的行未导入；请取消合并并在每行填写',
    en: '{detail} is a merged cell; the rows it covers were not read — unmerge it and fill every row',
  },
  'table.example-row': { zh: '示例行，已跳过', en: 'example row, skipped' },
  'table.note-row': { zh: '表注，不作为目标读取', en: 'a note to the table, not read as a target' },
  'table.missing-name': { zh: '指标名称为空', en: 'the indicator name is empty' },
  'table.missing-value': {
    zh: '目标值为空（定性指标请在“类型”中填“定性”）',
    en: 'the target value is empty (write 定性 in 类型 for a qualitative target)',
  },
  'table.missing-year': { zh: '目标年为空', en: 'the target year is empty' },
  'table.missing-unit': { zh: '缺少单位', en: 'no unit' },
  'table.below-base': {
    zh: '目标值低于基期值（{detail}），又未写比较方式：按“以上”（≥）读；若是下降或控制目标，请在“比较”列写“以内”',
    en: 'the target lies below the base ({detail}) and no comparator is given: read as "at least" (≥); for a fall or a cap, write “以内” in the comparator column',
  },
  'table.read-as-fall': {
    zh: '指标名称或原文说的是下降，目标值“{value}”却是正数（类型：{detail}）：按下降 {value} 读，即变化不高于 −{value}；若确是增长，请改写名称或原文',
    en: 'the name or the source text says the indicator falls, but the target "{value}" is positive (type: {detail}): read as a fall of {value}, a change of at most −{value}; if it is a rise, reword the name or the source text',
  },
  'table.intensity-read-as-fall': {
    zh: '单位产出的能耗、排放等强度指标，累计数“{value}”未写升降：按期内累计下降 {detail}% 读（变化不高于 −{detail}%）；若是增长，请在数值前写“增长”',
    en: 'an input or emission per unit of output whose total “{value}” says no direction: read as a fall of {detail}% over the period (a change of at most −{detail}%); if it rises, write “增长” before the figure',
  },
  'table.bad-number': { zh: '“{value}”不是一个数（{detail}）', en: '"{value}" is not a number ({detail})' },
  'table.bad-base.plain': {
    zh: '基期值“{value}”不是一个数，该目标按基期待补导入',
    en: 'the base "{value}" is not a number; the target is imported waiting for its base',
  },
  'table.bad-base': {
    zh: '基期值“{value}”不是一个数（{detail}），该目标按基期待补导入',
    en: 'the base "{value}" is not a number ({detail}); the target is imported waiting for its base',
  },
  'table.not-a-number': { zh: '“{value}”不是一个数', en: '"{value}" is not a number' },
  'table.bad-range': {
    zh: '“{value}”不是有效区间（应写作 3-5，且前小后大）',
    en: '"{value}" is not a range (write 3-5, low before high)',
  },
  'table.bad-year': {
    zh: '“{value}”不是年份（应为如 2025 的四位年份）',
    en: '"{value}" is not a year (expected four digits such as 2025)',
  },
  'table.base-after-target': {
    zh: '基期年不能晚于或等于目标年 {detail}',
    en: 'the base year must be before the target year {detail}',
  },
  'table.verb-contradicts-kind': {
    zh: '“{value}”里的动词与类型“{detail}”不符：请改正其一，或清空类型',
    en: '"{value}": its verb contradicts the type "{detail}": correct one, or leave the type empty',
  },
  'table.bad-kind': {
    zh: '“{value}”不是可识别的类型（{detail}）',
    en: '"{value}" is not a known kind ({detail})',
  },
  'table.bad-comparator': {
    zh: '“{value}”不是可识别的比较方式（{detail}）',
    en: '"{value}" is not a known comparator ({detail})',
  },
  'table.bad-nature': {
    zh: '“{value}”不是可识别的属性（{detail}）',
    en: '"{value}" is not a known nature ({detail})',
  },
  'table.bad-flag': { zh: '“{value}”应为 {detail}', en: '"{value}" should be {detail}' },
  'table.unit-mismatch': {
    zh: '“{value}”的单位与本行单位“{detail}”不一致且无法换算',
    en: 'the unit of "{value}" does not convert to the row\'s unit "{detail}"',
  },
  'table.unknown-unit': {
    zh: '单位“{value}”不在常用单位中，请确认',
    en: 'unit "{value}" is not a usual unit; please check it',
  },
  'table.not-xlsx': { zh: '文件不是有效的 .xlsx 工作簿', en: 'the file is not a valid .xlsx workbook' },
  'table.file-too-large': { zh: '文件过大（{detail} 字节）', en: 'the file is too large ({detail} bytes)' },
  'table.too-many-rows': {
    zh: '表中有 {detail} 行目标，超过上限 {value} 行，未读取：规划的量化目标通常不过百余项',
    en: 'the table has {detail} target rows, over the limit of {value}, and was not read: a plan states a hundred or so targets at most',
  },
} as const;

// Loaded with the code that says them, not with the page's first visit: added to the catalogue here.
addEngineMessages(TABLE_MESSAGES);
