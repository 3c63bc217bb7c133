// A plan read from a table names its level target and its growth target after the indicator alike: goal-seek's
// list and the comparison had shown "地区生产总值" twice (tester, session 43). Each now says what it measures.
import { describe, expect, it } from 'vitest';
import { targetLabel } from '../../notebook/model/targetLabel.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';
import { planFromTable } from '../extract/planFromTable.ts';

const plan = planFromTable(['指标名称,单位,2025年基期,2030年目标,年均增长', '地区生产总值,亿元,612,850,7%']);

describe('targetLabel', () => {
  it.each([
    ['zh', '地区生产总值（2030年目标值）', '地区生产总值（至2030年年均增速）'],
    ['en', '地区生产总值 (2030 target level)', '地区生产总值 (annual growth to 2030)'],
  ] as const)(
    '%s: a level and a growth of one indicator, named alike, are told apart',
    (lang, level, growth) => {
      const [a, b] = plan.targets;
      expect([a!.kind, b!.kind]).toEqual(['level', 'growth']);
      expect(a!.name.zh).toBe(b!.name.zh);
      expect(targetLabel(plan, a!, lang)).toBe(level);
      expect(targetLabel(plan, b!, lang)).toBe(growth);
    },
  );

  it('leaves a name no other target shares as it is', () => {
    const yaohai = yaohaiPlan();
    for (const x of yaohai.targets) expect(targetLabel(yaohai, x, 'zh')).toBe(x.name.zh);
  });
});
