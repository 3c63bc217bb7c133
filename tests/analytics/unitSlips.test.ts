// Unit slips a tester's paste carried into verdicts: 2800000 (万元 in the 亿元 row, every year) for a flow whose
// only scale is the plan's five-year total, and 6200 (人) after 0.62 and 0.58 万人, both judged 提前实现. A
// flow's total sets its pace a year as the scale, and a thousand times off is refused whatever the unit.
import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { planFromText } from '../extract/planFromText.ts';

const plan = planFromText(
  '“十四五”期间，全区固定资产投资五年累计1500亿元，五年累计新增城镇就业3万人。到2025年，高新技术企业达到300家（2020年为120家）。',
  2025,
);
const flow = (name: string) =>
  plan.indicators.find((i) => i.id.endsWith('_flow') && i.name.zh.includes(name))!.id;

describe('a unit slipped in pasted actuals', () => {
  // The row's name, 固定资产投资, reaches the plan's 全区固定资产投资 (the yearly flow), not also its running total.
  it('refuses a flow’s figures 30 times off the pace of its total over the period, when money', () => {
    const r = parseActuals(['指标\t2021\t2022\t2023', '固定资产投资\t2800000\t310\t290'].join('\n'), plan);
    expect(r.actuals[flow('固定资产投资')]).toEqual({ '2022': 310, '2023': 290 });
    const refused = r.issues.find((i) => i.code === 'farFromPlanPaceRefused')!;
    expect(refused.severity).toBe('error');
    expect(refused.messageZh).toContain('与规划2025年累计目标 1,500亿元 折合的每年 300亿元 相差 30 倍以上');
  });

  it('refuses a count a thousand times off its scale (人 in the 万人 row)', () => {
    const r = parseActuals(['指标\t2021\t2022\t2023', '城镇就业\t0.62\t0.58\t6200'].join('\n'), plan);
    expect(r.actuals[flow('城镇就业')]).toEqual({ '2021': 0.62, '2022': 0.58 });
    expect(r.issues.some((i) => i.code === 'farFromPlanPaceRefused' && i.severity === 'error')).toBe(true);
  });

  it('keeps a count 30 times off its base with a question, and refuses one a thousand times off', () => {
    const id = plan.indicators.find((i) => i.name.zh.includes('高新技术企业'))!.id;
    const kept = parseActuals(['指标\t2021', '高新技术企业\t4000'].join('\n'), plan);
    expect(kept.actuals[id]).toEqual({ '2021': 4000 });
    expect(kept.issues.find((i) => i.code === 'farFromBase')!.severity).toBe('warning');
    const refused = parseActuals(['指标\t2021', '高新技术企业\t150000'].join('\n'), plan);
    expect(refused.actuals[id]).toBeUndefined();
    expect(refused.issues.find((i) => i.code === 'farFromBaseRefused')!.severity).toBe('error');
  });
});

// A tester's 新增城镇就业 and 城镇新增就业人数 rows were refused as unknown names: the plan's 五年累计新增城镇就业3万人
// had named the yearly flow 城镇就业.
describe('a yearly flow pasted under the name statistics publish it by', () => {
  it('reaches the flow with its 新增 and 人数', () => {
    for (const name of ['新增城镇就业', '城镇新增就业人数', '新增城镇就业人数']) {
      const r = parseActuals(['指标\t2021', `${name}\t0.62`].join('\n'), plan);
      expect(r.actuals[flow('城镇就业')], name).toEqual({ '2021': 0.62 });
    }
  });
});

// A share pasted as fractions (0.071 for 7.1%) against a base of 6.5%: read as 0.071% it had judged 严重滞后 and
// 倒退 on a note alone (a tester).
describe('a share typed as a fraction', () => {
  const shares = planFromText(
    '到2025年，数字经济核心产业增加值占地区生产总值比重达到10%（2020年为6.5%）。',
    2025,
  );
  const id = shares.indicators.find((i) => i.unit === '%')!.id;

  it('is refused when 30 times or more below its base, saying what was most likely meant, once', () => {
    const r = parseActuals(
      ['指标\t2021\t2022', '数字经济核心产业增加值占地区生产总值比重\t0.071\t7.6'].join('\n'),
      shares,
    );
    expect(r.actuals[id]).toEqual({ '2022': 0.076 });
    const refused = r.issues.filter((i) => i.value === '0.071');
    expect(refused.map((i) => [i.code, i.severity])).toEqual([['shareFractionRefused', 'error']]);
    expect(refused[0]!.messageZh).toContain('疑为按小数填写（7.1%）');
    expect(refused[0]!.message).toContain('most likely written as a fraction (7.1%)');
  });

  it('is kept, with its note, when its base is small enough for the figure to be a percentage', () => {
    const small = planFromText('到2025年，研发机构覆盖率达到1.5%（2020年为0.6%）。', 2025);
    const sid = small.indicators.find((i) => i.unit === '%')!.id;
    const r = parseActuals(['指标\t2021', '研发机构覆盖率\t0.8'].join('\n'), small);
    expect(r.actuals[sid]).toEqual({ '2021': 0.008 });
    expect(r.issues.map((i) => i.code)).toEqual(['bareShareSmall']);
  });
});
