// 中期评估 of a level target whose base is unknown: progress cannot be measured, but what it still takes from
// the latest observation can, and the status says which of the two is missing.
import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { statusKey } from '../../engine/evaluate/statusKey.ts';
import { statusText } from '../../engine/report/evaluationColumns.ts';
import { feasibilityPlan } from './feasibilityFixture.ts';

describe('a level target with an unknown base, observed at mid-term', () => {
  it('gives the growth still needed from the latest value, and says progress needs a base', async () => {
    const ev = await evaluateTargets(
      feasibilityPlan(),
      null,
      { unknown_c: { 2023: 70 } },
      { paths: 200, seed: 2 },
    );
    const c = ev.targets.find((t) => t.id === 'c_2025')!;
    expect(c.base).toBeNull();
    expect(c.progress).toBeNull();
    expect(c.requiredGrowthRemaining!).toBeCloseTo((80 / 70) ** 0.5 - 1, 12);
    expect(c.requiredChangeRemaining!).toBeCloseTo(5, 12);
    expect(statusText(c, 'zh')).toBe('进度待补基期');
    expect(statusText(c, 'en')).toBe('progress needs a base');
    // Counted apart from the unobserved, so a filter on "has data" keeps it.
    expect(statusKey(c)).toBe('no-base');
    expect(ev.summary.counts['no-base']).toBe(1);
    expect(ev.summary.counts['no-data']).toBe(ev.targets.filter((t) => t.latest === null).length);
    // Unobserved targets still read "no data".
    const other = ev.targets.find((t) => t.latest === null)!;
    expect(statusText(other, 'zh')).toBe('无数据');
  });
});
