import { describe, expect, it } from 'vitest';
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
    expect(readBaseCell('3l8', '亿元', false)).toEqual({ ok: false, problem: 'number' });
    expect(readBaseCell('两千', '家', false)).toEqual({ ok: false, problem: 'number' });
  });
});
