import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../engine/extract/findQuantities.ts';
import { readChineseNumber } from '../../engine/extract/readChineseNumber.ts';
import { toHalfWidthSameLength } from '../../engine/extract/toHalfWidthSameLength.ts';

describe('readChineseNumber', () => {
  it.each([
    ['三', 3],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['两千', 2000],
    ['一百零五', 105],
    ['十万', 100_000],
    ['一百万', 1_000_000],
    ['一亿二千万', 120_000_000],
    ['三万亿', 3e12],
    ['二〇二五', 2025],
  ])('%s = %d', (text, value) => {
    expect(readChineseNumber(text)).toBe(value);
  });

  it('refuses anything that is not a Chinese numeral', () => {
    expect(readChineseNumber('')).toBeNull();
    expect(readChineseNumber('三家')).toBeNull();
    expect(readChineseNumber('12')).toBeNull();
  });
});

describe('findQuantities', () => {
  const read = (text: string) =>
    findQuantities(text).map((q) => [text.slice(q.start, q.end), q.value, q.unit]);

  it('reads numbers with their units, longest unit first', () => {
    expect(read('达到607亿元，新增4.5万户，提高3个百分点，占70%，1,200万元')).toEqual([
      ['607亿元', 607, '亿元'],
      ['4.5万户', 4.5, '万户'],
      ['3个百分点', 3, '个百分点'],
      ['70%', 70, '%'],
      ['1,200万元', 1200, '万元'],
    ]);
  });

  it('reads ranges with - – — ~ ～ 至 and a unit on one or both ends', () => {
    expect(read('3-5家 10—15场 50–80个 1~2条 三至五家 3家至5家 10%-15%')).toEqual([
      ['3-5家', [3, 5], '家'],
      ['10—15场', [10, 15], '场'],
      ['50–80个', [50, 80], '个'],
      ['1~2条', [1, 2], '条'],
      ['三至五家', [3, 5], '家'],
      ['3家至5家', [3, 5], '家'],
      ['10%-15%', [10, 15], '%'],
    ]);
  });

  it('gives a Chinese numeral its 万 back as the unit, as for Arabic digits', () => {
    expect(read('十万户 一百万家 两千家 近千家 百亿级')).toEqual([
      ['十万户', 10, '万户'],
      ['一百万家', 100, '万家'],
      ['两千家', 2000, '家'],
      ['千家', 1000, '家'],
      ['百亿级', 100, '亿元'],
    ]);
  });

  it('skips what is not a quantity: years, dates, spans, codes, articles, magnitudes', () => {
    expect(
      read('2021-2025年 2023年1月 5G基站 G60走廊 25:75 第3家 一座新城 每万人 二〇二五年 一批企业'),
    ).toEqual([]);
  });

  it('half-width normalisation keeps every offset', () => {
    const full = '达到１００家，（约）８％～１０％';
    const half = toHalfWidthSameLength(full);
    expect(half.length).toBe(full.length);
    expect(half).toBe('达到100家,(约)8%~10%');
  });
});
