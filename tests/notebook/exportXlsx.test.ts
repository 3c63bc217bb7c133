// The report's workbook: a percentage target's rates are points a year, numbers in columns headed (个百分点/年),
// not text in a (%) column ("+0.2个百分点/年" had stood there, first with an apostrophe Excel showed: 孙科长).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { reportXlsx } from '../../notebook/report/exportXlsx.ts';
import { yaohaiWithStatistics } from '../engine/planFixtures.ts';

describe('reportXlsx', () => {
  it('writes a percentage’s points a year as numbers in columns of their own, and no text in a (%) column', async () => {
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
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const row = sheet
      .getRows(2, sheet.rowCount - 1)!
      .find((r) => r.getCell(1).value === 'rd_intensity_2025')!;
    const cell = (name: string) => row.getCell(header.indexOf(name)).value;
    // 1.8% → 2.4% over 2020–2023: +0.2 points a year; the plan's 3% by 2025: +0.24.
    expect(cell('已实现年均增速（个百分点/年）')).toBe(0.2);
    expect(cell('规划要求年均增速（个百分点/年）')).toBe(0.24);
    expect(cell('已实现年均增速（%）')).toBeNull();
    // No text under any (%) header, in any row.
    const percentColumns = header.flatMap((h, k) => (h.endsWith('（%）') ? [k] : []));
    const texts: string[] = [];
    sheet.eachRow((r, n) => {
      if (n > 1)
        for (const k of percentColumns)
          if (typeof r.getCell(k).value === 'string') texts.push(`${n}:${header[k]}`);
    });
    expect(texts).toEqual([]);
  });
});
