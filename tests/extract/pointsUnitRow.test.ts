// A table row in 个百分点 says by its unit what it measures: a share's rise in points, as the text's
// 提高N个百分点 is read. Without a 类型 column it had been a level of N in a unit of points.
import { describe, expect, it } from 'vitest';
import { readPlanTable } from '../../engine/table/index.ts';
import { planFromTable } from './planFromTable.ts';

const header = '指标,单位,基期年,基期值,目标年,目标值';

describe('a table row in 个百分点 with no 类型', () => {
  it('is a rise in points, not a level', () => {
    const { targets, issues } = readPlanTable([header, '城镇化率,个百分点,2020,61,2025,3'].join('\n'));
    expect(targets.map((t) => [t.kind, t.value, t.comparator, t.total ?? false])).toEqual([
      ['pp-change', 3, '>=', false],
    ]);
    // 3 below a base of 61 is no level below its base: nothing to warn.
    expect(issues.map((i) => i.code)).not.toContain('below-base');
  });

  it('reads a bracketed figure in 个百分点 as points over the period, not a sum of yearly figures', () => {
    const { targets } = readPlanTable([header, '城镇化率,个百分点,2020,61,2025,〔2.5〕'].join('\n'));
    expect(targets.map((t) => [t.kind, t.value, t.total ?? false])).toEqual([['pp-change', 2.5, false]]);
  });

  it('turns a name that says the share falls into a fall in points', () => {
    const { targets } = readPlanTable([header, '城镇调查失业率下降,个百分点,2020,5.6,2025,0.4'].join('\n'));
    expect(targets.map((t) => [t.kind, t.value, t.comparator])).toEqual([['pp-change', -0.4, '<=']]);
  });

  it('keeps the 类型 the row states', () => {
    const { targets } = readPlanTable(
      [`${header},类型`, '城镇化率,个百分点,2020,61,2025,64,总量'].join('\n'),
    );
    expect(targets[0]!.kind).toBe('level');
  });

  it('generates the share’s increase of 3 points over its base', () => {
    const plan = planFromTable([header, '城镇化率,个百分点,2020,61,2025,3'], 2025);
    const [target] = plan.targets;
    expect([target!.kind, target!.value, target!.unit]).toEqual(['increase', 0.03, '%']);
    expect(plan.indicators.find((i) => i.id === target!.indicator)!.unit).toBe('%');
  });
});
