// The report's workbook keeps text as text: "+0.2个百分点/年" had been stored as "'+0.2个百分点/年", and Excel
// showed the apostrophe (孙科长).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { reportXlsx } from '../../notebook/report/exportXlsx.ts';
import { yaohaiWithStatistics } from '../engine/planFixtures.ts';

describe('reportXlsx', () => {
  it('writes a percentage’s points a year as the page shows them, without a leading apostrophe', async () => {
    const ev = await evaluateTargets(
      yaohaiWithStatistics(),
      null,
      { rd_intensity: { '2020': 0.018, '2023': 0.024 } },
      { paths: 0 },
    );
    const blob = await reportXlsx(ev, 'zh');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await blob.arrayBuffer());
    const sheet = wb.worksheets[0]!;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
    expect(texts).toContain('+0.2个百分点/年');
    expect(texts).toContain('+0.24个百分点/年');
    expect(texts.filter((s) => s.startsWith("'"))).toEqual([]);
  });
});
