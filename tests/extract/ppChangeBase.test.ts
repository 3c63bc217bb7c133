// 常住人口城镇化率提高3个百分点 with its base (68.5) typed in the review or given in a table's base column: the
// base is the share's level in %, not a number of points. It had been dropped (基期待补) for its unit 个百分点.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/index.ts';
import { baseUnknownTargets } from '../../engine/generate/baseUnknownTargets.ts';
import { generatePlan } from '../../engine/generate/generatePlan.ts';
import type { GenerateTarget } from '../../engine/generate/generateTypes.ts';
import { planFromTable } from './planFromTable.ts';

const HEAD = '指标,单位,基期年,基期值,目标年,目标值,类型,比较,属性';

/** The odds indicator's base, for a plan file or a loaded plan. */
function oddsBase(plan: { indicators: readonly { id: string; base?: unknown }[] }): unknown {
  return plan.indicators.find((i) => i.id.endsWith('_odds'))?.base;
}

describe('a pp-change target with a base', () => {
  const [target] = extractTargets('到2025年，常住人口城镇化率提高3个百分点。').targets as GenerateTarget[];

  it('is read from the text in points', () => {
    expect(target).toMatchObject({ kind: 'pp-change', unit: '个百分点', value: 3 });
  });

  it('typed in the review, is the share’s level: 68.5 → 0.685, its odds 0.685 / 0.315, counted as a base', () => {
    const typed = { ...target!, base: 68.5, baseEntered: true };
    const { plan } = generatePlan([typed], { targetYear: 2025, baseYear: 2020 });
    expect(oddsBase(plan)).toMatchObject({
      value: expect.closeTo(0.685 / 0.315, 12),
      provenance: { kind: 'derived', from: 'entered' },
    });
    expect(baseUnknownTargets(plan)).toEqual([]);
    // The target stays the rise in points, a fraction of the share.
    expect(plan.targets[0]).toMatchObject({ kind: 'increase', value: 0.03 });
  });

  it.each(['个百分点', '百分点', '%'])(
    'given in a table’s base column (单位 %s), is the share’s level',
    (unit) => {
      const plan = planFromTable(
        [HEAD, `常住人口城镇化率,${unit},2020,68.5,2025,3,提高百分点,以上,预期性`],
        2025,
      );
      const base = oddsBase(plan) as { value: number };
      expect(base.value).toBeCloseTo(0.685 / 0.315, 12);
      expect(baseUnknownTargets(plan as never)).toEqual([]);
    },
  );

  it('of another year than the plan’s base year, is not used, and the 基期待补 note says why', () => {
    const other = { ...target!, base: 68.5, baseYear: 2021, baseEntered: true };
    const { plan } = generatePlan([other], { targetYear: 2025, baseYear: 2020 });
    const base = oddsBase(plan) as { unknown: true; note: { zh: string; en: string } };
    expect(base.unknown).toBe(true);
    expect(base.note.zh).toContain('2021年');
    expect(base.note.zh).not.toContain('未在原文或目标表中给出');
    expect(base.note.en).toContain('2021');
  });
});
