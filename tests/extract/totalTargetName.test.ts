// A total over the period whose printed figure says 累计 itself (原文 五年累计1500亿元) is named with that figure
// once: the generator had put its own 累计 before it, "固定资产投资：累计五年累计1500亿元" in every view.
import { describe, expect, it } from 'vitest';
import { planFromTable } from './planFromTable.ts';

describe('a total’s target name', () => {
  it('does not say 累计 twice when the printed figure says it', () => {
    const plan = planFromTable(
      [
        '指标,单位,目标值,目标年,类型,原文',
        '固定资产投资,亿元,1500,2025,五年累计,五年累计1500亿元',
        '城镇新增就业,万人,3,2025,五年累计,五年累计3万人',
      ],
      2025,
    );
    expect(plan.targets.map((t) => t.name.zh)).toEqual([
      '固定资产投资：五年累计1500亿元',
      '城镇新增就业：五年累计3万人',
    ]);
  });

  it('still says 累计 before a figure that does not', () => {
    const plan = planFromTable(
      ['指标,单位,目标值,目标年,类型,原文', '固定资产投资,亿元,1500,2025,五年累计,1500亿元'],
      2025,
    );
    expect(plan.targets[0]!.name.zh).toBe('固定资产投资：累计1500亿元');
  });
});
