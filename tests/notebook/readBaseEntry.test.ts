// The page's 录入基期 reads a typed base as the paste reads an actual, and checks it as the paste does against
// what the plan gives: 6500 (人) for a 万人 flow and 0.668 for a 城镇化率 aimed at 72% had been saved without a
// word, the overview then showing a median of +37,768 万人 and a share of 0.67% (a tester, N15).
import { describe, expect, it } from 'vitest';
import { readBaseEntry } from '../../notebook/model/readBaseEntry.ts';
import { planFromText } from '../extract/planFromText.ts';

const plan = planFromText(
  '“十四五”期间，五年累计新增城镇就业3万人。到2025年，常住人口城镇化率达到72%，高新技术企业达到300家，规模以上工业总产值达到600亿元。',
  2025,
);
const id = (name: string, unit: string) =>
  plan.indicators.find((i) => i.name.zh.startsWith(name) && i.unit === unit && !i.name.zh.includes('累计'))!
    .id;
const jobs = id('新增城镇就业', '万人');
const urban = id('常住人口城镇化率', '%');
const firms = id('高新技术企业', '家');
const output = id('规模以上工业总产值', '亿元');

describe('a base typed on the page', () => {
  it('refuses 6500 for a 万人 flow, naming the value and the pace it was read against, in both languages', () => {
    const zh = readBaseEntry(plan, jobs, '6500', 'zh');
    expect(zh.kind).toBe('refused');
    expect(zh).toMatchObject({
      text: expect.stringContaining(
        '“新增城镇就业”的基期值“6500”未保存：6,500万人 与规划2025年累计目标 3万人 折合的每年 0.6万人 相差 30 倍以上',
      ),
    });
    const en = readBaseEntry(plan, jobs, '6500', 'en');
    expect(en).toMatchObject({
      kind: 'refused',
      text: expect.stringContaining(
        'was not saved from “6500”: 6,500 × 10k people is 30 or more times off 0.6 × 10k people a year',
      ),
    });
    expect(readBaseEntry(plan, jobs, '0.62', 'zh')).toEqual({ kind: 'value', value: 0.62, question: null });
  });

  it('refuses 0.668 for a share aimed at 72%, saying 66.8% was most likely meant; takes 66.8 as 66.8%', () => {
    const zh = readBaseEntry(plan, urban, '0.668', 'zh');
    expect(zh).toMatchObject({ kind: 'refused', text: expect.stringContaining('疑为按小数填写（66.8%）') });
    const en = readBaseEntry(plan, urban, '0.668', 'en');
    expect(en).toMatchObject({
      kind: 'refused',
      text: expect.stringContaining('if 66.8% was meant, enter 66.8%'),
    });
    const meant = readBaseEntry(plan, urban, '66.8', 'zh');
    expect(meant).toMatchObject({ kind: 'value', question: null });
    expect(meant.kind === 'value' && meant.value).toBeCloseTo(0.668, 12);
    expect(readBaseEntry(plan, urban, '6500', 'zh').kind).toBe('refused');
  });

  it('refuses money 30 times off the level the plan prints, in the unit the page shows', () => {
    // In English the field is in bn yuan: 60 is 600 亿元, 6000 is 60000 亿元.
    expect(readBaseEntry(plan, output, '60', 'en')).toEqual({ kind: 'value', value: 600, question: null });
    expect(readBaseEntry(plan, output, '6000', 'en').kind).toBe('refused');
    expect(readBaseEntry(plan, output, '500万元', 'zh').kind).toBe('refused');
  });

  it('keeps a count 30 times off the level the plan prints, with the question', () => {
    const kept = readBaseEntry(plan, firms, '15000', 'zh');
    expect(kept).toMatchObject({ kind: 'value', value: 15000 });
    expect(kept.kind === 'value' && kept.question).toContain(
      '“高新技术企业”的基期值“15000”已读取，但 15,000家 与规划印出的高新技术企业2025年目标 300家 相差 30 倍以上',
    );
    expect(readBaseEntry(plan, firms, '15000', 'en')).toMatchObject({
      question: expect.stringContaining(
        'The base of “高新技术企业”, “15000”: read, but 15,000 firms is 30 or more times off',
      ),
    });
  });

  it('still refuses what cannot be read, or is below zero, and passes a blank by', () => {
    expect(readBaseEntry(plan, firms, '4OO', 'zh')).toMatchObject({
      kind: 'refused',
      text: expect.stringContaining('无法读取'),
    });
    expect(readBaseEntry(plan, firms, '-3', 'en')).toMatchObject({
      kind: 'refused',
      text: expect.stringContaining('must be a number ≥ 0'),
    });
    expect(readBaseEntry(plan, firms, ' ', 'zh')).toEqual({ kind: 'blank' });
  });
});
