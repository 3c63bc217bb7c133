// The target table template: a header and one example row (skipped on import: its 指标 starts with 示例).
// The example's figures are invented. The CSV goes through the one writer with a BOM, so Excel and WPS open it
// as UTF-8.
import { EXAMPLE_PREFIX, PLAN_TABLE_COLUMNS } from './planTableColumns.ts';

export const TEMPLATE_EXAMPLE: readonly string[] = [
  `${EXAMPLE_PREFIX}：社会消费品零售总额`,
  '亿元',
  '2020',
  '450',
  '2025',
  '670',
  '总量',
  '以上',
  '预期性',
  '否',
  '二、(三) 发展目标',
  '到2025年，社会消费品零售总额达到670亿元以上',
];

export function planTemplateRows(): string[][] {
  return [PLAN_TABLE_COLUMNS.map((c) => c.header), [...TEMPLATE_EXAMPLE]];
}

/** Asynchronous: the writer is loaded when a file is written (see loadCsvWriter). */
export async function planTemplateCsv(): Promise<string> {
  const { writeCsv } = await import('../report/writeCsv.ts');
  return writeCsv(null, planTemplateRows(), { bom: true });
}
