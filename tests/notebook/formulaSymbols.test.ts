// 指标详情 names a formula's parameters with the values the run used: a default that observed growth replaced
// (historyRates) is shown as replaced, not as the 5 ± 3%/年 it had kept showing beside a notice saying 9.4%.
import { describe, expect, it } from 'vitest';
import type { HistoryRate } from '../../engine/index.ts';
import { formulaSymbols } from '../../notebook/model/formulaSymbols.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';

describe('formulaSymbols', () => {
  const plan = yaohaiPlan();
  const scenario = { name: { zh: '基准' } };
  it('shows a parameter at the value the run used, and where it came from', () => {
    const plain = formulaSymbols(plan, scenario, 'g_retail', 'zh');
    expect(plain).toBe('g_retail：社会消费品零售总额增速 3 ± 2%/年');
    const history: HistoryRate[] = [
      {
        parameter: 'g_retail',
        indicator: 'retail_sales',
        from: 2020,
        to: 2023,
        reading: 'growth',
        observed: 0.052,
        rate: 0.052,
        replaced: { mean: 0.03, sd: 0.02 },
      },
    ];
    expect(formulaSymbols(plan, scenario, 'g_retail', 'zh', history)).toBe(
      'g_retail：社会消费品零售总额增速 5.2 ± 2%/年（由 2020–2023 年实际值推算，代替默认假设 3 ± 2%/年）',
    );
  });
});
