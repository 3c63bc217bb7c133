import { describe, expect, it } from 'vitest';
import { formatUncertain } from '../../notebook/format/formatUncertain.ts';
import {
  displayScale,
  formatDelta,
  formatProb,
  formatRate,
  formatValue,
  unitLabel,
} from '../../notebook/format/formatValue.ts';
import { MESSAGES } from '../../notebook/i18n/messages.ts';
import { t } from '../../notebook/i18n/t.ts';

describe('formatValue', () => {
  it('writes 亿元 amounts in Chinese and converts them to bn yuan in English', () => {
    expect(formatValue(607, '亿元', 'zh')).toBe('607 亿元');
    expect(formatValue(607.25, '亿元', 'zh')).toBe('607.3 亿元');
    expect(formatValue(607, '亿元', 'en')).toBe('60.7 bn yuan');
  });
  it('writes counts of ten thousand and more as 万户', () => {
    expect(formatValue(125_000, '户', 'zh')).toBe('12.5 万户');
    expect(formatValue(9_999, '户', 'zh')).toBe('9,999 户');
    expect(formatValue(125_000, '户', 'en')).toBe('125,000 entities');
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
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      expect(names(m.en), key).toEqual(names(m.zh));
    }
    expect(t('zh', 'status.preview', { paths: 300 })).toBe('预览（300 条路径）');
  });
});
