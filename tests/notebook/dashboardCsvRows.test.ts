// The overview's CSV marks a 力争 target as the evaluation's CSV does: its verdict had read a plain 存在风险.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/plan/scenarioSchema.ts';
import { runSync } from '../../engine/run/run.ts';
import { dashboardCsvRows } from '../../notebook/export/dashboardCsvRows.ts';
import { translator } from '../../notebook/i18n/t.ts';
import { yaohaiPlan, yaohaiWithStatistics } from '../engine/planFixtures.ts';

describe('dashboardCsvRows', () => {
  const plan = yaohaiPlan();
  const result = runSync(plan, null, { paths: 200, seed: 1 });
  const targets = plan.targets.filter((x) => x.kind !== 'qualitative');

  it('marks an aspirational target in its verdict, in both languages', () => {
    const zh = dashboardCsvRows(plan, result, targets, 'zh', translator('zh'));
    const en = dashboardCsvRows(plan, result, targets, 'en', translator('en'));
    const row = (rows: typeof zh, id: string) => rows.find((r) => r[0] === id)!;
    expect(row(zh, 'national_streets_2025')[6]).toMatch(/^力争 · /);
    expect(row(en, 'national_streets_2025')[6]).toMatch(/^Aspirational · /);
    // A target the plan does not mark carries no mark.
    expect(row(zh, 'pillar_output_2025')[6]).not.toMatch(/力争|约束性/);
    expect(zh).toHaveLength(targets.length + 1);
  });

  // 孙科长: the CLI's 2,000 paths and the page's 5,000 give figures a little apart, and neither file said which.
  it('names the run on every row: its paths and seed', () => {
    const zh = dashboardCsvRows(plan, result, targets, 'zh', translator('zh'));
    expect(zh[0]!.slice(-2)).toEqual(['模拟路径数', '随机种子']);
    for (const row of zh.slice(1)) expect(row.slice(-2)).toEqual([200, 1]);
    const other = runSync(plan, null, { paths: 50, seed: 9 });
    const en = dashboardCsvRows(plan, other, targets, 'en', translator('en'));
    expect(en[0]!.slice(-2)).toEqual(['Paths simulated', 'Random seed']);
    expect(en[1]!.slice(-2)).toEqual([50, 9]);
  });

  // A tester: "+23.6%" bare in the file read as a compound yearly rate beside the evaluation's 15.78%.
  it('marks a median rate the plan reckons arithmetically, as the overview does', () => {
    const zh = dashboardCsvRows(plan, result, targets, 'zh', translator('zh'));
    // (A rate stated as its change over the period is shown as that change: no yearly rate to mark.)
    const arithmetic = targets.filter(
      (x) => x.kind === 'growth' && x.rateReading === 'arithmetic' && x.statedAs !== 'change',
    );
    expect(arithmetic.length).toBeGreaterThan(0);
    const cells = arithmetic.map((x) => String(zh.find((r) => r[0] === x.id)![4]));
    // A figure is marked; a median not known (基期待补) is a dash alone, with no reading to mark.
    for (const c of cells) expect(c).toMatch(/^(.+%（算术平均）|—)$/);
    expect(cells.filter((c) => c !== '—').length).toBeGreaterThan(0);
    const compound = targets.find((x) => x.kind === 'growth' && x.rateReading !== 'arithmetic')!;
    expect(zh.find((r) => r[0] === compound.id)![4]).not.toContain('算术平均');
  });

  // A tester: a ratio not simulated as a share (口径不可比) read 基期待补 as its basis, sending staff for a base.
  it('says a target not simulated rests on nothing to enter', () => {
    const zh = dashboardCsvRows(plan, result, targets, 'zh', translator('zh'));
    const row = zh.find((r) => r[0] === 'service_share_2025')!;
    expect(row[6]).toMatch(/^口径不可比/);
    expect(row[7]).toBe('不作推演（口径不可比）');
  });

  // 0.529 here beside 52.9 in the evaluation's CSV, neither header saying which.
  it('gives P(met) as a percent figure under a header that says (%)', () => {
    const zh = dashboardCsvRows(plan, result, targets, 'zh', translator('zh'));
    expect(zh[0]![5]).toBe('达成概率（%）');
    const id = 'pillar_output_2025';
    const p = result.targets.find((x) => x.id === id)!.pMet!;
    expect(zh.find((r) => r[0] === id)![5]).toBeCloseTo(p * 100, 1);
  });

  // 周科长: 净增“五上”企业 ≥ +200 家 beside a bare "257 家" read as a stock (the stock's median is 908 家).
  it('signs an increase’s median as its target is signed', () => {
    const zh = dashboardCsvRows(plan, result, targets, 'zh', translator('zh'));
    const row = zh.find((r) => r[0] === 'five_up_net_increase')!;
    expect(row[2]).toMatch(/^≥ \+200 家/);
    expect(row[4]).toMatch(/^\+\d+ 家$/);
    const ind = result.indicators.five_up_enterprises!;
    const k = result.years.indexOf(2025);
    expect(row[4]).toBe(`+${Math.round(ind.quantiles.p50[k]! - ind.deterministic[0]!)} 家`);
    // A level is not signed.
    expect(zh.find((r) => r[0] === 'pillar_output_2025')![4] ?? '').not.toMatch(/^\+/);
  });

  // 钱主任: the overview's file said 依据数据 where the page marks ⚠ 数据存疑.
  it('names in the basis an entered value the verdict rests on that looks mistyped', () => {
    const published = yaohaiWithStatistics();
    const scenario = {
      format: 'planpath/scenario@1',
      name: { zh: '录入' },
      actuals: { retail_sales: { '2025': 50.43 } },
    } as unknown as Scenario;
    const r = runSync(published, scenario, { paths: 200, seed: 1 });
    const zh = dashboardCsvRows(published, r, published.targets, 'zh', translator('zh'));
    expect(zh.find((x) => x[0] === 'retail_sales_2025')![7]).toContain(
      '2025年社会消费品零售总额 50.43 亿元 疑为 504.3 亿元',
    );
    expect(zh.find((x) => x[0] === 'high_tech_2025')![7]).not.toContain('疑为');
  });
});
