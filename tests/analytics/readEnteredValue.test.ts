// A base typed into a field is read as a pasted table's cell is, in the unit the field shows.
import { describe, expect, it } from 'vitest';
import { readEnteredValue } from '../../engine/actuals/readEnteredValue.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';

const households = { unit: '户', name: { zh: '个体工商户数', en: 'Individual businesses' } };
const money = { unit: '亿元', name: { zh: '金融业增加值' } };
const share = { unit: '%', name: { zh: '研发投入强度' } };

const value = (raw: string, ind: typeof money, scale = 1) => {
  const r = readEnteredValue(raw, ind, scale);
  return r.kind === 'value' ? r.value : r.kind;
};

describe('readEnteredValue', () => {
  it('reads separators, number words and written units into the indicator’s unit', () => {
    expect(value('52,000', households)).toBe(52000);
    expect(value('5.2万', households)).toBe(52000);
    expect(value('5.2万户', households)).toBe(52000);
    expect(value('１２３', households)).toBe(123);
    expect(value('75', money)).toBe(75);
    expect(value('750000万元', money)).toBe(75);
    expect(value('  ', money)).toBe('blank');
  });

  it('reads a bare number in the unit the field shows: 7.5 bn yuan is 75 亿元, 33 under % is 0.33', () => {
    expect(value('7.5', money, 0.1)).toBe(75);
    expect(value('33', share, 100)).toBeCloseTo(0.33, 12);
    expect(value('33%', share, 100)).toBeCloseTo(0.33, 12);
    // A unit written in the cell wins over the field's: 75亿元 in an English field is still 75 亿元.
    expect(value('75亿元', money, 0.1)).toBe(75);
  });

  it('refuses what is not one clear number, saying why', () => {
    const why = (raw: string, ind: typeof money) => {
      const r = readEnteredValue(raw, ind);
      return r.kind === 'error' ? renderMessage('zh', r.message) : r.kind;
    };
    expect(why('4OO', households)).toContain('疑为 400');
    expect(why('七十五', money)).toBe('不是数字');
    expect(why('5家', households)).toContain('单位 家');
    expect(why('30%', money)).toContain('单位 %');
    expect(why('5万', share)).toContain('单位 万');
  });
});
