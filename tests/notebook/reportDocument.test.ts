// The 中期评估 report as data: the verdict table carries the verdict and what it rests on (from the one column
// spec), the summary counts verdicts on data, on assumptions and waiting for a base, in zh and en, and the
// planner's formula/table/chart cells come in the page's order.

import { describe, expect, it } from 'vitest';
import { baseRequests, waitingForBase } from '../../engine/evaluate/baseRequests.ts';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import type { Evaluation, Plan, RunResult } from '../../engine/index.ts';
import { mergeActuals, planObservations } from '../../engine/index.ts';
import { loadScenario } from '../../engine/plan/loadScenario.ts';
import { SCENARIO_FORMAT } from '../../engine/plan/scenarioSchema.ts';
import { evaluationColumn, targetName } from '../../engine/report/evaluationColumns.ts';
import { runSync } from '../../engine/run/run.ts';
import { columnWidths, TABLE_EMS } from '../../notebook/report/columnWidths.ts';
import { buildReport, REPORT_COLUMNS, type ReportInput } from '../../notebook/report/reportDocument.ts';
import { textEms } from '../../notebook/report/textEms.ts';
import { scenarioDocument } from '../../notebook/state/scenarioFile.ts';
import type { Working } from '../../notebook/state/scenarioOps.ts';
import { fixturePlan } from '../analytics/fixturePlan.ts';
import { yaohaiPlan, yaohaiWithStatistics } from '../engine/planFixtures.ts';
import { planFromTable } from '../extract/planFromTable.ts';

/** A report's input for a plan and its evaluation, with what a test does not vary filled in. */
function reportInput(
  plan: Plan,
  evaluation: Evaluation,
  extra: { result?: RunResult | null; actuals?: Record<string, Record<string, number>> } = {},
): ReportInput {
  return {
    plan,
    evaluation,
    result: extra.result ?? null,
    actuals: extra.actuals ?? {},
    scenarioName: '基准',
    organisation: '',
    date: '2026-11-30',
    notes: [],
  };
}

const plan = fixturePlan('mini.plan.json');
const actuals = { pillar_output: { '2021': 450, '2022': 470 } };

const scenario: Working = {
  name: { zh: '测试情景' },
  plan: plan.meta.id,
  actuals,
  formulas: [
    {
      id: 'fx_ratio',
      name: { zh: '支柱占比（自定义）', en: 'Pillar ratio (own)' },
      unit: '%',
      formula: 'pillar_output / gdp',
    },
  ],
  notes: [{ id: 'note_1', title: '说明', text: '一条笔记' }],
  cells: [
    { id: 'cell_t', kind: 'table', after: 'dashboard', indicators: ['pillar_output', 'gdp'] },
    { id: 'cell_n', kind: 'note', after: 'dashboard', note: 'note_1' },
    { id: 'cell_c', kind: 'chart', after: 'detail', indicators: ['gdp'], scenarios: ['current', 'lib:high'] },
    { id: 'cell_f', kind: 'formula', after: 'formulas', formula: 'fx_ratio' },
  ],
} as Working;

async function report(lang: 'zh' | 'en') {
  const ev = await evaluateTargets(plan, null, actuals, { paths: 200, seed: 3 });
  const result = runSync(
    plan,
    { format: SCENARIO_FORMAT, name: { zh: 'x' }, actuals, formulas: scenario.formulas },
    { paths: 200, seed: 3 },
  );
  const doc = buildReport(
    {
      plan,
      evaluation: ev,
      result,
      actuals,
      scenarioName: '测试情景',
      organisation: '测试单位',
      date: '2026-11-28',
      notes: scenario.notes ?? [],
      scenario,
    },
    lang,
  );
  return { ev, doc };
}

describe('the report document', () => {
  it('shows each evaluated target’s verdict and basis, as the one column spec writes them', async () => {
    const { ev, doc } = await report('zh');
    expect(doc.table.keys).toEqual([...REPORT_COLUMNS]);
    expect(doc.table.header).toContain('综合判断');
    expect(doc.table.header).toContain('判断依据');
    const shown = ev.targets.filter((x) => x.latest !== null);
    expect(doc.table.rows.length).toBe(shown.length);
    const basisAt = doc.table.keys.indexOf('verdictBasis');
    const verdictAt = doc.table.keys.indexOf('verdict');
    shown.forEach((x, i) => {
      expect(doc.table.rows[i]![basisAt]).toBe(evaluationColumn('verdictBasis').text(x, 'zh'));
      expect(doc.table.rows[i]![verdictAt]).toBe(evaluationColumn('verdict').text(x, 'zh'));
      expect(doc.table.rows[i]![basisAt]).toMatch(/^(依据数据|依据假设|基期待补)(（基期：.+）)?$/);
    });
  });

  // 孙科长: print and Word gave R alone, and a director could not check it against anything on the page.
  it('prints the two growth rates whose ratio is R beside it, so R can be checked from the table', async () => {
    const { ev, doc } = await report('zh');
    const at = (k: string) => doc.table.keys.indexOf(k as never);
    expect(at('achievedCagr')).toBe(at('ratioR') - 2);
    expect(at('requiredCagr')).toBe(at('ratioR') - 1);
    expect(doc.table.header[at('achievedCagr')]).toBe('已实现年均增速');
    const shown = ev.targets.filter((x) => x.latest !== null);
    const checked = shown.filter((x) => x.ratioR !== null && x.achievedCagr !== null && x.requiredCagr);
    expect(checked.length).toBeGreaterThan(0);
    for (const x of checked) {
      const row = doc.table.rows[shown.indexOf(x)]!;
      const pct = (cell: string) => Number.parseFloat(cell.replace(/[^\d.-]/g, ''));
      // Read back from the printed cells, R is achieved ÷ required to the cells' rounding.
      expect(pct(row[at('ratioR')]!) / 100).toBeCloseTo(
        pct(row[at('achievedCagr')]!) / pct(row[at('requiredCagr')]!),
        1,
      );
    }
  });

  // Printed beside one-line figures, the verdict sentence had been given four ems and run to thirty lines.
  it('lays the verdict table out so the verdict sentence is not the narrowest column', async () => {
    const yaohai = yaohaiWithStatistics();
    const entered = { registered_enterprises: { '2023': 70000 }, high_tech_enterprises: { '2023': 150 } };
    const ev = await evaluateTargets(yaohai, null, entered, { paths: 200, seed: 3 });
    const doc = buildReport(reportInput(yaohai, ev, { actuals: entered }), 'zh');
    const w = columnWidths(doc.table.header, doc.table.rows).map((x) => x * TABLE_EMS);
    const verdict = w[doc.table.keys.indexOf('verdict')]!;
    const longest = Math.max(...doc.table.rows.map((r) => textEms(r[doc.table.keys.indexOf('verdict')]!)));
    expect(longest).toBeGreaterThan(60);
    // At least 9 ems (it had 4): the longest sentence in about eight lines, not twenty.
    expect(verdict).toBeGreaterThanOrEqual(9);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(TABLE_EMS, 6);
  });

  it('counts the verdicts on data, on assumptions and waiting for a base, in zh and en', async () => {
    const { ev, doc } = await report('zh');
    // Counted here from the targets themselves: 力争 and not-comparable targets apart.
    const main = ev.targets.filter((x) => !x.aspirational && x.verdict.code !== 'not-comparable');
    const n = (b: string) => main.filter((x) => x.verdictBasis === b).length;
    expect(n('data') + n('assumption') + n('unknown-base')).toBeGreaterThan(0);
    const line = doc.summary.find((p) => p.startsWith('判断依据'));
    expect(line).toBe(
      `判断依据：${n('data')} 项结论依据数据，${n('assumption')} 项依据标注的假设，${n('unknown-base')} 项基期待补（尚无基期值，暂不作判断）。`,
    );
    const en = (await report('en')).doc.summary.find((p) => p.startsWith('What the verdicts rest on'));
    expect(en).toBe(
      `What the verdicts rest on: ${n('data')} on data, ${n('assumption')} on labelled assumptions, and ${n('unknown-base')} wait for a base (no base value yet, so no verdict).`,
    );
  });

  // A director handed a policy scenario's report found 57 names marked 未评估 and none of what it projects.
  it('lists each target without data with what the scenario projects for it, said to be a model estimate', async () => {
    const { ev, doc } = await report('zh');
    const missing = ev.targets.filter((x) => x.latest === null);
    expect(missing.length).toBeGreaterThan(0);
    expect(doc.noData!.intro).toContain(`以下 ${missing.length} 个目标`);
    expect(doc.noData!.intro).toContain('情景“测试情景”的推演');
    expect(doc.noData!.intro).toContain('不是实际结果');
    expect(doc.noData!.lines).toHaveLength(missing.length);
    missing.forEach((x, i) => {
      const line = doc.noData!.lines[i]!;
      expect(line.startsWith(`${targetName(x, 'zh')}（${x.year}年）：达成概率 `)).toBe(true);
      expect(line).toContain(evaluationColumn('pMet').text(x, 'zh'));
      expect(line.endsWith(evaluationColumn('verdictBasis').text(x, 'zh'))).toBe(true);
    });
    const en = (await report('en')).doc.noData!;
    expect(en.lines[0]).toMatch(/^.+ \(\d{4}\): chance .+, .+, .+$/);
  });

  it('puts the planner’s formula, table and chart cells in the page’s order (notes stay in the notes)', async () => {
    const { doc } = await report('zh');
    expect(doc.cells.map((c) => [c.id, c.kind])).toEqual([
      ['cell_t', 'table'],
      ['cell_c', 'chart'],
      ['cell_f', 'formula'],
    ]);
    const [table, chart, formula] = doc.cells;
    // The plan's period, base year to target year, one row per chosen indicator.
    expect(table!.table!.header).toEqual(['指标', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(table!.table!.rows.map((r) => r[0])).toEqual(['五大支柱产业中小企业生产总值', '地区生产总值']);
    expect(table!.table!.rows.every((r) => r.slice(1).every((v) => v !== '—'))).toBe(true);
    expect(chart!.charts).toHaveLength(1);
    expect(chart!.charts[0]!.svg).toMatch(/^<svg/);
    expect(chart!.lines.join('')).toContain('另外 1 个情景');
    expect(formula!.title).toBe('支柱占比（自定义）');
    expect(formula!.lines[0]).toBe('支柱占比（自定义） = pillar_output / gdp（单位：%）');
    expect(formula!.table!.rows[0]!.slice(1).every((v) => /%$/.test(v))).toBe(true);
    expect(doc.notes).toEqual([{ title: '说明', text: '一条笔记' }]);
  });
});

describe('the report asks for the bases its verdicts wait for', () => {
  it('lists each missing base of the embedded plan with the targets waiting for it, in zh and en', async () => {
    const yaohai = yaohaiPlan();
    const ev = await evaluateTargets(yaohai, null, {}, { paths: 100, seed: 3 });
    const result = runSync(yaohai, null, { paths: 100, seed: 3 });
    const requests = baseRequests(yaohai, waitingForBase(result.targets));
    const input = reportInput(yaohai, ev, { result });
    const zh = buildReport(input, 'zh').baseNeeds!;
    expect(zh.lines).toHaveLength(requests.length);
    expect(zh.intro).toContain(`以下 ${requests.length} 个指标缺少2020年数值`);
    expect(zh.lines).toContainEqual(expect.stringMatching(/^个体工商户数（户）：.*新增工商户数5\.5万户/));
    expect(zh.table.data).toHaveLength(requests.length);
    const en = buildReport(input, 'en').baseNeeds!;
    expect(en.lines).toContainEqual(expect.stringMatching(/^Individual businesses \(entities\): /));
    // Entered, a base is no longer asked for.
    const entered = { individual_businesses: { '2020': 52000 } };
    const after = buildReport(
      {
        ...input,
        actuals: entered,
        result: runSync(
          yaohai,
          { format: SCENARIO_FORMAT, name: { zh: 'x' }, actuals: entered },
          { paths: 100, seed: 3 },
        ),
      },
      'zh',
    ).baseNeeds!;
    expect(after.lines).toHaveLength(requests.length - 1);
    expect(after.lines.join('\n')).not.toContain('个体工商户数（户）');
  });

  // Session 34 left the Word report silent on the published 18.6万户 the page shows under 新增各类市场主体约10万户:
  // a director holding the file saw the base asked for and no word of the figure.
  it('names a published figure on another reading beside the base it does not stand for, and cites it', async () => {
    const yaohai = yaohaiWithStatistics();
    const ev = await evaluateTargets(yaohai, null, {}, { paths: 0 });
    const result = runSync(yaohai, null, { paths: 50, seed: 3 });
    const doc = buildReport(reportInput(yaohai, ev, { result }), 'zh');
    const line = doc.baseNeeds!.lines.find((l) => l.includes('新增各类市场主体约10万户'))!;
    expect(line).toContain('另有公布数“');
    expect(line).toContain('2025年 18.6 万户，读法不同，未用于判断');
    expect(doc.baseNeeds!.lines.filter((l) => l.includes('另有公布数'))).toHaveLength(1);
    const cited = doc.sources.filter((r) => r.figure.startsWith('另有公布数'));
    expect(cited).toHaveLength(1);
    expect(cited[0]!.target).toBe('新增各类市场主体约10万户');
    expect(cited[0]!.figure).toContain('18.6 万户');
    // Its source as published, and how it reads the target.
    expect(cited[0]!.source).toMatch(/统计|公报|政府工作报告/);
    const en = buildReport(reportInput(yaohai, ev, { result }), 'en');
    expect(en.sources.find((r) => r.figure.startsWith('published on another reading'))!.figure).toContain(
      '186,000',
    );
    // The plan alone has no such figure, and says none.
    const bare = yaohaiPlan();
    const alone = buildReport(
      reportInput(bare, await evaluateTargets(bare, null, {}, { paths: 0 }), {
        result: runSync(bare, null, { paths: 50, seed: 3 }),
      }),
      'zh',
    );
    expect(alone.sources.some((r) => r.figure.startsWith('另有公布数'))).toBe(false);
  });

  it('is a final evaluation (终期评估) once its data reach the target year, a mid-term one before', async () => {
    const yaohai = yaohaiWithStatistics();
    const input = (evaluation: Evaluation) => reportInput(yaohai, evaluation);
    // A 2025 figure entered: the period is observed to its end.
    const final = await evaluateTargets(yaohai, null, { five_up_enterprises: { '2025': 820 } }, { paths: 0 });
    expect(final.summary.asOf).toBe(2025);
    expect(buildReport(input(final), 'zh').titleLines[1]).toBe('终期评估报告');
    expect(buildReport(input(final), 'en').title).toContain('final evaluation report');
    const midTerm = await evaluateTargets(yaohai, null, {}, { paths: 0, asOf: 2023 });
    expect(buildReport(input(midTerm), 'zh').titleLines[1]).toBe('中期评估报告');
    // The published figures alone reach 2023: 突破23万户 is a floor, and 社零 2025 is derived with an assumed
    // 3% a year. They had titled the report 终期评估, 实际数据截至 2025 年.
    const published = await evaluateTargets(yaohai, null, {}, { paths: 0 });
    expect(published.summary.asOf).toBe(2023);
    expect(buildReport(input(published), 'zh').titleLines[1]).toBe('中期评估报告');
    // Read after the target year, the period is over whatever the data reach: a final evaluation that says its
    // 2025 verdicts are forecasts (孙科长: a December 2026 report on data to 2023 had been titled 中期评估).
    const late = buildReport({ ...input(published), thisYear: 2026 }, 'zh');
    expect(late.titleLines[1]).toBe('终期评估报告');
    const asOf = late.cover.find((c) => c.label === '实际数据截至')!.value;
    expect(asOf).toContain(
      '规划期已于2025年结束，2025年数据尚未录入：2025年各目标的判断依据2023年及以前的数据推演',
    );
    const during = buildReport({ ...input(published), thisYear: 2025 }, 'zh');
    expect(during.titleLines[1]).toBe('中期评估报告');
    expect(during.cover.map((c) => c.value).join()).not.toContain('规划期已于');
    // Observed to the end, nothing is said to be pending.
    const observed = buildReport({ ...input(final), thisYear: 2026 }, 'zh');
    expect(observed.cover.map((c) => c.value).join()).not.toContain('尚未录入');
  });

  it('says where each figure of the verdict table comes from, without the page: plan, published, derived, entered', async () => {
    const yaohai = yaohaiWithStatistics();
    const entered = { five_up_enterprises: { '2025': 820 } };
    const ev = await evaluateTargets(yaohai, null, entered, { paths: 0 });
    const doc = buildReport(reportInput(yaohai, ev, { actuals: entered }), 'zh');
    expect(doc.headings.sources).toBe('附：数据出处');
    // The cover's "data as of" says how few targets that data covers.
    const withData = ev.targets.filter((x) => x.latest !== null).length;
    expect(doc.cover.find((c) => c.label === '实际数据截至')!.value).toBe(
      `2025 年（${ev.targets.length} 项量化目标中 ${withData} 项有实际数据）`,
    );
    const rows = doc.sources.filter((r) => r.target === '社会消费品零售总额670亿元');
    expect(rows.map((r) => r.figure)).toEqual([
      '目标 ≥ 670 亿元',
      '基期 435 亿元',
      '最新实际 504.3 亿元（2025年，推算）',
    ]);
    // The goal cites the plan's section and figure; the base its published phrase; the latest value its
    // derivation and the phrases it rests on.
    expect(rows[0]!.source).toBe(
      '规划原文：二、(三) 发展目标·总量发展目标；原文：“社会消费品零售总额达到670亿元”',
    );
    expect(rows[1]!.source).toContain('社会消费品零售总额435亿元，同比增长2.1%');
    expect(rows[2]!.source).toContain('435 × (1 + 3%)^5');
    expect(rows[2]!.source).not.toContain('\n');
    // A figure the planner entered says so.
    const fiveUp = doc.sources.filter((r) => r.target === '净增“五上”企业200家');
    expect(fiveUp.find((r) => r.figure.startsWith('最新实际'))).toEqual({
      target: '净增“五上”企业200家',
      // An increase target's latest value is the level it is measured from, and says so.
      figure: '最新实际 总量 820 家（2025年，录入）',
      source: '录入值（本情景录入的实际数据）',
    });
    // Every shown target has its goal and latest rows, and a base row where its indicator has a base.
    const shown = ev.targets.filter((x) => x.latest !== null);
    expect(doc.sources.filter((r) => r.figure.startsWith('目标')).length).toBe(shown.length);
    expect(doc.sources.filter((r) => r.figure.startsWith('最新实际')).length).toBe(shown.length);
  });

  // A base entered for the base year had no line (86 家 beside every printed base cited), nor one summed from a
  // printed part and an entered one (新增各类市场主体: 58,639 + 60,000), nor did a value computed from parts name
  // the formula that computes it.
  it('cites a base entered for the base year, and a base or a latest value computed from parts with its formula', async () => {
    const yaohai = yaohaiWithStatistics();
    const entered = {
      individual_businesses: { '2020': 60000 },
      registered_enterprises: { '2020': 58000, '2023': 92000 },
      market_entities: { '2025': 231000 },
    };
    const ev = await evaluateTargets(yaohai, null, entered, { paths: 0 });
    const doc = buildReport(reportInput(yaohai, ev, { actuals: entered }), 'zh');
    const enterprises = doc.sources.filter((r) => r.target === '新增注册企业4.5万户');
    expect(enterprises.find((r) => r.figure.startsWith('基期'))).toEqual({
      target: '新增注册企业4.5万户',
      figure: '基期 5.8 万户',
      source: '录入值（本情景录入的实际数据）',
    });
    const entities = doc.sources.filter((r) => r.target === '新增各类市场主体约10万户');
    const base = entities.find((r) => r.figure.startsWith('基期'))!;
    // In the indicators' names, not their ids.
    expect(base.source).toContain('由分项计算：注册企业数（拥有企业数） + 个体工商户数');
  });

  it('lists the parts a computed latest figure was computed from, each with its figure and source (郑处长)', async () => {
    const yaohai = yaohaiWithStatistics();
    const entered = { pillar_output: { '2024': 560 }, hte_new_certifications: { '2021': 32, '2022': 28 } };
    const ev = await evaluateTargets(yaohai, null, entered, { paths: 0 });
    // As the page gives it: the published figures and the entered ones in one table, the scenario beside it
    // (钱主任: the published 800 had been cited as 录入值).
    const doc = buildReport(
      {
        ...reportInput(yaohai, ev, {
          actuals: mergeActuals(planObservations(yaohai).actuals, entered) as Record<
            string,
            Record<string, number>
          >,
        }),
        scenario: { name: { zh: '基准' }, actuals: entered } as Working,
      },
      'zh',
    );
    const share = ev.targets.find((x) => x.indicator === 'pillar_share')!;
    const rows = doc.sources.filter((r) => r.target === share.name.zh);
    expect(rows.find((r) => r.figure.startsWith('最新实际'))!.source).toContain('由分项计算');
    const parts = rows.filter((r) => r.figure.startsWith('其中'));
    expect(parts.map((r) => r.figure)).toEqual([
      '其中 地区生产总值 2024年 800 亿元',
      '其中 五大支柱产业中小企业生产总值 2024年 560 亿元',
    ]);
    expect(parts[1]!.source).toBe('录入值（本情景录入的实际数据）');
    // The published GDP with where it was published, its 左右 included.
    const gdp = yaohai.observations.find((o) => o.indicator === 'gdp' && o.year === 2024)!;
    expect(gdp.provenance.kind).toBe('statistic');
    expect(parts[0]!.source).toMatch(/^统计数据；/);
    expect(parts[0]!.source).toContain('800亿元左右');
    // A running total lists the yearly flows it sums, each with its source.
    const cultivated = ev.targets.find((x) => x.id === 'high_tech_cultivated')!;
    const flows = doc.sources.filter((r) => r.target === cultivated.name.zh && r.figure.startsWith('其中'));
    expect(flows.map((r) => r.figure)).toEqual([
      expect.stringMatching(/^其中 .+ 2021年 32 家/),
      expect.stringMatching(/^其中 .+ 2022年 28 家/),
    ]);
    expect(flows.every((r) => r.source === '录入值（本情景录入的实际数据）')).toBe(true);
  });

  it('draws no chart that would hold one dot: an increase on an unknown base, with no paths', async () => {
    const yaohai = yaohaiWithStatistics();
    // The published 2025 total is a floor (突破23万户): the figure is entered.
    const entered = { market_entities: { '2025': 231000 } };
    const ev = await evaluateTargets(yaohai, null, entered, { paths: 0 });
    const result = runSync(yaohai, null, { paths: 100, seed: 1 });
    const doc = buildReport(reportInput(yaohai, ev, { result, actuals: entered }), 'zh');
    // 新增各类市场主体约10万户 has its 2025 total but no 2020 base: its row says 基期待补 instead.
    expect(ev.targets.find((x) => x.id === 'market_entities_new')?.latest).not.toBeNull();
    expect(doc.charts.map((c) => c.target)).not.toContain('market_entities_new');
    expect(doc.charts.map((c) => c.target)).toContain('retail_sales_2025');
  });

  it('has no such appendix when every base is known', async () => {
    expect((await report('zh')).doc.baseNeeds).toBeNull();
  });
});

// An auditor shown a report of 政策加力（已修改） could not rebuild its ">99%": the report named the preset alone and
// none of the settings moved. It now lists what differs from the plan's defaults, the run, and the link.
describe('the settings that reproduce a report', () => {
  it('lists each setting apart from the plan default, the paths and seed, and the link; marks a modified scenario', async () => {
    const ev = await evaluateTargets(plan, null, actuals, { paths: 200, seed: 3 });
    const moved: Working = {
      name: { zh: '政策加力' },
      levers: { industry_fund: { intensity: 2 } },
      parameters: { g_output: { mean: 0.09, sd: 0.02 } },
    } as Working;
    const doc = buildReport(
      {
        ...reportInput(plan, ev),
        scenarioName: '政策加力',
        scenario: moved,
        modified: true,
        link: 'http://localhost:5173/#s=abc',
      },
      'zh',
    );
    expect(doc.cover.find((c) => c.label === '推演情景')!.value).toBe('政策加力（已修改）');
    // Changed by entered actuals alone, the cover says that (a tester: 已修改 read as an assumption moved).
    const pasted = buildReport(
      {
        ...reportInput(plan, ev),
        scenarioName: '政策加力',
        scenario: moved,
        modified: true,
        onlyActuals: true,
      },
      'zh',
    );
    expect(pasted.cover.find((c) => c.label === '推演情景')!.value).toBe('政策加力（已录入实际数据）');
    expect(doc.settings.intro).toContain('情景“政策加力（已修改）”与规划默认设置不同的设置如下');
    // Its methods name it as the cover does (a tester's changed 基准 had said 按情景“基准”…生成 5000 条可能路径).
    expect(doc.methods.join('')).toContain('按情景“政策加力（已修改）”');
    expect(doc.settings.rows).toEqual([
      // With the year it acts from: a setting without one acts from the year after the base.
      {
        setting: expect.stringContaining('产业扶持资金'),
        value: '2（2021年起）',
        planDefault: '0（2021年起）',
      },
      { setting: expect.stringContaining('支柱产业增速'), value: '9 ± 2%', planDefault: '7.5 ± 2%' },
    ]);
    expect(doc.settings.run).toBe('推演：200 条路径，随机种子 3。');
    // The values entered are listed, indicator by indicator, so the report holds what reproduces it.
    const withActuals = buildReport(
      {
        ...reportInput(plan, ev),
        scenarioName: '政策加力',
        scenario: { ...moved, actuals: { pillar_output: { '2022': 480, '2021': 450 } } } as Working,
      },
      'zh',
    );
    expect(withActuals.settings.rows.at(-1)).toEqual({
      setting: `录入：${plan.indicators.find((i) => i.id === 'pillar_output')!.name.zh}`,
      value: '2021年 450 亿元；2022年 480 亿元',
      planDefault: '—',
    });
    // Its description and a lever acting before its policy was issued are said, as the page says them.
    const yaohai = yaohaiPlan();
    const early = buildReport(
      {
        ...reportInput(yaohai, await evaluateTargets(yaohai, null, {}, { paths: 0 })),
        scenario: {
          name: { zh: '提前' },
          description: { zh: '金融加力，自2022年起' },
          levers: { hefei_14_finance: { intensity: 2, start: 2022 } },
        } as Working,
      },
      'zh',
    );
    expect(early.settings.notes[0]).toBe('情景说明：金融加力，自2022年起');
    expect(early.settings.notes[1]).toMatch(/（2022年起）：早于政策印发年份（2025年）/);
    expect(doc.settings.link).toBe('打开此链接即回到同一情景：http://localhost:5173/#s=abc');
    // A link too long to type back is not printed; the spreadsheet keeps it whole.
    const long = `http://localhost:5173/#s=${'x'.repeat(2000)}`;
    const withLong = buildReport({ ...reportInput(plan, ev), scenario: moved, link: long }, 'zh');
    expect(withLong.settings.link).toContain('本情景的链接长 2,025 个字符，未印出');
    expect(withLong.settings.url).toBe(long);
  });

  it('marks the description as saved once modified, and states the policy cost with what it rests on (郑处长)', async () => {
    const yaohai = yaohaiPlan();
    const scenario = {
      name: { zh: '基准' },
      description: { zh: '默认模型，不加政策杠杆与冲击' },
      levers: { hefei_01_innovation: { intensity: 3, start: 2022 } },
    } as Working;
    const result = runSync(yaohai, loadScenario(scenarioDocument(yaohai, scenario), 'scenario', yaohai), {
      paths: 0,
    });
    expect(result.cost.total).toBeGreaterThan(0);
    const doc = buildReport(
      {
        ...reportInput(yaohai, await evaluateTargets(yaohai, null, {}, { paths: 0 }), { result }),
        scenario,
        modified: true,
      },
      'zh',
    );
    expect(doc.settings.notes[0]).toBe(
      '情景说明（保存时所写，此后已修改，以上表设置为准）：默认模型，不加政策杠杆与冲击',
    );
    expect(doc.settings.notes[1]).toMatch(
      /^政策总成本（至目标年）：[\d.,]+ (亿元|万元)，由各杠杆强度 × 每单位年成本 × 实施年数推算；所用杠杆的每单位成本均为假设/,
    );
  });

  it('says so when every setting is the plan default', async () => {
    const ev = await evaluateTargets(plan, null, actuals, { paths: 200, seed: 3 });
    const doc = buildReport(
      { ...reportInput(plan, ev), scenario: { name: { zh: '基准' } } as Working },
      'en',
    );
    expect(doc.settings.rows).toEqual([]);
    expect(doc.settings.intro).toContain('keeps every default of the plan');
    expect(doc.settings.link).toBeNull();
  });
});

// 吴工: the report's settings gave 规划默认 5 ± 3%/年 for a run that took 6.11% from the actuals entered.
describe('a default that gave way to the observed history', () => {
  it('is said in the settings, with the rate the run used', async () => {
    const own = planFromTable(['指标,单位,2020年,2025年', '地区生产总值,亿元,285.6,400'], 2025);
    const gdp = own.indicators.find((i) => i.name.zh === '地区生产总值')!.id;
    const entered = { [gdp]: { '2021': 309.8, '2022': 322.5, '2023': 341.2 } };
    const working: Working = { name: { zh: '录入' }, plan: own.meta.id, actuals: entered };
    const result = runSync(own, working as never, { paths: 0 });
    expect(result.historyRates).toHaveLength(1);
    const ev = await evaluateTargets(own, working as never, {}, { paths: 0 });
    const doc = buildReport({ ...reportInput(own, ev, { result }), scenario: working }, 'zh');
    expect(doc.settings.notes.join('\n')).toMatch(
      /地区生产总值.*：规划默认 5 ± 3%\/年，已按录入的实际数据改用 6\.11 ± 3%\/年（2020–2023年实际年均增速）/,
    );
    // 钱主任: 5% typed (the plan's own default) ran at 5%, and the report left it out as "规划默认": it is listed.
    const typed: Working = { ...working, parameters: { [`g_${gdp}`]: '5% ± 3%' } };
    const at5 = runSync(own, typed as never, { paths: 0 });
    expect(at5.historyRates).toEqual([]);
    const doc5 = buildReport(
      {
        ...reportInput(own, await evaluateTargets(own, typed as never, {}, { paths: 0 }), { result: at5 }),
        scenario: typed,
      },
      'zh',
    );
    const row = doc5.settings.rows.find((r) => r.setting.includes('地区生产总值'))!;
    expect(row.value).toContain('5 ± 3%');
    expect(row.planDefault).toContain('（录入实际数据后改用其年均变化）');
    expect(doc5.settings.notes.join('\n')).not.toContain('已按录入的实际数据改用');
  });

  // 钱主任: the settings listed 3.6 / 4.3 件 entered as 4 / 4 件.
  it('lists the values entered as entered, a count’s fractions kept', async () => {
    const patents = planFromTable(['指标,单位,2020年,2025年', '每万人口发明专利拥有量,件,3.1,6'], 2025);
    const id = patents.indicators[0]!.id;
    const entered: Working = {
      name: { zh: '录入' },
      plan: patents.meta.id,
      actuals: { [id]: { '2021': 3.6, '2022': 4.3 } },
    };
    const ev = await evaluateTargets(patents, entered as never, {}, { paths: 0 });
    const doc = buildReport({ ...reportInput(patents, ev), scenario: entered }, 'zh');
    expect(doc.settings.rows.find((r) => r.setting.includes('每万人口发明专利拥有量'))!.value).toBe(
      '2021年 3.6 件；2022年 4.3 件',
    );
  });

  // 孙科长: an entered 700.5 stood over "规划默认 —" though 702.6 was published for 2021, and an 80.35 the paste
  // had questioned went into the appendix bare.
  it('gives the published figures an entered value replaced, and marks a value questioned', async () => {
    const yaohai = yaohaiWithStatistics();
    const entered: Working = {
      name: { zh: '录入' },
      plan: yaohai.meta.id,
      actuals: { gdp: { '2021': 700.5, '2022': 739.8, '2023': 781.2, '2024': 80.35 } },
    };
    const scenarioFile = { format: SCENARIO_FORMAT, name: { zh: '录入' }, actuals: entered.actuals };
    const result = runSync(yaohai, scenarioFile as never, { paths: 0 });
    const ev = await evaluateTargets(yaohai, entered as never, {}, { paths: 0 });
    const doc = buildReport({ ...reportInput(yaohai, ev, { result }), scenario: entered }, 'zh');
    const gdp = doc.settings.rows.find((r) => r.setting === '录入：地区生产总值')!;
    expect(gdp.value).toBe(
      '2021年 700.5 亿元；2022年 739.8 亿元；2023年 781.2 亿元；2024年 80.35 亿元 ⚠ 存疑：疑为 803.5 亿元',
    );
    expect(gdp.planDefault).toMatch(/^2021年公布 702\.6 亿元；2022年公布 741\.3 亿元；2023年公布 780 亿元/);
    // In English the slipped figure and its guess are quoted as typed, each with its English reading.
    const en = buildReport({ ...reportInput(yaohai, ev, { result }), scenario: entered }, 'en');
    const gdpEn = en.settings.rows.find((r) => r.setting.includes('GDP') || r.value.includes('80.35'))!;
    expect(gdpEn.value).toContain('80.35 亿元 (8.035 bn yuan)');
    expect(gdpEn.value).toContain('perhaps 803.5 亿元 (80.35 bn yuan)');
  });
});

// A 南岭区 planner's report listed no base for 城镇化率 72.3%, 研发 2.6% or 失业率 5.1%: a share simulated through
// its odds carries its base there. The appendix now cites it, as the share given.
// A tester: the appendix gave 新增注册企业4.5万户 达成概率 88% with no data, and nothing in the report said what the
// 88% rested on (the base 58,639 printed as the SME count, entry and exit rates assumed).
describe('the sources of a target projected without data', () => {
  it('cites its goal, its base and each assumption its path is projected with, with their sources', async () => {
    const yaohai = yaohaiWithStatistics();
    const ev = await evaluateTargets(yaohai, null, {}, { paths: 200, seed: 1 });
    const doc = buildReport(reportInput(yaohai, ev, { result: runSync(yaohai, null, { paths: 50 }) }), 'zh');
    const rows = doc.sources.filter((r) => r.target === '新增注册企业4.5万户');
    expect(rows.map((r) => r.figure.split(' ')[0])).toEqual(
      expect.arrayContaining([
        '目标',
        '基期',
        '推演假设“企业年新设率（占上年存量）”',
        '推演假设“企业年退出率（注销、吊销、迁出）”',
      ]),
    );
    expect(rows.find((r) => r.figure.startsWith('基期'))!.source).toContain(
      '截至2020年全区中小企业共58639户',
    );
    const entry = rows.find((r) => r.figure.includes('企业年新设率'))!;
    expect(entry.figure).toContain('22 ± 4%/年');
    expect(entry.source).toMatch(/^假设：/);
    // A target that waits for its base shows no chance, and so has nothing to cite here.
    const waiting = ev.targets.find((x) => x.latest === null && x.pMet === null)!;
    expect(
      doc.sources.some(
        (r) => r.target === targetName(waiting, 'zh') && /^(目标|基期|推演假设)/.test(r.figure),
      ),
    ).toBe(false);
  });
});

describe('the sources appendix of a share simulated through its odds', () => {
  it('lists the base as the share, with where it came from', async () => {
    const shares = planFromTable(['指标名称,单位,2025年基期,2030年目标', '常住人口城镇化率,%,72.3,76']);
    const share = shares.indicators.find((i) => i.name.zh === '常住人口城镇化率')!;
    const ev = await evaluateTargets(
      shares,
      null,
      { [share.id]: { '2027': 0.736 } },
      { paths: 200, seed: 1 },
    );
    const doc = buildReport(reportInput(shares, ev), 'zh');
    const base = doc.sources.find((r) => r.figure.startsWith('基期'))!;
    expect(base.figure).toBe('基期 72.3%');
    expect(base.source).toContain('目标表第2行');
    // As the kind of figure it is, not 推算 (a printed 9.5% had read 推算：s / (1 − s)… in Word: a tester).
    expect(base.source).toMatch(
      /^(规划原文|录入值)（比重换算为比值 s ÷ \(1 − s\) 供模拟使用，同一数值，并非估算）：/,
    );
    expect(base.source).not.toMatch(/^推算/);
  });
});

// A 十五五 draft's what-if had exported as a 中期评估报告 whose summary said no target was at risk, above an
// appendix listing five at risk; its sections went from 一 to 三, and 三 was an empty table.
describe('a report with nothing observed', () => {
  it('is a projection: titled so, no empty sections, numbered as it runs, and its summary counts the forecast', async () => {
    const draft = planFromTable([
      '指标名称,单位,2025年基期,2030年目标',
      '地区生产总值,亿元,800,1500',
      '一般公共预算收入,亿元,60,62',
    ]);
    // The planner's own rates (a generated plan's defaults give no verdict): 3% a year for every one.
    const whatIf = {
      format: SCENARIO_FORMAT,
      name: { zh: '加力' },
      parameters: Object.fromEntries(
        draft.parameters.filter((p) => p.unit.includes('%')).map((p) => [p.id, 0.03]),
      ),
    };
    const loaded = loadScenario(whatIf, 'what-if', draft);
    const ev = await evaluateTargets(draft, loaded, {}, { paths: 300, seed: 1 });
    const result = runSync(draft, loaded, { paths: 300, seed: 1 });
    const doc = buildReport(reportInput(draft, ev, { result }), 'zh');
    expect(doc.title).toBe(`${draft.meta.title.zh}情景推演报告`);
    expect(doc.table.rows).toEqual([]);
    expect(doc.charts).toEqual([]);
    expect(doc.headings.summary).toBe('一、总体评估');
    expect(doc.headings.methods).toBe('二、方法与口径说明');
    expect(doc.headings.notes).toBe('三、编制说明');
    const atRisk = ev.targets.filter((x) => ['at-risk', 'off-track'].includes(x.verdict.code)).length;
    expect(atRisk).toBeGreaterThan(0);
    expect(doc.summary.join('')).toContain(`尚无实际数据的目标中，按推演有 ${atRisk} 项存在风险或难以达成`);
    expect(doc.summary.join('')).not.toContain('推演也未显示有目标存在风险');
    expect(buildReport(reportInput(draft, ev, { result }), 'en').headings.methods).toBe(
      '2. Methods and definitions',
    );
  });
});

// The English cover had read "Issued by 合肥市瑶海区经济和信息化局、合肥市瑶海区发展和改革委员会", marked as Chinese
// as a whole: a tester took the run of Chinese for the plan's name. In English the label and the sentence are
// English, and the units are named as printed, each quoted; in Chinese the line is the plan's own.
describe('the cover’s issuing unit', () => {
  const issuer = async (p: Plan, lang: 'zh' | 'en') => {
    const ev = await evaluateTargets(p, null, {}, { paths: 0 });
    const doc = buildReport(reportInput(p, ev), lang);
    return doc.cover[1]!;
  };
  it('in English names each unit as printed, in an English sentence, apart from the plan’s name', async () => {
    const line = await issuer(yaohaiPlan(), 'en');
    expect(line).toEqual({
      label: 'Issuing units',
      value: '“合肥市瑶海区经济和信息化局” and “合肥市瑶海区发展和改革委员会” (as printed in the plan)',
    });
    expect(line.value).not.toContain(yaohaiPlan().meta.title.zh);
  });
  it('in Chinese is the plan’s own line', async () => {
    expect(await issuer(yaohaiPlan(), 'zh')).toEqual({
      label: '印发单位',
      value: '合肥市瑶海区经济和信息化局、合肥市瑶海区发展和改革委员会',
      cited: true,
    });
  });
  it('says so where the plan names none', async () => {
    const none = { ...yaohaiPlan(), meta: { ...yaohaiPlan().meta, issuer: undefined } };
    expect((await issuer(none, 'en')).value).toBe('not stated in the plan');
    expect((await issuer(none, 'zh')).value).toBe('规划未载明');
  });
});
