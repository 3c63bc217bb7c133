// A base the plan prints (485.72 亿元, 58,639 户) is shown as printed in the evaluation's table and its CSV
// value, where a director holds it beside the plan (周科长: 485.7 亿元 and 5.86 万户 beside 规划原文).

import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { evaluationColumn } from '../../engine/report/evaluationColumns.ts';
import { planFromTable } from '../extract/planFromTable.ts';

const plan = planFromTable([
  '指标名称,单位,2020年基期,2025年目标',
  '中小企业增加值,亿元,485.72,700',
  '注册企业数,户,58639,100000',
]);

describe('a printed base, shown', () => {
  it('keeps its printed decimals in the evaluation table and its CSV value', async () => {
    const ev = await evaluateTargets(plan, null, {}, { paths: 200, seed: 1 });
    const [va, firms] = plan.targets.map((t) => ev.targets.find((x) => x.id === t.id)!);
    expect(['plan', 'entered']).toContain(va!.baseSource); // a table brought in is the planner's entry
    expect(evaluationColumn('base').text(va!, 'zh')).toBe('485.72 亿元');
    expect(evaluationColumn('base').value(va!, 'zh')).toBe(485.72);
    expect(evaluationColumn('base').text(firms!, 'zh')).toBe('5.8639 万户');
    expect(evaluationColumn('base').value(firms!, 'zh')).toBe(58_639);
  });
});
