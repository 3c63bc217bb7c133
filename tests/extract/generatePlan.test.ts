import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/index.ts';
import { generatePlan } from '../../engine/generate/generatePlan.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { run } from '../../engine/run/run.ts';
import { readPlanTable } from '../../engine/table/index.ts';
import { CITY_SPECIAL, DISTRICT_FIVE_YEAR } from './planTexts.ts';

/** Through JSON, as a downloaded file would go. */
const load = (plan: unknown) => loadPlan(JSON.parse(JSON.stringify(plan)), 'generated.plan.json');

describe('generatePlan from a text draft', () => {
  const draft = extractTargets(DISTRICT_FIVE_YEAR);
  const { plan, pending } = generatePlan(draft.targets, {
    facts: draft.baseFacts,
    title: '青溪区“十四五”规划',
  });

  it('loads as an ordinary plan and runs', async () => {
    const loaded = load(plan);
    expect(loaded.meta).toMatchObject({ baseYear: 2020, targetYear: 2025 });
    const result = await run(loaded, null, { paths: 200, seed: 7 });
    const simulated = plan.targets.filter((t) => t.kind !== 'qualitative');
    expect(result.targets.map((t) => t.id)).toEqual(simulated.map((t) => t.id));
    for (const t of result.targets) {
      expect(t.pMet).toBeGreaterThanOrEqual(0);
      expect(t.pMet).toBeLessThanOrEqual(1);
    }
    // Same seed, same numbers.
    const again = await run(load(plan), null, { paths: 200, seed: 7 });
    expect(again.targets.map((t) => t.pMet)).toEqual(result.targets.map((t) => t.pMet));
  });

  it('takes bases only from the text: 由3.5万元…到5.3万元, 从107家…到500家, and the 2020 fact', () => {
    const byName = (zh: string) => plan.indicators.find((i) => i.name.zh === zh)!;
    expect(byName('城镇居民人均可支配收入').base).toMatchObject({ value: 3.5, provenance: { kind: 'plan' } });
    expect(byName('科技型中小企业')).toMatchObject({ base: { value: 107 }, dynamics: { kind: 'stock' } });
    expect(byName('全区地区生产总值').base).toMatchObject({
      value: 860,
      provenance: { kind: 'plan', figure: '860亿元' },
    });
  });

  it('never back-solves a base: targets without one are kept, qualitative, and listed as 基期待补', () => {
    const budget = plan.targets.find((t) => t.name.zh.startsWith('一般公共预算收入'))!;
    expect(budget).toMatchObject({ kind: 'qualitative', value: 80, comparator: '>=' });
    expect(budget.provenance).toMatchObject({ kind: 'plan', figure: '80亿元' });
    expect(pending).toContainEqual({ targetId: budget.id, name: '一般公共预算收入', reason: 'base-unknown' });
    // No indicator exists whose base would have had to be invented.
    expect(plan.indicators.some((i) => i.name.zh === '一般公共预算收入')).toBe(false);
    // Shares are stored as fractions, pending or not.
    const share = plan.targets.find((t) => t.name.zh.startsWith('高新技术产业增加值占'))!;
    expect(share.value).toBeCloseTo(0.45, 12);
  });

  it('simulates rate-only targets on an index (base year = 1 by definition)', () => {
    const idx = plan.indicators.find((i) => i.name.zh === '固定资产投资（指数，基期=1）')!;
    expect(idx.base).toMatchObject({ value: 1, provenance: { kind: 'derived' } });
    const t = plan.targets.find((x) => x.indicator === idx.id)!;
    expect(t).toMatchObject({ kind: 'level', comparator: '~=' });
    expect(t.value).toBeCloseTo(1.09, 12);
  });

  it('labels every default rate as an assumption with its uncertainty, never the required pace', () => {
    expect(plan.parameters.length).toBeGreaterThan(0);
    for (const p of plan.parameters) {
      expect(p.provenance.kind).toBe('assumption');
      expect(['5% ± 3%', '0% ± 3%', '12% ± 4%', '6% ± 2%']).toContain(p.value);
    }
    // The GDP target needs (1200/860)^(1/5) − 1 ≈ 6.9% a year; the default is not that.
    const g = plan.parameters.find((p) => p.id === 'g_ind_01')!;
    expect(g.value).toBe('5% ± 3%');
  });

  it('keeps quotas as execution records and the 十三五 facts for audit', () => {
    expect(pending.filter((p) => p.reason === 'quota-record').map((p) => p.name)).toEqual([
      '城镇就业',
      '亿元以上项目',
    ]);
    expect(plan.facts?.map((f) => f.provenance.kind === 'plan' && f.provenance.figure)).toEqual([
      '860亿元',
      '1.4倍',
      '4.2万户',
    ]);
  });

  it('writes 超过 as >= with a note, 力争 as aspirational', () => {
    const city = extractTargets(CITY_SPECIAL);
    const { plan: p } = generatePlan(city.targets, { baseYear: 2022 });
    const strict = p.targets.find((t) => t.name.zh.startsWith('数字经济核心产业增加值'))!;
    expect(strict.comparator).toBe('>=');
    expect(strict.provenance).toMatchObject({ note: expect.stringContaining('超过') });
    const asp = generatePlan(draft.targets).plan.targets.find((t) => t.name.zh.startsWith('力争'))!;
    expect(asp.aspirational).toBe(true);
    load(p);
  });
});

describe('generatePlan from a target table', () => {
  it('uses entered bases (labelled as entered), derives a share from its parts, and runs', async () => {
    const header = '指标,单位,基期年,基期值,目标年,目标值,类型,比较,属性,力争,章节,原文';
    const table = readPlanTable(
      [
        header,
        '服务业增加值,亿元,2020,300,2025,450,总量,以上,预期性,,二,',
        '地区生产总值,亿元,2020,600,2025,800,总量,以上,预期性,,二,',
        '服务业增加值占地区生产总值比重,%,2020,50,2025,55,占比,以上,,,二,',
        '规上企业,家,2020,120,2025,200,总量,以上,,,二,',
        '规上企业,家,2020,120,2025,60,新增,以上,,,二,',
      ].join('\n'),
    );
    expect(table.issues).toEqual([]);
    const { plan, pending } = generatePlan(table.targets);
    expect(pending).toEqual([]);
    const share = plan.indicators.find((i) => i.name.zh === '服务业增加值占地区生产总值比重')!;
    expect(share.dynamics).toEqual({ kind: 'derived', formula: 'ind_01 / ind_02' });
    expect(share.base).toBeUndefined();
    const gdp = plan.indicators.find((i) => i.id === 'ind_02')!;
    expect(gdp.base && 'provenance' in gdp.base ? gdp.base.provenance : null).toMatchObject({
      kind: 'assumption',
      rationale: expect.stringContaining('第3行'),
    });
    const firms = plan.indicators.find((i) => i.name.zh === '规上企业')!;
    expect(firms.dynamics.kind).toBe('stock');
    expect(plan.targets.filter((t) => t.indicator === firms.id).map((t) => t.kind)).toEqual([
      'level',
      'increase',
    ]);
    const result = await run(load(plan), null, { paths: 100, seed: 3 });
    // 300/600 = 0.5 in the base year: the derived share starts where its parts do.
    expect(result.indicators[share.id]!.deterministic[0]).toBeCloseTo(0.5, 12);
  });
});

describe('generatePlan when nothing has a base', () => {
  it('still writes a loadable plan: every target pending, the calendar year as the one indicator', async () => {
    const { plan, pending } = generatePlan(
      extractTargets('到2025年，规上企业达到300家，营业收入突破50亿元。').targets,
    );
    expect(pending.map((p) => p.reason)).toEqual(['base-unknown', 'base-unknown']);
    expect(plan.indicators.map((i) => i.id)).toEqual(['calendar_year']);
    const result = await run(load(plan), null, { paths: 10, seed: 1 });
    expect(result.targets).toEqual([]);
  });
});

describe('generatePlan format', () => {
  it('writes the plan format the schema defines', async () => {
    const { PLAN_FORMAT } = await import('../../engine/plan/planSchema.ts');
    expect(generatePlan([]).plan.format).toBe(PLAN_FORMAT);
  });
});
