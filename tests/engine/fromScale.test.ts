// A number typed, slid or pasted in the display's scale (2.2 %) is kept in the model's (0.022) without the
// division's binary noise: a scenario file had carried 0.022000000000000002 (孙科长).
import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { fromPercent, fromScale } from '../../engine/units/fromScale.ts';
import { yaohaiPlan } from './planFixtures.ts';

describe('fromScale', () => {
  it('divides out the display scale without binary noise', () => {
    expect(2.2 / 100).not.toBe(0.022);
    expect(fromPercent(2.2)).toBe(0.022);
    expect(JSON.stringify({ g: fromPercent(2.2) })).toBe('{"g":0.022}');
    for (const d of [0.1, 0.7, 1.15, 3.3, 7.5, 12.35, -0.6]) expect(fromPercent(d)).toBe(Number(`${d}e-2`));
  });

  it('keeps the digits a value has (a scale of 1 changes nothing)', () => {
    expect(fromScale(0.123456789, 1)).toBe(0.123456789);
    expect(fromScale(1234567.5, 1)).toBe(1234567.5);
    expect(fromScale(0, 100)).toBe(0);
  });

  it('reads a pasted share without noise', () => {
    // 1.4% divides to 0.013999999999999999; the pasted share is kept as 0.014.
    expect(1.4 / 100).not.toBe(0.014);
    const parsed = parseActuals('指标\t2023\n五大支柱产业中小企业生产总值占GDP比重\t70.7%', yaohaiPlan(), {
      source: 'x',
      thisYear: 2026,
    });
    expect(parsed.actuals).toEqual({ pillar_share: { '2023': 0.707 } });
  });
});
