// 五年累计 / 累计新增 in prose: a total over the period, the sum of each year's figure. It had read as the level
// of the target year (技术合同成交额五年累计 60亿元 in 2030, with no base), beside the yearly level the plan's table
// states for 2030.
import { describe, expect, it } from 'vitest';
import { cumulativeCount } from '../../engine/extract/cumulativeCount.ts';
import { extractTargets } from '../../engine/extract/index.ts';
import { isPeriodTotal } from '../../engine/extract/isPeriodTotal.ts';
import { generatePlan } from '../../engine/generate/generatePlan.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { extractMessage } from '../../engine/report/extractMessage.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { runSync } from '../../engine/run/run.ts';
import { planFromText } from './planFromText.ts';

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

// 累计建成充电桩 N 个 by the target year is the number standing then, as ministries count 5G stations to date;
// it had been read as N built within the plan's years (from 800 in 2025, a target of 800 + 2,400), and its
// name kept the verb after 全区, so the printed base (全区建成充电桩800个) was asked for again.
describe('a bare 累计 before a count (累计建成…个, 累计引进…家)', () => {
  const text = [
    '一、发展基础',
    '2025年，全区建成公共充电桩800个，培育专精特新企业46家。',
    '二、发展目标',
    '到2030年，全区累计建成公共充电桩2400个，五年累计建成口袋公园30个，全区培育专精特新企业90家，累计完成技改投资120亿元，累计引进总部企业12家。',
  ].join('\n');
  const d = extractTargets(text);
  const byFigure = (figure: string) => d.targets.find((t) => t.figure === figure)!;

  it('cumulativeCount: 累计建成/拥有/达到 of things that stay is to date, another verb in the period', () => {
    expect(cumulativeCount('全区累计建成公共充电桩', '个')).toBe('to-date');
    expect(cumulativeCount('累计拥有省级专精特新企业', '家')).toBe('to-date');
    expect(cumulativeCount('累计培育专精特新企业', '家')).toBe('in-period');
    expect(cumulativeCount('五年累计建成口袋公园', '个')).toBeNull();
    expect(cumulativeCount('“十四五”期间累计建成', '个')).toBeNull();
    expect(cumulativeCount('累计新增冷库', '座')).toBeNull();
    expect(cumulativeCount('累计完成技改投资', '亿元')).toBeNull();
    expect(cumulativeCount('累计建成', '人')).toBeNull();
    expect(cumulativeCount('全区建成公共充电桩', '个')).toBeNull();
    expect(isPeriodTotal('全区累计建成公共充电桩', '个')).toBe(false);
  });

  it('reads it as a level under the name of the base fact, and says so by line', () => {
    expect(byFigure('2400个')).toMatchObject({ name: '全区公共充电桩', kind: 'level' });
    expect(byFigure('2400个').total).toBeUndefined();
    expect(d.baseFacts.find((f) => f.figure === '800个')!.name).toBe('全区公共充电桩');
    expect(byFigure('30个')).toMatchObject({ kind: 'increase', total: true });
    expect(byFigure('120亿元')).toMatchObject({ kind: 'increase', total: true });
    expect(byFigure('90家').name).toBe('全区专精特新企业');
    expect(byFigure('12家')).toMatchObject({ kind: 'increase', total: true });
    const notes = d.messages.filter((m) => m.code === 'total-to-date' || m.code === 'total-in-period');
    expect(notes).toEqual([
      { code: 'total-to-date', line: 4, text: '累计建成公共充电桩2400个' },
      { code: 'total-in-period', line: 4, text: '累计引进总部企业12家' },
    ]);
    expect(renderMessage('zh', extractMessage(notes[0]!))).toContain(
      '全文第 4 行“累计建成公共充电桩2400个”：读作到目标年的总数',
    );
    expect(renderMessage('zh', extractMessage(notes[1]!))).toContain('读作规划期内新增的合计');
  });

  it('grows from the printed base: the target is 2,400 standing, not 800 + 2,400', () => {
    const plan = planFromText(text, 2030);
    const target = plan.targets.find((t) => t.value === 2400)!;
    const ind = plan.indicators.find((i) => i.id === target.indicator)!;
    expect(target.kind).toBe('level');
    expect(ind.base).toMatchObject({ value: 800, provenance: { kind: 'plan', figure: '800个' } });
    const firms = plan.indicators.find((i) => i.id === plan.targets.find((t) => t.value === 90)!.indicator)!;
    expect(firms.base).toMatchObject({ value: 46 });
  });
});
