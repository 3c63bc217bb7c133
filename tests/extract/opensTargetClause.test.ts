import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/index.ts';
import { opensTargetClause } from '../../engine/extract/opensTargetClause.ts';

describe('a past year said in passing inside a target paragraph dates its own clause only', () => {
  it('opensTargetClause reads the clause up to its first mark', () => {
    expect(opensTargetClause('年均增长9%。')).toBe(true);
    expect(opensTargetClause('其中制造业为4亿元，增长6%')).toBe(false);
  });

  it('the figures after a 2024年为… clause stay targets of the plan’s year', () => {
    const r = extractTargets(
      '二、重点工作\n到2029年，全镇农产品加工产值达到40亿元，2024年为22亿元。培育农业龙头企业，农民合作社数量年均增长6%。休闲农业收入占农业总收入比重达到18%左右。\n',
    );
    expect(r.targets.map((t) => [t.figure, t.year, t.kind])).toEqual([
      ['40亿元', 2029, 'level'],
      ['6%', 2029, 'growth'],
      ['18%左右', 2029, 'share'],
    ]);
    expect(r.baseFacts.map((f) => [f.figure, f.year, f.name])).toEqual([
      ['22亿元', 2024, '全镇农产品加工产值'],
    ]);
  });

  it('a clause that opens with a target verb ends the past year; one that does not stays a fact', () => {
    const r = extractTargets(
      '到2029年，冷链仓储能力达到30万吨，2024年为12万吨，其中县城6万吨，年均增长15%。',
    );
    expect(r.targets.map((t) => t.figure)).toEqual(['30万吨', '15%']);
    expect(r.baseFacts.map((f) => f.figure)).toEqual(['12万吨', '6万吨']);
  });

  it('较2024年下降12% is a target against the base year, not a 2024 fact', () => {
    const r = extractTargets(
      '到2029年，物流总额达到90亿元，2024年为61亿元。单位物流成本较2024年下降12%，全面推行绿色包装。\n',
    );
    expect(r.targets.find((t) => t.figure === '12%')).toMatchObject({
      name: '单位物流成本',
      value: -12,
      comparator: '<=',
      kind: 'cumulative-growth',
      year: 2029,
    });
    expect(r.baseFacts.map((f) => f.figure)).toEqual(['61亿元']);
  });

  it('a paragraph that opens with the past keeps its facts to its end', () => {
    const r = extractTargets('截至2024年底，全镇家庭农场320家；农民合作社86家。培育省级示范社12家。\n', {
      targetYear: 2029,
    });
    expect(r.targets).toEqual([]);
    expect(r.baseFacts.map((f) => f.figure)).toEqual(['320家', '86家', '12家']);
  });
});
