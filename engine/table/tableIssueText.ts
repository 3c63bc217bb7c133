// Words for the table reader's issue codes, in the page's language. Shared by the CLI and the page so both
// say the same thing; the engine itself returns only the codes.
import type { TableIssue } from './tableTypes.ts';

type Lang = 'zh' | 'en';

function where(i: TableIssue, lang: Lang): string {
  if (i.row === null) return '';
  if (i.column === null) return lang === 'zh' ? `第${i.row}行：` : `row ${i.row}: `;
  const name = i.columnName ? (lang === 'zh' ? `（${i.columnName}）` : ` (${i.columnName})`) : '';
  return lang === 'zh' ? `第${i.row}行第${i.column}列${name}：` : `row ${i.row}, column ${i.column}${name}: `;
}

export function tableIssueText(i: TableIssue, lang: Lang = 'zh'): string {
  const v = i.value ?? '';
  const d = i.detail ?? '';
  const zh: Record<TableIssue['code'], string> = {
    'empty-table': '表格为空',
    'no-header': `未找到表头：需要包含“指标”和“目标值”列（模板列为 ${d}）`,
    'missing-column': `缺少“${d}”列`,
    'duplicate-column': `列名“${v}”重复`,
    'unknown-column': `不认识的列“${v}”，已忽略`,
    'extra-cells': `此行的单元格多于表头的 ${d} 列，请检查是否错位`,
    'merged-cells': `单元格 ${d} 是合并单元格，涉及的行未导入；请取消合并并在每行填写`,
    'example-row': '示例行，已跳过',
    'missing-name': '指标名称为空',
    'missing-value': '目标值为空（定性指标请在“类型”中填“定性”）',
    'missing-year': '目标年为空',
    'missing-unit': '缺少单位',
    'bad-number': `“${v}”不是一个数（${d}）`,
    'bad-range': `“${v}”不是有效区间（应写作 3-5，且前小后大）`,
    'bad-year': `“${v}”不是年份（应为如 2025 的四位年份）`,
    'base-after-target': `基期年不能晚于或等于目标年 ${d}`,
    'bad-kind': `“${v}”不是可识别的类型（${d}）`,
    'bad-comparator': `“${v}”不是可识别的比较方式（${d}）`,
    'bad-nature': `“${v}”不是可识别的属性（${d}）`,
    'bad-flag': `“${v}”应为 ${d}`,
    'unit-mismatch': `“${v}”的单位与本行单位“${d}”不一致且无法换算`,
    'unknown-unit': `单位“${v}”不在常用单位中，请确认`,
    'not-xlsx': '文件不是有效的 .xlsx 工作簿',
    'file-too-large': `文件过大（${d} 字节）`,
  };
  const en: Record<TableIssue['code'], string> = {
    'empty-table': 'the table is empty',
    'no-header': `no header found: it needs columns 指标 and 目标值 (the template has ${d})`,
    'missing-column': `column ${d} is missing`,
    'duplicate-column': `column "${v}" appears twice`,
    'unknown-column': `unknown column "${v}", ignored`,
    'extra-cells': `the row has more cells than the header's ${d} columns; is it shifted?`,
    'merged-cells': `${d} is a merged cell; the rows it covers were not read — unmerge it and fill every row`,
    'example-row': 'example row, skipped',
    'missing-name': 'the indicator name is empty',
    'missing-value': 'the target value is empty (write 定性 in 类型 for a qualitative target)',
    'missing-year': 'the target year is empty',
    'missing-unit': 'no unit',
    'bad-number': `"${v}" is not a number (${d})`,
    'bad-range': `"${v}" is not a range (write 3-5, low before high)`,
    'bad-year': `"${v}" is not a year (expected four digits such as 2025)`,
    'base-after-target': `the base year must be before the target year ${d}`,
    'bad-kind': `"${v}" is not a known kind (${d})`,
    'bad-comparator': `"${v}" is not a known comparator (${d})`,
    'bad-nature': `"${v}" is not a known nature (${d})`,
    'bad-flag': `"${v}" should be ${d}`,
    'unit-mismatch': `the unit of "${v}" does not convert to the row's unit "${d}"`,
    'unknown-unit': `unit "${v}" is not a usual unit; please check it`,
    'not-xlsx': 'the file is not a valid .xlsx workbook',
    'file-too-large': `the file is too large (${d} bytes)`,
  };
  return where(i, lang) + (lang === 'zh' ? zh : en)[i.code];
}
