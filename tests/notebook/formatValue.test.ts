import { describe, expect, it } from 'vitest';
import {
  displayScale,
  formatBare,
  formatDelta,
  formatProb,
  formatProbPhrase,
  formatRate,
  formatValue,
  isCountUnit,
  unitLabel,
} from '../../engine/index.ts';
import { sheetUnit } from '../../engine/report/formatValue.ts';
import { formatUncertain } from '../../notebook/format/formatUncertain.ts';
import { MESSAGES } from '../../notebook/i18n/messages.ts';
import { t } from '../../notebook/i18n/t.ts';

describe('formatValue', () => {
  it('writes 亿元 amounts in Chinese and converts them to bn yuan in English', () => {
    expect(formatValue(607, '亿元', 'zh')).toBe('607 亿元');
    expect(formatValue(607.25, '亿元', 'zh')).toBe('607.3 亿元');
    expect(formatValue(607, '亿元', 'en')).toBe('60.7 bn yuan');
    // As many digits as the Chinese figure shows: 504.3亿元 had read 50.4 bn yuan.
    expect(formatValue(504.3, '亿元', 'en')).toBe('50.43 bn yuan');
  });
  it('keeps the decimals of a figure as printed, published or entered, where a simulated one is rounded', () => {
    // 周科长: the plan's base 485.72 亿元 read 485.7, and its 58,639 户 read 5.86 万户, beside 规划原文.
    expect(formatValue(485.72, '亿元', 'zh')).toBe('485.7 亿元');
    expect(formatValue(485.72, '亿元', 'zh', true)).toBe('485.72 亿元');
    expect(formatValue(58_639, '户', 'zh')).toBe('5.86 万户');
    expect(formatValue(58_639, '户', 'zh', true)).toBe('5.8639 万户');
    expect(formatValue(485.72, '亿元', 'en', true)).toBe('48.572 bn yuan');
    expect(formatValue(1_234_567, '万元', 'zh', true)).toBe('123.4567 亿元');
    // A printed figure is never rounded to fewer digits than a simulated one of its size.
    expect(formatValue(607, '亿元', 'zh', true)).toBe('607 亿元');
    expect(formatValue(1.5, '年', 'zh', true)).toBe('1.5 年');
    expect(formatValue(100 / 3, '亿元', 'zh', true)).toBe('33.333 亿元');
  });
  it('writes counts of ten thousand and more as 万户', () => {
    expect(formatValue(125_000, '户', 'zh')).toBe('12.5 万户');
    expect(formatValue(9_999, '户', 'zh')).toBe('9,999 户');
    expect(formatValue(125_000, '户', 'en')).toBe('125,000 entities');
  });
  it('shows counts as whole numbers, small ones too (no "1.5 家")', () => {
    expect(formatValue(159.9, '家', 'zh')).toBe('160 家');
    expect(formatValue(1.46, '家', 'zh')).toBe('1 家');
    expect(formatValue(3.9, '条', 'zh')).toBe('4 条');
    expect(formatValue(2, '项', 'zh')).toBe('2 项');
    expect(formatValue(12.4, '家/年', 'zh')).toBe('12 家/年');
    expect(formatValue(0.46, '场/年', 'en')).toBe('0 events/yr');
    expect(formatValue(159.9, '家', 'en')).toBe('160 firms');
    expect(formatValue(3.25, '个', 'en')).toBe('3 units');
    expect(formatValue(1234.5, '条', 'zh')).toBe('1,235 条');
    expect(formatDelta(-12.6, '户', 'zh')).toBe('−13 户');
    expect(isCountUnit('件/年')).toBe(true);
    // Unless the indicator says its values are not whole items (a quantity per head: 每万人口…件).
    expect(formatValue(12.3, '件', 'zh', false, false)).toBe('12.3 件');
    expect(formatValue(12.3, '件', 'zh', false, true)).toBe('12 件');
    expect(formatBare(3.16, '件', 'zh', false)).toBe('3.16');
    expect(formatBare(3.16, '件', 'zh')).toBe('3');
    expect(formatValue(1, '家', 'en')).toBe('1 firm');
    expect(formatValue(1.04, '家/年', 'en')).toBe('1 firm/yr');
    expect(formatValue(2, '家', 'en')).toBe('2 firms');
    expect(isCountUnit('亿元')).toBe(false);
    // money and shares keep their digits
    expect(formatValue(1.46, '亿元', 'zh')).toBe('1.46 亿元');
    expect(formatValue(0.0146, '%', 'zh')).toBe('1.46%');
  });
  it('says a probability inside an English sentence in words, not "P = <1%"', () => {
    expect(formatProbPhrase(0.001, 'en')).toBe('under 1%');
    // Just under a verdict's line it keeps a decimal, so 难以达成 (below 20%) never sits beside "20%".
    expect(formatProb(0.1976, 'zh')).toBe('19.8%');
    expect(formatProb(0.7951, 'zh')).toBe('79.5%');
    expect(formatProb(0.2004, 'zh')).toBe('20%');
    expect(formatProb(0.3, 'zh')).toBe('30%');
    // A rate that rounds to nothing reads 0%: a falling target's median had read "-0%".
    expect(formatRate(-0.0004, 'zh')).toBe('0%');
    expect(formatRate(0.0004, 'zh')).toBe('0%');
    expect(formatRate(-0.034, 'zh')).toBe('-3.4%');
    expect(formatProbPhrase(0.999, 'en')).toBe('over 99%');
    expect(formatProbPhrase(0.42, 'en')).toBe('42%');
    expect(formatProbPhrase(0.001, 'zh')).toBe('<1%');
  });
  it('shows shares stored as fractions as percentages', () => {
    expect(formatValue(0.125, '%', 'zh')).toBe('12.5%');
    expect(formatValue(0.025, '%', 'en')).toBe('2.5%');
    expect(displayScale('%', 'zh')).toBe(100);
  });
  it('shows growth rates, rate changes and ratios stored as fractions × 100, never as 0.04 %/年', () => {
    expect(formatValue(0.04, '%/年', 'zh')).toBe('4%/年');
    expect(formatValue(0.04, '%/年', 'en')).toBe('4%/yr');
    expect(formatValue(0.02, '百分点', 'zh')).toBe('2 个百分点');
    expect(formatValue(0.75, '比例', 'zh')).toBe('75%');
    expect(unitLabel('%/年', 'zh')).toBe('%/年');
    expect(displayScale('%/年', 'zh')).toBe(100);
    expect(formatUncertain(0.04, 0.015, '%/年', 'zh')).toBe('4 ± 1.5%/年');
    expect(formatUncertain(0.008, 0.0024, '%/年', 'zh', { signed: true })).toBe('+0.8 ± 0.24 个百分点');
    expect(formatUncertain(5.5, 1.52, '家/年', 'en', { signed: true })).toBe('+5.5 ± 1.52 firms/yr');
    expect(formatUncertain(85, 15, '家/年', 'zh')).toBe('85 ± 15 家/年');
  });
  it('shows missing numbers as a dash', () => {
    expect(formatValue(Number.NaN, '亿元', 'zh')).toBe('—');
  });
  it('labels units per language', () => {
    expect(unitLabel('亿元', 'zh')).toBe('亿元');
    expect(unitLabel('亿元', 'en')).toBe('bn yuan');
    expect(unitLabel('件/万人', 'en')).toBe('per 10k people');
    // Units of measure in their symbols, not left in Chinese beside an English number.
    expect(formatValue(30, '微克/立方米', 'en')).toBe('30 μg/m³');
    expect(unitLabel('微克/立方米', 'en')).toBe('μg/m³');
    expect(formatValue(30, '微克/立方米', 'zh')).toBe('30 微克/立方米');
    expect(formatValue(1, '年', 'en')).toBe('1 year');
  });
  it('labels a unit in the scale its figures are shown in: an axis of 亿美元 × 0.1 reads bn USD', () => {
    // displayScale turns 3.4 亿美元 into 0.34; the label said 亿美元, so an English axis read 10× too small.
    for (const unit of ['亿元', '万元', '亿美元', '万美元', '%', '户', '家', '件/万人', '亿元/年']) {
      const label = unitLabel(unit, 'en');
      const shown = formatValue(123, unit, 'en');
      if (label !== '' && !/%/.test(label))
        expect(shown.endsWith(label), `${unit}: ${shown} / ${label}`).toBe(true);
      if (displayScale(unit, 'en') !== 1 && !/%/.test(label)) expect(label).not.toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('formatProb / formatRate / formatDelta', () => {
  it('does not overstate certainty near 0 and 1', () => {
    expect(formatProb(0, 'zh')).toBe('<1%');
    expect(formatProb(0.004, 'zh')).toBe('<1%');
    expect(formatProb(0.996, 'zh')).toBe('>99%');
    expect(formatProb(1, 'zh')).toBe('>99%');
    expect(formatProb(0.873, 'zh')).toBe('87%');
    expect(formatProb(null, 'en')).toBe('—');
  });
  it('signs rates and differences', () => {
    expect(formatRate(0.075, 'zh')).toBe('+7.5%');
    expect(formatRate(-0.02, 'en')).toBe('-2%');
    expect(formatDelta(0.012, '%', 'zh')).toBe('+1.2 个百分点');
    expect(formatDelta(-12.5, '亿元', 'zh')).toBe('−12.5 亿元');
  });
});

describe('messages', () => {
  it('has every label in both languages', () => {
    for (const [key, m] of Object.entries(MESSAGES)) {
      expect(m.zh, key).not.toBe('');
      expect(typeof m.en, key).toBe('string');
    }
  });
  it('fills placeholders with the same names in both languages', () => {
    for (const [key, m] of Object.entries(MESSAGES)) {
      const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]))].sort();
      expect(names(m.en), key).toEqual(names(m.zh));
    }
    expect(t('zh', 'status.preview', { paths: 300 })).toBe('预览（300 条路径）');
  });
});

// A rate-only indicator's chained actuals read "1.07 基期=1" in the evaluation: an index, said as one.
describe('formatValue of an index', () => {
  it('says it is an index, to three decimals', () => {
    // With the change since the base it stands for (yearly declines of 3.1% and 2.8% entered: 0.942).
    expect(formatValue(1.068, '基期=1', 'zh')).toBe('指数 1.068（较基期+6.8%）');
    expect(formatValue(0.94712, '基期=1', 'en')).toBe('index 0.947 (−5.3% on the base year)');
    expect(formatValue(1, '基期=1', 'zh')).toBe('指数 1');
    expect(unitLabel('基期=1', 'zh')).toBe('指数（基期=1）');
    // A spreadsheet's unit column too (a tester's report.xlsx read "基期=1").
    expect(sheetUnit('基期=1', 'zh')).toBe('指数（基期=1）');
    expect(sheetUnit('基期=1', 'en')).toBe('index (base year = 1)');
  });
});
