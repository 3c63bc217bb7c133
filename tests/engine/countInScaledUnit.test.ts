// A yearly quota in a scaled unit of people (城镇新增就业每年1.2万人, a tester's): its count was a Poisson drawn in
// 万人, so a recorded pace of 1.25万人 gave 0, 1, 2 or 3 万人 a year (median 1, the quota met on under 1% of paths),
// shown as whole 万人. It is drawn in people and written back in 万人. The pace printed apart in the text
// (2025年，全区城镇新增就业1.25万人) is now its base too; it had been asked for again.
import { describe, expect, it } from 'vitest';
import { isCountIndicator } from '../../engine/plan/countUnit.ts';
import { runSync } from '../../engine/run/run.ts';
import { planFromText } from '../extract/planFromText.ts';

const plan = planFromText(
  [
    '一、发展基础',
    '2025年，全区城镇新增就业1.25万人。',
    '二、发展目标',
    '到2030年，全区城镇新增就业每年1.2万人以上。',
  ].join('\n'),
  2030,
);
const ind = plan.indicators.find((i) => i.dynamics.kind === 'count')!;

describe('a count in 万人', () => {
  it('takes the pace the text prints for the base year', () => {
    expect(ind.unit).toBe('万人');
    expect(ind.base).toMatchObject({ value: 1.25, provenance: { kind: 'plan', figure: '1.25万人' } });
  });

  it('is drawn in people: a median near the pace, in fractions of 万人', () => {
    expect(isCountIndicator(ind)).toBe(false);
    const r = runSync(plan, null, { paths: 2000, seed: 11 });
    const res = r.indicators[ind.id]!;
    expect(res.count).toBe(false);
    const y = r.years.indexOf(2028);
    // ±15% execution around a pace of 1.25: the median within 0.02 of it, and a spread of a few hundredths.
    expect(res.quantiles.p50[y]!).toBeCloseTo(1.25, 1);
    expect(Math.abs(res.quantiles.p50[y]! - 1.25)).toBeLessThan(0.02);
    expect(res.quantiles.p90[y]! - res.quantiles.p10[y]!).toBeGreaterThan(0.2);
    expect(res.quantiles.p90[y]! - res.quantiles.p10[y]!).toBeLessThan(0.8);
    expect(res.deterministic[y]).toBe(1.25);
    const target = r.targets.find((t) => t.indicator === ind.id)!;
    // P(1.25 × execution ≥ 1.2) with execution ~ 100% ± 15%: ≈ 0.6 a year (seed 11, 2,000 paths; ±0.06).
    for (const q of target.quota!) expect(Math.abs(q.pMet! - 0.6)).toBeLessThan(0.06);
  });
});
