// The levers panel says what a share's odds rate does to the share: its level in the target year from its base,
// and the points a year. A 2% share's odds growing 21.4% a year had read as a 21.4%/年 slider and nothing else.
import { describe, expect, it } from 'vitest';
import { oddsRateShare } from '../../engine/index.ts';
import { oddsRateReading } from '../../notebook/model/oddsRateReading.ts';
import { planFromText } from '../extract/planFromText.ts';

const plan = planFromText(
  '二、主要目标\n2020年，全区数字经济核心产业增加值占地区生产总值比重为8%。到2025年，全区数字经济核心产业增加值占地区生产总值比重达到12%。到2025年，高新技术企业达到300家。',
  2025,
);
const rate = plan.parameters.find((p) => oddsRateShare(plan, p.id) !== null)!;

describe('oddsRateReading', () => {
  it('reads an odds rate as the share’s level in the target year and its points a year', () => {
    expect(rate).toBeDefined();
    const r = oddsRateReading(plan, rate.id, 0.1)!;
    expect(r).toMatchObject({ baseYear: 2020, year: 2025 });
    expect(r.from).toBeCloseTo(0.08, 12);
    // Odds 0.08/0.92 × 1.1⁵ = 0.14005; share = odds / (1 + odds) = 0.12284.
    const odds = (0.08 / 0.92) * 1.1 ** 5;
    expect(r.to).toBeCloseTo(odds / (1 + odds), 12);
    expect(r.perYear).toBeCloseTo((r.to - 0.08) / 5, 12);
    // No change of the odds, no change of the share; a fall is a fall.
    expect(oddsRateReading(plan, rate.id, 0)!.perYear).toBe(0);
    expect(oddsRateReading(plan, rate.id, -0.05)!.perYear).toBeLessThan(0);
  });

  it('says nothing of a parameter that moves no share’s odds, or of a share with no base', () => {
    const other = plan.parameters.find((p) => oddsRateShare(plan, p.id) === null)!;
    expect(oddsRateReading(plan, other.id, 0.1)).toBeNull();
    const noBase = planFromText(
      '二、主要目标\n到2025年，全区数字经济核心产业增加值占地区生产总值比重达到12%。',
      2025,
    );
    const p = noBase.parameters.find((x) => oddsRateShare(noBase, x.id) !== null)!;
    expect(p).toBeDefined();
    expect(oddsRateReading(noBase, p.id, 0.1)).toBeNull();
  });
});
