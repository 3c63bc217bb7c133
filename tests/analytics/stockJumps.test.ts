// A retester: a counted stock entered as 3, 5 and 70 (医养服务示范点, 13 planned from none) read 提前实现 at
// 538.5% of the way with no question; so did 1, 2, 40 for the incubators added since 2020 (five planned). A
// year's rise far above both the plan's yearly step and the other years' rises is questioned, never refused.
import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { questionedActuals } from '../../engine/actuals/questionedActuals.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { questionedItem } from '../../engine/report/verdictMessage.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';

const plan = yaohaiPlan();
const years = (v: number[]) => Object.fromEntries(v.map((x, i) => [String(2021 + i), x]));

describe('a year a counted stock jumps', () => {
  it('is questioned with its rise, the plan’s step and the other years’ rises, in zh and en', () => {
    const q = questionedActuals(plan, { health_demo_points: years([3, 5, 70]) });
    expect(q.map((x) => [x.year, x.why, x.against])).toEqual([
      [2023, 'jump', { pace: 13 / 5, others: 2.5, step: 65 }],
    ]);
    const zh = renderMessage('zh', questionedItem(q[0]!));
    expect(zh).toContain('2023年医养服务示范点数 70 个 比前一个已知值每年多 65 个');
    expect(zh).toContain('规划每年增量 2.6 个');
    const en = renderMessage('en', questionedItem(q[0]!));
    expect(en).toContain('up 65 units a year on the value before');
    expect(en).not.toMatch(/NaN/);
  });

  it('is asked about at the paste too, and of a running total since the base year', () => {
    const paste = '指标\t2021\t2022\t2023\n新增市级及以上科技孵化器、众创空间（自2020年累计）\t1\t2\t40';
    const issues = parseActuals(paste, plan).issues.filter((i) => i.code === 'stockJump');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.severity).toBe('warning');
  });

  it('leaves a steady rise, a rise in line with the plan, and a first year with nothing to compare', () => {
    expect(questionedActuals(plan, { health_demo_points: years([3, 5, 8]) })).toEqual([]);
    // 13 in 2023 after 3 and 5: 8 is three times the plan's 2.6, not five.
    expect(questionedActuals(plan, { health_demo_points: years([3, 5, 13]) })).toEqual([]);
    expect(questionedActuals(plan, { health_demo_points: { '2021': 12 } })).toEqual([]);
  });
});
