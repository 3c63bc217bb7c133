// A comparison row's figures share one unit and scale (N9): 6.99 万户 and 6.02 万户 had stood beside a difference
// of −9,665 户, which a director could not check by subtraction. The row's largest figure reads as formatValue
// writes it alone, and the figures as shown subtract to the difference as shown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonScale } from '../../engine/report/commonScale.ts';
import { formatValue } from '../../engine/report/formatValue.ts';

/** The number a figure shows, at its display scale: "+6.99 万户" → 6.99, "−0.97 万户" → −0.97. */
const shownNumber = (text: string) => {
  const m = /^([-−+±]?)([\d,]+(?:\.\d+)?)/.exec(text)!;
  return (m[1] === '-' || m[1] === '−' ? -1 : 1) * Number(m[2]!.replaceAll(',', ''));
};
/** What follows the number: its unit as shown, in the plural ("1 entity" is in entities). */
const shownUnit = (text: string) =>
  text
    .replace(/^[-−+±]?[\d,]+(?:\.\d+)?/, '')
    .replace(/ entity$/, ' entities')
    .replace(/ (firm|unit|item)$/, ' $1s')
    .replace(/ person$/, ' people');

const UNITS = [
  '户',
  '家',
  '人',
  '个',
  '件',
  '万元',
  '亿元',
  '亿美元',
  '万美元',
  '吨',
  '件/万人',
  '%',
  '百分点',
];

describe('commonScale', () => {
  it('writes a row of 户 in 万户 when its largest figure is, its difference included', () => {
    // 新增市场主体 in 基准 and 下行: the difference alone is under ten thousand.
    const [a, b] = [69_883.5, 60_218.5];
    expect(formatValue(b - a, '户', 'zh')).toBe('-9,665 户'); // as the difference had read, alone
    const row = commonScale([a, b, b - a], '户', 'zh', { whole: true });
    expect([row.figure(a), row.figure(b)]).toEqual(['6.99 万户', '6.02 万户']);
    const d = row.difference(b, a);
    expect(row.change(Math.abs(d))).toBe('0.97 万户');
    // In English the count has one unit at any size.
    const en = commonScale([a, b, b - a], '户', 'en', { whole: true });
    expect([en.figure(a), en.figure(b), en.change(Math.abs(en.difference(b, a)))]).toEqual([
      '69,884 entities',
      '60,219 entities',
      '9,665 entities',
    ]);
  });

  it('writes 万元 in 亿元, and smaller figures at the largest one’s decimals', () => {
    const row = commonScale([12_000, 9_500], '万元', 'zh');
    expect([row.figure(12_000), row.figure(9_500), row.change(2_500)]).toEqual([
      '1.2 亿元',
      '0.95 亿元',
      '0.25 亿元',
    ]);
    // 1,234 亿元 shows no decimals, so 98.76 亿元 beside it shows none either.
    const money = commonScale([1_234.4, 98.76], '亿元', 'zh');
    expect([money.figure(1_234.4), money.figure(98.76)]).toEqual(['1,234 亿元', '99 亿元']);
    expect(money.difference(1_234.4, 98.76)).toBe(1_135);
  });

  it('takes a difference as the figures show it: 255 and 166 家 differ by 89', () => {
    const row = commonScale([255, 165.5], '家', 'zh', { whole: true });
    expect([row.figure(255), row.figure(165.5)]).toEqual(['255 家', '166 家']);
    expect(row.difference(165.5, 255)).toBe(-89);
    const rates = commonScale([0.2364, 0.1516], '%', 'zh', { rate: true });
    expect([rates.figure(0.2364), rates.figure(0.1516)]).toEqual(['+23.6%', '+15.2%']);
    expect(rates.change(Math.abs(rates.difference(0.1516, 0.2364)))).toBe('8.4 个百分点');
  });

  it('writes a figure alone as formatValue does, in both languages', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...UNITS),
        fc.constantFrom('zh' as const, 'en' as const),
        fc.constantFrom(true, false, undefined),
        fc.double({ min: -2e6, max: 2e6, noNaN: true }),
        (unit, lang, whole, v) => {
          expect(commonScale([v], unit, lang, { whole }).figure(v)).toBe(
            formatValue(v, unit, lang, false, whole),
          );
        },
      ),
      { seed: 40, numRuns: 600 },
    );
  });

  it('writes a row in one unit, whose figures as shown subtract to the difference as shown', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...UNITS),
        fc.constantFrom('zh' as const, 'en' as const),
        fc.double({ min: 0, max: 2e5, noNaN: true }),
        fc.double({ min: 0, max: 2e5, noNaN: true }),
        (unit, lang, a, b) => {
          const row = commonScale([a, b, b - a], unit, lang, { whole: true });
          const d = row.difference(b, a);
          const texts = [row.figure(a), row.figure(b), row.change(Math.abs(d))];
          // A share's difference is in points, its figures in percent: the same scale, × 100.
          const units = texts.map(shownUnit).map((u) => u.replace(/^( 个百分点| pp)$/, '%'));
          expect(new Set(units).size, texts.join(' | ')).toBe(1);
          const [x, y, z] = texts.map(shownNumber) as [number, number, number];
          expect(Math.abs(y - x - Math.sign(d) * z), texts.join(' | ')).toBeLessThan(
            1e-9 * Math.max(1, x, y),
          );
          // And the largest of them reads as formatValue writes it.
          const big = Math.max(a, b);
          expect(row.figure(big)).toBe(formatValue(big, unit, lang, false, true));
        },
      ),
      { seed: 40, numRuns: 600 },
    );
  });
});

describe('commonScale in English, with the English units of session 40', () => {
  it('writes a row of sums in 万元 under a million in whole yuan, sharing the scale', () => {
    const s = commonScale([6, 4.5, 1.5], '万元', 'en');
    expect(s.figure(6)).toBe('60,000 yuan');
    expect(s.figure(4.5)).toBe('45,000 yuan');
    expect(s.change(s.difference(6, 4.5))).toBe('15,000 yuan');
  });
  it('keeps a row in millions when its largest is a million or more', () => {
    const s = commonScale([250, 6], '万元', 'en');
    expect(s.figure(250)).toBe('2.5 m yuan');
    expect(s.figure(6)).toBe('0.06 m yuan');
  });
  it('names 家 of institutions "units" given the indicator', () => {
    const s = commonScale([20, 16], { unit: '家', name: { zh: '市级研发机构' } }, 'en');
    expect(s.figure(20)).toBe('20 units');
  });
});
