// 五年累计 / 累计新增 in prose: a total over the period, the sum of each year's figure. It had read as the level
// of the target year (技术合同成交额五年累计 60亿元 in 2030, with no base), beside the yearly level the plan's table
// states for 2030.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/index.ts';
import { isPeriodTotal } from '../../engine/extract/isPeriodTotal.ts';
import { generatePlan } from '../../engine/generate/generatePlan.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { runSync } from '../../engine/run/run.ts';

const TEXT = [
  '到2029年，农产品电商交易额五年累计达到45亿元，五年累计培训高素质农民2000人，累计新增冷库20座；农业科技进步贡献率累计提高5个百分点，粮食产量累计增长6%。',
  '分年度指标',
  '指标\t单位\t2024年\t2029年',
  '农产品电商交易额\t亿元\t6\t11',
].join('\n');
const draft = extractTargets(TEXT);
const byFigure = (figure: string) => draft.targets.find((t) => t.figure === figure)!;

describe('a total over the period in prose', () => {
  it('isPeriodTotal: 累计 before an amount or a count, not before a rate', () => {
    expect(isPeriodTotal('交易额五年累计达到', '亿元')).toBe(true);
    expect(isPeriodTotal('累计新增冷库', '座')).toBe(true);
    expect(isPeriodTotal('粮食产量累计增长', '%')).toBe(false);
    expect(isPeriodTotal('贡献率累计提高', '个百分点')).toBe(false);
    expect(isPeriodTotal('交易额达到', '亿元')).toBe(false);
  });

  it('reads 五年累计 / 累计新增 as a total of the thing summed; a 累计 rate keeps its own kind', () => {
    expect(byFigure('45亿元')).toMatchObject({ name: '农产品电商交易额', kind: 'increase', total: true });
    expect(byFigure('2000人')).toMatchObject({ name: '培训高素质农民', kind: 'increase', total: true });
    expect(byFigure('20座')).toMatchObject({ name: '冷库', kind: 'increase', total: true });
    expect(byFigure('5个百分点')).toMatchObject({ kind: 'pp-change' });
    expect(byFigure('5个百分点').total).toBeUndefined();
    expect(byFigure('6%')).toMatchObject({ kind: 'cumulative-growth' });
  });

  it('generates the running sum of a yearly flow, asking for no stock at the base year', () => {
    const { plan } = generatePlan(draft.targets, { facts: draft.baseFacts });
    const onlyTotal = plan.targets.find((t) => t.name.zh.startsWith('培训高素质农民'))!;
    const sum = plan.indicators.find((i) => i.id === onlyTotal.indicator)!;
    expect(sum.dynamics).toEqual({ kind: 'cumulative', flow: `${sum.id}_flow` });
    expect(plan.indicators.find((i) => i.id === `${sum.id}_flow`)!.dynamics.kind).toBe('growth');
    expect(onlyTotal).toMatchObject({ kind: 'increase', value: 2000 });
  });

  // 累计新增省级以上研发平台30个 beside the platforms a statistics office counts each year (42, 47, 53): summed as
  // yearly flows they had read 总量 100 in 2027.
  it('reads a total of things that stay (20座 冷库) as the rise of their stock, not a sum of yearly figures', () => {
    const { plan } = generatePlan(draft.targets, { facts: draft.baseFacts });
    const stores = plan.targets.find((t) => t.name.zh.startsWith('冷库'))!;
    expect(stores).toMatchObject({ kind: 'increase', value: 20 });
    expect(plan.indicators.find((i) => i.id === stores.indicator)!.dynamics.kind).toBe('stock');
  });

  it('sums the yearly level the table states, when the plan gives both (11亿元 in 2029, 45亿元 over five years)', () => {
    const { plan } = generatePlan(draft.targets, { facts: draft.baseFacts });
    const level = plan.targets.find((t) => t.name.zh.startsWith('农产品电商交易额') && t.kind === 'level')!;
    const total = plan.targets.find(
      (t) => t.name.zh.startsWith('农产品电商交易额') && t.kind === 'increase',
    )!;
    const yearly = plan.indicators.find((i) => i.id === level.indicator)!;
    expect(yearly.base).toMatchObject({ value: 6 });
    expect(plan.indicators.find((i) => i.id === total.indicator)!.dynamics).toEqual({
      kind: 'cumulative',
      flow: yearly.id,
    });
    const result = runSync(loadPlan(JSON.parse(JSON.stringify(plan)), 'p.json'), null, {
      paths: 10,
      seed: 1,
    });
    const path = result.indicators[yearly.id]!.deterministic;
    const sum = result.indicators[total.indicator!]!.deterministic;
    // 2025…2029: the five yearly figures after the base year.
    expect(sum[sum.length - 1]).toBeCloseTo(
      path.slice(1).reduce((a, b) => a + b, 0),
      9,
    );
  });
});
