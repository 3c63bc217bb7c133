// English words that had misled a reader while the figure was right: a slipped 48.5 亿元 questioned as "4.85 bn
// yuan … Use 48.5 bn yuan" (the 48.5 typed, offered back?), 市级研发机构 20 家 as "20 firms", and 6 万元 per head as
// "0.06 m yuan". The Chinese reads as it did.
import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { countsInstitutions } from '../../engine/report/countsInstitutions.ts';
import { formatTyped } from '../../engine/report/formatTyped.ts';
import { formatMoney, formatValue, sheetUnit, unitLabel } from '../../engine/report/formatValue.ts';
import { targetPhrase } from '../../engine/report/targetPhrase.ts';
import { yaohaiWithStatistics } from '../engine/planFixtures.ts';

describe('a slipped decimal point in a pasted money figure, in English', () => {
  const plan = yaohaiWithStatistics();
  const issue = parseActuals(
    ['指标\t年份\t数值', '社会消费品零售总额\t2022\t48.5'].join('\n'),
    plan,
  ).issues.find((i) => i.code === 'decimalSlip')!;

  it('names the figure as typed, in the plan’s unit, beside the English reading', () => {
    expect(issue.message).toContain('read, but 48.5 亿元 (4.85 bn yuan) is far from');
    expect(issue.message).toContain('did you mean 485 亿元 (48.5 bn yuan), a decimal point moved?');
    // The button beside the questioned cell offers the value meant, not one that reads as the value typed.
    expect(formatTyped(485, '亿元', 'en')).toBe('485 亿元 (48.5 bn yuan)');
  });

  it('reads in Chinese as it did', () => {
    expect(issue.messageZh).toContain(
      '已读取，但 48.5亿元 与社会消费品零售总额的基期值 435亿元 相差甚远，疑为 485亿元（小数点错位）',
    );
    expect(formatTyped(485, '亿元', 'zh')).toBe('485 亿元');
  });
});

describe('家 in English, by what the indicator counts', () => {
  const institutes = { unit: '家', name: { zh: '市级及以上研发机构数' } };
  const firms = { unit: '家', name: { zh: '高新技术企业数' } };

  it('counts institutions, platforms and centres as units', () => {
    expect(formatValue(20, institutes, 'en')).toBe('20 units');
    expect(formatValue(1, institutes, 'en')).toBe('1 unit');
    expect(formatValue(3, { unit: '家/年', name: { zh: '市级及以上研发机构数（当年新增）' } }, 'en')).toBe(
      '3 units/yr',
    );
    expect(unitLabel(institutes, 'en')).toBe('units');
    expect(sheetUnit(institutes, 'en')).toBe('units (家)');
    expect(targetPhrase({ kind: 'level', comparator: '>=', value: 20 }, institutes, 'en')).toBe('≥ 20 units');
    for (const zh of [
      '企业研发技术平台数',
      '医养结合康养机构数（新打造）',
      '众创空间数',
      '工程技术研究中心数',
    ])
      expect(countsInstitutions(zh)).toBe(true);
  });

  it('keeps enterprises as firms, and 家 without a name as firms', () => {
    expect(formatValue(20, firms, 'en')).toBe('20 firms');
    expect(formatValue(20, '家', 'en')).toBe('20 firms');
    for (const zh of [
      '在孵企业数',
      '专精特新企业数',
      '新三板挂牌或上市企业（当年新增）',
      '细分领域行业标杆中小企业数',
    ])
      expect(countsInstitutions(zh)).toBe(false);
  });

  it('leaves the Chinese as it was', () => {
    expect(formatValue(20, institutes, 'zh')).toBe('20 家');
    expect(unitLabel(institutes, 'zh')).toBe('家');
    expect(sheetUnit(institutes, 'zh')).toBe('家');
  });
});

describe('a small sum in 万元, in English', () => {
  it('reads in whole yuan under a million, in millions from one', () => {
    expect(formatValue(6, '万元', 'en')).toBe('60,000 yuan');
    expect(formatValue(0.5, '万元', 'en')).toBe('5,000 yuan');
    expect(formatValue(6, '万元/人', 'en')).toBe('60,000 yuan per person');
    expect(formatValue(120, '万元/人', 'en')).toBe('1.2 m yuan per person');
    expect(formatValue(2000, '万元', 'en')).toBe('20 m yuan');
    expect(formatValue(6, '万美元', 'en')).toBe('60,000 USD');
    expect(formatMoney(50, '万元/年', 'en')).toBe('500,000 yuan/yr');
    expect(formatTyped(6, '万元/人', 'en')).toBe('6 万元/人 (60,000 yuan per person)');
    expect(sheetUnit('万元/人', 'en')).toBe('10,000 yuan per person (万元/人)');
  });

  it('reads in Chinese as it did', () => {
    expect(formatValue(6, '万元', 'zh')).toBe('6 万元');
    expect(formatValue(6, '万元/人', 'zh')).toBe('6 万元/人');
    expect(formatValue(20_000, '万元', 'zh')).toBe('2 亿元');
    expect(formatTyped(6, '万元/人', 'zh')).toBe('6 万元/人');
  });
});
