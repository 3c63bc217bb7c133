// A district's own words for its indicators, kept so that its table, its prose and its statistics meet (冯工,
// a 十五五 plan brought as text): 新增 before a counted measure is part of the name, a base marked 预计 is still
// the base, and a bracket inside a printed name does not stop a pasted row from finding it.
import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { extractTargets } from '../../engine/extract/index.ts';
import { generatePlan } from '../../engine/generate/generatePlan.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import type { Scenario } from '../../engine/plan/scenarioSchema.ts';
import { runSync } from '../../engine/run/run.ts';

const text = [
  '二、主要目标',
  '2025年，全县地区生产总值预计达到412亿元。',
  '到2030年，地区生产总值达到520亿元；新增城镇就业人数年均0.8万人以上，五年累计4万人；',
  '每千人口执业（助理）医师数达到3.4人。',
  '',
  '附表 主要指标',
  '指标\t单位\t2025年基数\t2030年目标\t年均增长〔累计〕\t属性',
  '地区生产总值\t亿元\t412（预计）\t520\t5左右\t预期性',
  '新增城镇就业人数\t万人\t—\t—\t〔4〕\t预期性',
  '居民人均可支配收入\t元\t48600\t—\t5.5\t预期性',
].join('\n');

describe('a plan in its own words', () => {
  const draft = extractTargets(text);

  it('keeps 新增 in the name of a counted measure, and drafts the 附表 row the prose states once', () => {
    const jobs = draft.targets.filter((t) => t.name.includes('城镇就业'));
    expect(jobs.map((t) => [t.name, t.kind, t.value])).toEqual([
      ['新增城镇就业人数', 'quota', 0.8],
      ['新增城镇就业人数', 'increase', 4],
    ]);
    // The 附表's 属性 is carried to the prose's target it merged with.
    expect(jobs[1]!.nature).toBe('indicative');
    // 新增 as a verb still goes: 新增高新技术企业100家 is about 高新技术企业.
    expect(extractTargets('到2030年，新增高新技术企业100家。').targets[0]!.name).toBe('高新技术企业');
  });

  it('reads a ratio printed without a unit as so many times, where it had been dropped without a word', () => {
    const [ratio] = extractTargets('到2030年，城乡居民人均可支配收入比缩小到2.05以内。').targets;
    expect([ratio!.name, ratio!.value, ratio!.unit, ratio!.comparator]).toEqual([
      '城乡居民人均可支配收入比',
      2.05,
      '倍',
      '<=',
    ]);
    // A name does not keep its verb: 保持100% is said of 地表水国考断面水质优良比例 (冯工: "…优良比例保持").
    expect(extractTargets('到2030年，地表水国考断面水质优良比例保持100%。').targets[0]!.name).toBe(
      '地表水国考断面水质优良比例',
    );
    // Not the parts of a structure (3:40:57), nor a figure with its own unit.
    const structure = extractTargets('到2030年，三次产业结构比调整为4:38:58。').targets;
    expect(structure.map((t) => t.unit)).not.toContain('倍');
  });

  it('keeps the base of an 附表 row whose only target is its rate, as the level it grows (冯工: 62800 元 dropped)', () => {
    const plan = generatePlan(draft.targets, { facts: draft.baseFacts, targetYear: 2030 }).plan;
    const income = plan.indicators.find((i) => i.name.zh === '居民人均可支配收入')!;
    expect(income.unit).toBe('元');
    expect(income.base).toMatchObject({ value: 48600, provenance: { kind: 'plan' } });
  });

  it('reads a base marked 预计, in the 附表 and in the prose', () => {
    const gdp = draft.targets.find((t) => t.name === '地区生产总值' && t.kind === 'level')!;
    expect(gdp.base).toBe(412);
    expect(draft.messages.filter((m) => m.code === 'table-issue')).toEqual([]);
    expect(draft.baseFacts.map((f) => f.name)).toContain('全县地区生产总值');
  });

  it('gives a yearly quota waiting for its base no yearly chances and no growth to reach (they had read <1%)', () => {
    const plan = loadPlan(
      JSON.parse(
        JSON.stringify(generatePlan(draft.targets, { facts: draft.baseFacts, targetYear: 2030 }).plan),
      ),
      'own.plan.json',
    );
    const quota = runSync(plan, null, { paths: 200, seed: 1 }).targets.find((t) => t.kind === 'quota')!;
    expect(quota.verdictBasis).toBe('unknown-base');
    expect(quota.requiredGrowth).toBeNull();
    expect(quota.quota!.map((y) => y.pMet)).toEqual([null, null, null, null, null]);
  });

  it('finds a pasted row under the plan’s printed name, its bracket and all', () => {
    const plan = loadPlan(
      JSON.parse(
        JSON.stringify(generatePlan(draft.targets, { facts: draft.baseFacts, targetYear: 2030 }).plan),
      ),
      'own.plan.json',
    );
    const pasted = parseActuals(
      ['指标\t单位\t2026', '每千人口执业（助理）医师数\t人\t3.1', '新增城镇就业人数\t万人\t0.83'].join('\n'),
      plan,
    );
    expect(pasted.issues).toEqual([]);
    const idOf = (zh: string) => plan.indicators.find((i) => i.name.zh === zh)!.id;
    // Named as printed, （助理） and all: it had been dropped from the name.
    expect(pasted.actuals[idOf('每千人口执业（助理）医师数')]).toEqual({ '2026': 3.1 });
    expect(Object.keys(pasted.actuals)).toHaveLength(2);
    // The yearly figure reaches the yearly quota and the five-year total alike: one series (钱主任: the quota
    // had sat on an indicator of its own that no pasted row reached).
    const scenario = {
      format: 'planpath/scenario@1',
      name: { zh: '录入' },
      actuals: pasted.actuals,
    } as Scenario;
    const r = runSync(plan, scenario, { paths: 0 });
    const quota = r.targets.find((t) => t.kind === 'quota')!;
    const total = r.targets.find(
      (t) => t.kind === 'increase' && plan.targets.find((x) => x.id === t.id)!.name.zh.includes('就业'),
    )!;
    expect(quota.quota![0]).toMatchObject({ year: 2026, observed: 0.83, met: true });
    expect(plan.indicators.filter((i) => i.name.zh.startsWith('新增城镇就业人数'))).toHaveLength(2);
    expect(total.indicator).not.toBe(quota.indicator);
  });
});
