// A tester's actuals.xlsx given to `evaluate --actuals` was read as GB18030 and refused as a header "PK": a
// workbook is now read as its first sheet with cells, as a paste from it would be, typos named by row and column.
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.ts';
import { captureCli, tempFile } from '../cliInProcess.ts';

async function workbook(sheets: Record<string, (string | number)[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('evaluate --actuals FILE.xlsx', () => {
  it('reads the first sheet with cells as a paste of it, and names a typo by row and column', async () => {
    const bytes = await workbook({
      说明: [],
      数据: [
        ['指标', '2021', '2022', '2023'],
        ['五大支柱产业中小企业生产总值', 450, 490, '52O'],
      ],
    });
    const file = tempFile('actuals.xlsx', '');
    writeFileSync(file, bytes);
    const { code, stdout, stderr } = await captureCli(main, [
      'evaluate',
      '--actuals',
      file,
      '--paths',
      '0',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain('read sheet "数据"');
    expect(stderr).toMatch(/第2行第4列（2023）“52O”：数字里混有字母 O 或 l，疑为 520/);
    expect(stderr).not.toContain('GB18030');
    const pillar = JSON.parse(stdout).targets.find((t: { id: string }) => t.id === 'pillar_output_2025');
    expect(pillar.latest).toEqual({ year: 2022, value: 490 });
  });

  it('says a file that is no workbook is none, by name', async () => {
    const file = tempFile('broken.xlsx', 'PK\u0003\u0004 not really a zip');
    const { code, stderr } = await captureCli(main, ['evaluate', '--actuals', file, '--paths', '0']);
    expect(code).not.toBe(0);
    expect(stderr).toContain(`actuals file ${file} is neither a table nor a workbook`);
  });
});
