// The target table template as an .xlsx workbook: the 目标 sheet (header, example row, drop-down lists for
// 类型 / 比较 / 属性 / 力争) and a 说明 sheet describing each column. exceljs is large, so it is loaded only
// when a workbook is made.
import { PLAN_TABLE_COLUMNS } from './planTableColumns.ts';
import { planTemplateRows } from './planTemplate.ts';

const LISTS: Partial<Record<string, string>> = {
  类型: '"总量,新增,年均增长,每年,占比,定性"',
  比较: '"以上,超过,左右,以内,区间"',
  属性: '"预期性,约束性"',
  力争: '"是,否"',
};

export async function planTemplateXlsx(): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'planpath';
  const sheet = workbook.addWorksheet('目标', { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of planTemplateRows()) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  PLAN_TABLE_COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.key === 'source' ? 48 : c.key === 'name' ? 28 : 12;
    const list = LISTS[c.header];
    if (list === undefined) return;
    for (let r = 2; r <= 200; r++) {
      sheet.getCell(r, i + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [list] };
    }
  });
  const help = workbook.addWorksheet('说明');
  help.addRow(['列', '填写说明']);
  help.getRow(1).font = { bold: true };
  for (const c of PLAN_TABLE_COLUMNS) help.addRow([c.header, c.help]);
  help.addRow([]);
  help.addRow(['', '以“示例”开头的行导入时跳过。请勿合并单元格。']);
  help.getColumn(1).width = 10;
  help.getColumn(2).width = 70;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
