// Counted tasks with no record of delivery (the Yaohai plan's 街区, 载体, 后备库 …) are simulated at the plan's own
// pace times an assumed delivery ratio: their chance restates that assumption, so they get no verdict until a
// count is entered. They had read 存在风险 and 难以达成, verdicts resting on the target's own pace.
import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { recordlessIndicators } from '../../engine/evaluate/recordlessIndicators.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { verdictMessage } from '../../engine/report/verdictMessage.ts';
import { runSync } from '../../engine/run/run.ts';
import { yaohaiPlan, yaohaiWithStatistics } from './planFixtures.ts';

describe('recordlessIndicators', () => {
  const plan = yaohaiPlan();
  const recordless = recordlessIndicators(plan);

  it('finds the indicators moved by the execution assumption, through the flows that feed them', () => {
    const paced = (id: string) => new Set(recordless.get(id)?.keys());
    expect(paced('national_featured_streets')).toEqual(new Set(['national_featured_streets_added']));
    expect(paced('srdi_reserve_additions')).toEqual(new Set(['srdi_reserve_additions']));
    // Each with the stand-in it reads.
    expect(recordless.get('srdi_reserve_additions')!.get('srdi_reserve_additions')).toEqual(['exec_ratio']);
    // Indicators that do not depend on it are left out.
    expect(recordless.has('registered_enterprises')).toBe(false);
    expect(recordless.has('pillar_output')).toBe(false);
  });

  it('finds none in a plan without a noRecord parameter', () => {
    const without = { ...plan, parameters: plan.parameters.map(({ noRecord: _, ...p }) => p) };
    expect(recordlessIndicators(without).size).toBe(0);
  });
});

describe('a counted task with no record', () => {
  it('has no verdict, says its chance restates the assumption, and asks for the counts', () => {
    const r = runSync(yaohaiWithStatistics(), null, { paths: 400, seed: 1 });
    const street = r.targets.find((t) => t.id === 'national_streets_2025')!;
    expect(street.verdict.code).toBe('no-record');
    expect(street.verdictBasis).toBe('assumption');
    expect(street.pMet).not.toBeNull();
    const said = renderMessage('zh', verdictMessage(street.verdict, street.aspirational));
    expect(said).toContain('待补执行记录');
    expect(said).toContain('计数类任务执行率');
    expect(said).toContain('请录入各年完成数');
    // A target that does not move by it keeps its verdict.
    expect(r.targets.find((t) => t.id === 'enterprises_new')!.verdict.code).not.toBe('no-record');
  });

  // A tester: the listings and the national incubator, judged rates with no record either, read 存在风险 beside
  // eleven counted tasks that read 待补执行记录.
  it('covers every judged rate that stands in for a record; a milestone asks whether and when it was achieved', async () => {
    const plan = yaohaiWithStatistics();
    const r = runSync(plan, null, { paths: 400, seed: 1 });
    for (const id of ['listings_new', 'national_incubator_2025'])
      expect(r.targets.find((t) => t.id === id)!.verdict.code, id).toBe('no-record');
    const incubator = r.targets.find((t) => t.id === 'national_incubator_2025')!;
    const said = renderMessage('zh', verdictMessage(incubator.verdict, incubator.aspirational));
    expect(said).toContain('国家级孵化器年认定概率');
    expect(said).toContain('请录入是否已经实现及实现年份');
    expect(said).not.toContain('各年完成数');
    // Entered as not yet achieved by 2023, it is judged on the years left.
    const ev = await evaluateTargets(
      plan,
      null,
      { national_incubators: { '2023': 0 } },
      { paths: 200, seed: 1 },
    );
    expect(ev.targets.find((t) => t.id === 'national_incubator_2025')!.verdict.code).not.toBe('no-record');
  });

  // A tester: yearly listings entered as 0, 0, 1 left 新增1家以上新三板挂牌或上市企业 under 无实际数据, and a milestone
  // entered as achieved read 已达成 · 依据假设.
  it('is decided by what the planner enters, and then rests on data', async () => {
    const ev = await evaluateTargets(
      yaohaiWithStatistics(),
      null,
      { new_listings_added: { '2021': 0, '2022': 0, '2023': 1 }, national_incubators: { '2023': 1 } },
      { paths: 200, seed: 1 },
    );
    const listings = ev.targets.find((t) => t.id === 'listings_new')!;
    expect(listings.latest).toEqual({ year: 2023, value: 1 });
    expect(listings.verdict.code).toBe('achieved');
    expect(listings.verdictBasis).toBe('data');
    const incubator = ev.targets.find((t) => t.id === 'national_incubator_2025')!;
    expect(incubator.verdict.code).toBe('achieved');
    expect(incubator.verdictBasis).toBe('data');
  });

  it('gets a verdict once a count is entered', async () => {
    const ev = await evaluateTargets(
      yaohaiWithStatistics(),
      null,
      { national_featured_streets: { '2023': 1 } },
      { paths: 200, seed: 1 },
    );
    expect(ev.targets.find((t) => t.id === 'national_streets_2025')!.verdict.code).toBe('achieved');
  });
});
