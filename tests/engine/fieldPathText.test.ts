// A Chinese message names the place of a problem in words, with the field path beside it; English keeps the
// path, whose field names are English already.
import { describe, expect, it } from 'vitest';
import { fieldPathText } from '../../engine/plan/fieldPathText.ts';

describe('fieldPathText', () => {
  it('says a scenario field in words, ids quoted, years as years, items counted from 1', () => {
    expect(fieldPathText('levers.sme_finance.start', 'zh')).toBe(
      '政策杠杆“sme_finance”的起始年份（levers.sme_finance.start）',
    );
    expect(fieldPathText('actuals.gdp.2023', 'zh')).toBe('实际数据“gdp”2023年（actuals.gdp.2023）');
    expect(fieldPathText('formulas.0.formula', 'zh')).toBe('自定义指标第 1 项的公式（formulas.0.formula）');
    expect(fieldPathText('horizon', 'zh')).toBe('推演终点年份（horizon）');
  });

  it('leaves a path it cannot say whole as the path, and English as the path', () => {
    expect(fieldPathText('targets.3.comparator', 'zh')).toBe('targets.3.comparator');
    expect(fieldPathText('levers.sme_finance.intensity', 'en')).toBe('levers.sme_finance.intensity');
  });
});
