import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../engine/index.ts';
import { readBaseCell } from '../../notebook/model/readBaseCell.ts';

describe('a base typed in the import review', () => {
  it('beside a rate, is a level with the unit typed; without a unit it is refused, not dropped later', () => {
    expect(readBaseCell('120亿元', '%', true)).toEqual({ ok: true, base: 120, unit: '亿元' });
    expect(readBaseCell(' 1,250.5 万元 ', '%', true)).toEqual({ ok: true, base: 1250.5, unit: '万元' });
    expect(readBaseCell('120', '%', true)).toEqual({ ok: false, problem: 'unit' });
  });

  it('elsewhere, is a number in the row’s unit, or converted to it', () => {
    expect(readBaseCell('318', '亿元', false)).toEqual({ ok: true, base: 318 });
    expect(readBaseCell('318亿元', '亿元', false)).toEqual({ ok: true, base: 318 });
    expect(readBaseCell('5.62万户', '户', false)).toEqual({ ok: true, base: 56200 });
    expect(readBaseCell('12家', '亿元', false)).toEqual({ ok: false, problem: 'unit' });
  });

  it('is empty or not a number', () => {
    expect(readBaseCell('  ', '亿元', false)).toEqual({ ok: true, base: null });
    expect(readBaseCell('3l8', '亿元', false)).toMatchObject({ ok: false, problem: 'number' });
    expect(readBaseCell('两千', '家', false)).toMatchObject({ ok: false, problem: 'number' });
  });

  // A tester: 未保存：…第 5 行“基期值”：“2OO” had said no why.
  it('says why a number does not read, as a pasted cell would', () => {
    const read = readBaseCell('2OO', '家', false);
    expect(read.ok).toBe(false);
    if (read.ok || read.problem !== 'number') return;
    expect(renderMessage('zh', read.reason!)).toBe('数字里混有字母 O 或 l，疑为 200');
    // Not a unit "O" beside 6: a letter for a digit.
    const six = readBaseCell('6O', '亿元', false);
    expect(!six.ok && six.problem === 'number' && renderMessage('zh', six.reason!)).toBe(
      '数字里混有字母 O 或 l，疑为 60',
    );
    const words = readBaseCell('两千', '家', false);
    expect(!words.ok && words.problem === 'number' && renderMessage('en', words.reason!)).toBeTruthy();
  });
});
