// Bare figures (no unit) pasted for an energy-intensity target the plan states only as a fall (下降13.5%), so
// simulated as an index (基期=1): read by their size, and asked about where the size does not tell.
import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { planFromText } from '../extract/planFromText.ts';

const plan = planFromText('到2025年，全区单位地区生产总值能耗较2020年下降13.5%。', 2025);
const id = plan.indicators[0]!.id;
const paste = (figures: string) =>
  parseActuals(`指标,2021,2022,2023\n全区单位地区生产总值能耗,${figures}\n`, plan);
const asked = (r: ReturnType<typeof parseActuals>) =>
  r.issues
    .filter((i) => i.code === 'bareIndexOrRate')
    .map((i) => [i.severity, i.row, i.messageZh, i.message]);

describe('bare figures for a falling index', () => {
  it('reads 2.8 2.5 2.2 as a 统计公报’s yearly falls, not an index of 2.8', () => {
    const r = paste('2.8,2.5,2.2');
    expect(r.actuals[id]!['2023']).toBeCloseTo(0.972 * 0.975 * 0.978, 12);
    expect(asked(r)).toEqual([]);
  });

  it('reads 0.97 0.95 0.92 as its index, and asks whether they are falls', () => {
    const r = paste('0.97,0.95,0.92');
    expect(r.actuals[id]!['2023']).toBe(0.92);
    expect(asked(r)).toEqual([
      [
        'warning',
        2,
        '全区单位地区生产总值能耗（指数，基期=1）：未写单位，按指数（基期=1）读；若是逐年下降率请加 %，请核对',
        expect.stringContaining('read as its index (base year = 1); if these are yearly falls, add %'),
      ],
    ]);
  });

  it('reads 0.41 0.40 0.39 as yearly falls, and asks whether they are levels in 吨标准煤/万元', () => {
    const r = paste('0.41,0.40,0.39');
    expect(r.actuals[id]!['2021']).toBeCloseTo(1 - 0.0041, 12);
    expect(asked(r).map(([, , zh, en]) => [zh, en])).toEqual([
      [
        expect.stringContaining('按逐年下降率读；若是吨标准煤/万元等水平值'),
        expect.stringContaining('if these are levels (tce per 10k yuan)'),
      ],
    ]);
  });

  it('asks nothing of figures whose unit says what they are', () => {
    expect(asked(parseActuals('指标,单位,2021\n全区单位地区生产总值能耗,%,0.9\n', plan))).toEqual([]);
  });
});
