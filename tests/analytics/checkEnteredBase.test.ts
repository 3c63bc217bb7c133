// A value typed for an indicator the plan gives no base for (录入基期) is read against what the plan does give,
// as a pasted actual is (checkValue): 6500 (人) for a 万人 flow whose total is 3万人 over five years had been saved
// without a word, and the overview then showed a median of +37,768 万人; 0.668 for a 城镇化率 aimed at 72% had
// been saved as 0.668%, and the target judged at P < 1% on it (a tester, N15).
import { describe, expect, it } from 'vitest';
import { checkEnteredBase } from '../../engine/actuals/checkEnteredBase.ts';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
// The words of messageZh: the catalogue's renderer, which the CLI and the page load (wordsOf.ts); alone, this
// file had read codes (text.pair) unless another file of its worker had loaded it first.
import '../../engine/report/messages/render.ts';
import { planFromText } from '../extract/planFromText.ts';

const plan = planFromText(
  '“十四五”期间，五年累计新增城镇就业3万人，固定资产投资五年累计1500亿元。到2025年，常住人口城镇化率达到72%，高新技术企业达到300家。',
  2025,
);
const id = (name: string, unit: string) =>
  plan.indicators.find((i) => i.name.zh.startsWith(name) && i.unit === unit && !i.name.zh.includes('累计'))!
    .id;
const jobs = id('新增城镇就业', '万人');
const urban = id('常住人口城镇化率', '%');
const firms = id('高新技术企业', '家');
const invest = id('固定资产投资', '亿元');

describe('a value entered with no base, checked against what the plan gives', () => {
  it('refuses a count a thousand times off the pace of the total the plan sets (人 in the 万人 field)', () => {
    const r = checkEnteredBase(plan, jobs, 6500);
    expect(r.kept).toBe(false);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['farFromPlanPaceRefused', 'error']]);
    expect(r.issues[0]!.messageZh).toContain(
      '6,500万人 与规划2025年累计目标 3万人 折合的每年 0.6万人 相差 30 倍以上',
    );
    expect(r.issues[0]!.message).toContain(
      '6,500 × 10k people is 30 or more times off 0.6 × 10k people a year',
    );
  });

  it('refuses money 30 times off that pace, keeps a figure in line with it without a word', () => {
    expect(checkEnteredBase(plan, invest, 30000).kept).toBe(false);
    expect(checkEnteredBase(plan, invest, 280)).toEqual({ kept: true, issues: [] });
    expect(checkEnteredBase(plan, jobs, 0.62)).toEqual({ kept: true, issues: [] });
  });

  it('keeps a count 30 times off the level the plan prints, with the question', () => {
    const r = checkEnteredBase(plan, firms, 15000);
    expect(r.kept).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['farFromPlanFigure', 'warning']]);
    expect(r.issues[0]!.messageZh).toContain('15,000家 与规划印出的高新技术企业2025年目标 300家');
  });

  it('refuses a share read as 0.668% against a target of 72%, with the percentage meant', () => {
    const r = checkEnteredBase(plan, urban, 0.00668);
    expect(r.kept).toBe(false);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['shareFractionRefusedFigure', 'error']]);
    expect(r.issues[0]!.messageZh).toContain('疑为按小数填写（66.8%）');
    expect(r.issues[0]!.messageZh).toContain('2025年目标 72%');
    expect(r.issues[0]!.message).toContain('if 66.8% was meant, enter 66.8%');
    expect(checkEnteredBase(plan, urban, 0.668)).toEqual({ kept: true, issues: [] });
  });

  it('refuses a share over 100% and a count not whole, as the paste does', () => {
    expect(checkEnteredBase(plan, urban, 65).issues.map((i) => i.code)).toEqual(['shareOutOfRange']);
    expect(checkEnteredBase(plan, firms, 0.668).issues.map((i) => i.code)).toEqual(['notWholeCount']);
  });

  it('is the paste’s own check: a pasted year is refused alike, and a bare share there keeps its note', () => {
    const pasted = parseActuals(
      ['指标\t2021\t2022', '城镇就业\t6500\t0.62', '常住人口城镇化率\t0.668\t'].join('\n'),
      plan,
    );
    expect(pasted.actuals[jobs]).toEqual({ '2022': 0.62 });
    expect(pasted.actuals[urban]).toEqual({ '2021': 0.00668 });
    expect(pasted.issues.map((i) => i.code)).toEqual(['farFromPlanPaceRefused', 'bareShareSmall']);
  });
});
