import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { derivedActuals } from '../../engine/evaluate/derivedActuals.ts';
import type { Evaluation } from '../../engine/evaluate/evaluateTargets.ts';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { isFinalEvaluation } from '../../engine/evaluate/isFinalEvaluation.ts';
import { listedStatuses } from '../../engine/evaluate/listedStatuses.ts';
import { questionedCount } from '../../engine/evaluate/questionedCount.ts';
import { statusKey } from '../../engine/evaluate/statusKey.ts';
import type { Plan } from '../../engine/plan/planSchema.ts';
import { SCENARIO_FORMAT } from '../../engine/plan/scenarioSchema.ts';
import { evaluationColumn, statusText, verdictText } from '../../engine/report/evaluationColumns.ts';
import { evaluationTable } from '../../engine/report/evaluationCsv.ts';
import type { Lang } from '../../engine/report/lang.ts';
import { writeCsv } from '../../engine/report/writeCsv.ts';
import { planFromTable } from '../extract/planFromTable.ts';
import { planFromText } from '../extract/planFromText.ts';

/** The evaluation as the CLI writes it with --format csv. */
const evaluationCsv = (ev: Evaluation, lang: Lang = 'zh') => {
  const { fields, data } = evaluationTable(ev, lang);
  return writeCsv(fields, data);
};

import { anchoringMessages } from '../../engine/report/anchoringMessages.ts';
import { evaluationReport } from '../../engine/report/evaluationReport.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { runSync } from '../../engine/run/run.ts';
import { yaohaiPlan, yaohaiWithStatistics } from '../engine/planFixtures.ts';
import { fixturePlan } from './fixturePlan.ts';
import { normalCdf } from './normal.ts';

const plan = fixturePlan('mini.plan.json');
const x0 = 422.8;

describe('evaluateTargets', () => {
  it('a growth target exactly on its planned 7.5 %/yr path is on plan, not behind', async () => {
    const actuals = { pillar_output: { '2021': x0 * 1.075, '2022': x0 * 1.075 ** 2 } };
    const ev = await evaluateTargets(plan, null, actuals, { paths: 0 });
    for (const id of ['pillar_2025', 'pillar_growth']) {
      const t = ev.targets.find((x) => x.id === id)!;
      expect(t.latest).toEqual({ year: 2022, value: x0 * 1.075 ** 2 });
      expect(t.tau).toBeCloseTo(0.4, 12);
      expect(t.progress!).toBeLessThan(t.tau!); // linear reading would say "behind"
      expect(t.plannedPathRatio!).toBeCloseTo(
        id === 'pillar_growth' ? 1 : (1.075 / (607 / x0) ** 0.2) ** 2,
        9,
      );
      expect(t.status).toBe('on-track');
      expect(t.paceBasis).toBe('planned-path');
    }
  });

  it('P(met) is the engine’s, on paths re-anchored on the actuals: 500 in 2022 ⇒ P = 1 − Φ((g* − 7.5 %)/2 %)', async () => {
    const actuals = { pillar_output: { '2022': 500 } };
    const ev = await evaluateTargets(plan, null, actuals, { paths: 10_000, seed: 4 });
    const t = ev.targets.find((x) => x.id === 'pillar_2025')!;
    const direct = runSync(
      plan,
      { format: SCENARIO_FORMAT, name: { zh: 'x' }, actuals },
      { paths: 10_000, seed: 4 },
    );
    expect(t.pMet).toBe(direct.targets.find((x) => x.id === 'pillar_2025')!.pMet);
    const gStar = (607 / 500) ** (1 / 3) - 1; // 6.68 %
    expect(Math.abs(t.pMet! - (1 - normalCdf((gStar - 0.075) / 0.02)))).toBeLessThan(0.02); // ≈ 0.660
    // The re-anchored deterministic path: 500 · 1.075³ = 621.1.
    expect(t.projected).toBeCloseTo(500 * 1.075 ** 3, 6);
    expect(t.projectedMet).toBe(true);
  });

  // A published statistic pins every run of the plan: the evaluation had measured progress from the pasted
  // actuals alone, so a row's latest actual was not the one its P(met) was simulated from.
  it('measures from the published statistics the plan carries, under what the planner enters', async () => {
    const published: Plan = {
      ...plan,
      observations: [
        {
          indicator: 'pillar_output',
          year: 2023,
          value: 520,
          provenance: {
            kind: 'statistic',
            publisher: '测试区统计局',
            document: '2023年测试区统计公报',
            date: '2024-03',
            where: 'https://example.invalid/gongbao-2023',
            phrase: '支柱产业产值520亿元',
          },
        },
      ],
    };
    const pillar = (ev: Evaluation) => ev.targets.find((x) => x.id === 'pillar_2025')!;
    const alone = pillar(await evaluateTargets(published, null, {}, { paths: 2000, seed: 3 }));
    expect(alone.latest).toEqual({ year: 2023, value: 520 });
    expect(alone.latestSource).toBe('statistic');
    expect(evaluationColumn('latest').text(alone, 'zh')).toBe('520 亿元（2023年，公布统计）');
    // The row's P(met) is the run's that the statistic pins.
    const direct = runSync(published, null, { paths: 2000, seed: 3 });
    expect(alone.pMet).toBe(direct.targets.find((x) => x.id === 'pillar_2025')!.pMet);
    // An entered figure for an earlier year leaves the statistic the latest; one for its year overrides it.
    const earlier = pillar(
      await evaluateTargets(published, null, { pillar_output: { '2022': 480 } }, { paths: 0 }),
    );
    expect([earlier.latest, earlier.latestSource]).toEqual([{ year: 2023, value: 520 }, 'statistic']);
    const over = pillar(
      await evaluateTargets(published, null, { pillar_output: { '2023': 530 } }, { paths: 0 }),
    );
    expect([over.latest, over.latestSource]).toEqual([{ year: 2023, value: 530 }, 'entered']);
    // As of 2022 the statistic is not known yet: not the latest, and it pins no path.
    const asOf = pillar(
      await evaluateTargets(
        published,
        null,
        { pillar_output: { '2022': 480 } },
        { paths: 2000, seed: 3, asOf: 2022 },
      ),
    );
    expect([asOf.latest, asOf.latestSource]).toEqual([{ year: 2022, value: 480 }, 'entered']);
    const before = runSync(
      plan,
      { format: SCENARIO_FORMAT, name: { zh: 'x' }, actuals: { pillar_output: { '2022': 480 } } },
      { paths: 2000, seed: 3 },
    );
    expect(asOf.pMet).toBe(before.targets.find((x) => x.id === 'pillar_2025')!.pMet);
  });

  it('a quota missed in one year is at best 滞后, whatever the total', async () => {
    const actuals = { hte_new: { '2021': 40, '2022': 28, '2023': 40 } };
    const ev = await evaluateTargets(plan, null, actuals, { paths: 200 });
    const q = ev.targets.find((x) => x.id === 'hte_quota')!;
    expect(q.pace).toBeCloseTo(108 / 90, 12);
    expect(q.missedYears).toEqual([2022]);
    expect(renderMessage('zh', q.note!)).toBe('2022 年未完成年度任务');
    expect(renderMessage('en', q.note!)).toBe('yearly quota missed in 2022');
    expect(evaluationReport(ev)).toContain('2022 年未完成年度任务');
    expect(evaluationReport(ev, { lang: 'en' })).toContain('yearly quota missed in 2022');
    expect(q.status).toBe('behind');
    expect(q.pMet).toBe(0); // the engine agrees: the quota can no longer be met
  });

  // The Yaohai plan's 每年成功申报30家 is a flow with no base: 28 entered for 2021 had left it unmeasured, its
  // status 进度待补基期 and its verdict 难以达成 <1%, where the plan's rule makes it missed.
  it('measures a yearly quota of a flow that has no base, and a short year settles it', async () => {
    const yaohai = yaohaiWithStatistics();
    const ev = await evaluateTargets(
      yaohai,
      null,
      { hte_new_certifications: { '2021': 28, '2022': 35 } },
      { paths: 200, seed: 1 },
    );
    const q = ev.targets.find((x) => x.id === 'high_tech_applications_yearly')!;
    expect(q.missedYears).toEqual([2021]);
    expect(q.progress).toBeCloseTo(63 / 150, 12);
    expect(q.status).toBe('behind');
    expect(q.verdict).toMatchObject({ code: 'missed', reason: 'quota-every-year' });
    // The note says which year the 滞后 rests on, beside a pace of 105%.
    expect(renderMessage('zh', q.note!)).toBe('2021 年未完成年度任务');
  });

  // A tester's own plan: 工业互联网平台每年新增5个 with 4, 6, 5 entered for 2021–2023 read 滞后 · 基期待补, and the
  // report asked the statistics office for a 2020 count the verdict does not need.
  it('settles a yearly quota by its observed years when its base is unknown, resting on data', async () => {
    const p = planFromTable(['指标,单位,目标年,目标值,类型', '工业互联网平台新增,个,2025,5,每年'], 2025);
    const t = p.targets[0]!;
    expect(t.kind).toBe('quota');
    const id = t.indicator!;
    const ev = async (byYear: Record<string, number>) =>
      (await evaluateTargets(p, null, { [id]: byYear }, { paths: 200, seed: 1 })).targets[0]!;
    const short = await ev({ '2021': 4, '2022': 6, '2023': 5 });
    expect(short.verdict).toMatchObject({ code: 'missed', reason: 'quota-every-year' });
    expect(short.verdictBasis).toBe('data');
    expect(short.missedYears).toEqual([2021]);
    const run = runSync(
      p,
      { format: SCENARIO_FORMAT, name: { zh: 'x' }, actuals: { [id]: { '2021': 4 } } },
      { paths: 50 },
    );
    expect(run.targets[0]!.needs).toBeNull();
    // Every year met to its own: met, on data; with years still to come and no base, the forecast still waits.
    const all = await ev({ '2021': 5, '2022': 6, '2023': 5, '2024': 7, '2025': 5 });
    expect(all.verdict.code).toBe('achieved');
    expect(all.verdictBasis).toBe('data');
    const sofar = await ev({ '2021': 5, '2022': 6 });
    expect(sofar.verdict.code).toBe('unknown-base');
  });

  // The page hands actuals over in its scenario, the CLI as a file: a share's base from an entered 2020 part
  // (430 ÷ 616 = 69.8%) was the page's alone, and the CLI read 进度待补基期 where the page read a status.
  it('gives the same evaluation whether the actuals come in the scenario or beside it', async () => {
    const yaohai = yaohaiWithStatistics();
    const actuals = { pillar_output: { '2020': 430, '2023': 505 }, individual_businesses: { '2020': 60000 } };
    const options = { paths: 200, seed: 2 };
    const beside = await evaluateTargets(yaohai, null, actuals, options);
    const inScenario = await evaluateTargets(
      yaohai,
      { format: SCENARIO_FORMAT, name: { zh: '录入' }, actuals },
      {},
      options,
    );
    const rows = (ev: Evaluation) =>
      ev.targets.map((t) => [t.id, t.base, t.status, t.progress, t.pMet, t.verdict.code]);
    expect(rows(beside)).toEqual(rows(inScenario));
    const share = beside.targets.find((t) => t.id === 'pillar_share_2025')!;
    expect(share.base).toBeCloseTo(430 / 616, 12);
    // Its 2023 value is computed from an entered 505 and the published GDP, a 预计数 copied from elsewhere:
    // said computed from those parts, with the GDP figure's caveats.
    expect(share.latestFrom).toEqual(['pillar_output', 'gdp']);
    expect(share.latestCaveats).toEqual(['preliminary', 'secondhand']);
  });

  // The status is read from the pace; the table had shown 完成进度 and 时间进度 but not the pace itself.
  it('shows the pace the status is read from, as a column of its own', async () => {
    const ev = await evaluateTargets(plan, null, { hte: { '2020': 50, '2023': 120 } }, { paths: 0 });
    const t = ev.targets.find((x) => x.id === 'hte_2025')!;
    expect(t.pace).not.toBeNull();
    expect(evaluationColumn('pace').text(t, 'zh')).toBe(`${(t.pace! * 100).toFixed(1)}%`);
    expect(evaluationTable(ev, 'zh').fields.some((f) => f.startsWith('进度比'))).toBe(true);
  });

  it('uses an observed base-year value, counts statuses, and marks targets without data', async () => {
    const actuals = { hte: { '2020': 50, '2023': 120 } };
    const ev = await evaluateTargets(plan, null, actuals, { paths: 200 });
    const t = ev.targets.find((x) => x.id === 'hte_2025')!;
    expect(t).toMatchObject({ base: 50, baseOrigin: 'actual' });
    expect(t.progress).toBeCloseTo(70 / 150, 12);
    const counts = Object.values(ev.summary.counts).reduce((a, b) => a + b, 0);
    expect(counts).toBe(ev.targets.length);
    expect(ev.summary.counts['no-data']).toBe(ev.targets.filter((x) => x.latest === null).length);
    expect(ev.targets.find((x) => x.id === 'pillar_share_2025')).toMatchObject({
      status: null,
      baseOrigin: 'model',
    });
    expect(ev.targets.find((x) => x.id === 'pillar_share_2025')!.base).toBeCloseTo(422.8 / 900, 12);
  });

  it('applies caller thresholds and refuses disordered ones', async () => {
    const actuals = { hte: { '2023': 130 } }; // pace 0.5/0.6 = 0.833
    const strict = await evaluateTargets(plan, null, actuals, { paths: 0 });
    expect(strict.targets.find((x) => x.id === 'hte_2025')!.status).toBe('behind');
    const lenient = await evaluateTargets(plan, null, actuals, {
      paths: 0,
      thresholds: { ahead: 1.2, onTrack: 0.8, behind: 0.5 },
    });
    expect(lenient.targets.find((x) => x.id === 'hte_2025')!.status).toBe('on-track');
    expect(lenient.summary.thresholds).toEqual({ ahead: 1.2, onTrack: 0.8, behind: 0.5 });
    await expect(
      evaluateTargets(plan, null, actuals, { thresholds: { ahead: 0.5, onTrack: 0.8, behind: 0.9 } }),
    ).rejects.toThrow(/ordered/);
  });

  it('gives the same evaluation for the same pasted rows in any order', async () => {
    const rows = [
      '五大支柱产业中小企业生产总值\t2021\t454.5',
      '高新技术企业数\t2022\t95',
      '地区生产总值\t2022\t1,011.2',
    ];
    const a = parseActuals(`指标\t年份\t数值\n${rows.join('\n')}`, plan).actuals;
    const b = parseActuals(`指标\t年份\t数值\n${[...rows].reverse().join('\n')}`, plan).actuals;
    const ea = await evaluateTargets(plan, null, a, { paths: 500, seed: 9 });
    const eb = await evaluateTargets(plan, null, b, { paths: 500, seed: 9 });
    expect(JSON.stringify(eb)).toBe(JSON.stringify(ea));
  });
});

describe('evaluation output', () => {
  it('keeps the upper end of a range target in a column of its own (3-5 had read 3 alone)', async () => {
    // The published 2025 市场主体 is a floor (突破23万户), no latest value: the figure is entered here.
    const ev = await evaluateTargets(
      yaohaiWithStatistics(),
      null,
      { market_entities: { '2025': 231000 } },
      { paths: 0 },
    );
    const table = evaluationTable(ev);
    const row = table.data.find((r) => r[0] === 'startup_promotions_yearly')!;
    const at = (name: string) => row[table.fields.indexOf(name)];
    expect([at('目标值'), at('目标上限（区间目标）')]).toEqual([3, 5]);
    // An increase target's latest value is a level, and its source column says so (493 beside +200 read as met).
    const entities = table.data.find((r) => r[0] === 'market_entities_new')!;
    expect(entities[table.fields.indexOf('最新实际来源')]).toBe('录入（总量，非增量）');
  });

  it('CSV, and a report that states its thresholds, in Chinese and English', async () => {
    const ev = await evaluateTargets(
      plan,
      null,
      { pillar_output: { '2022': 488.6 }, hte: { '2022': 95 } },
      { paths: 300 },
    );
    const csv = evaluationCsv(ev);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(
      /^目标编号,目标,目标年,单位,目标值单位,最新实际年份,最新实际来源,基期值,比较,目标值,目标上限（区间目标）,最新实际,时间进度（%）,/,
    );

    expect(lines).toHaveLength(1 + ev.targets.length);
    // Numbers as numbers, rounded as shown: percentages as percent figures, amounts to the digits displayed.
    const table = evaluationTable(ev);
    const pillar = table.data.find((r) => String(r[0]).startsWith('pillar'))!;
    const col = (name: string) => pillar[table.fields.indexOf(name)];
    expect(col('最新实际')).toBe(488.6);
    expect(col('最新实际来源')).toBe('录入');
    // A single figure leaves the range's upper-end column empty.
    expect(col('目标上限（区间目标）')).toBeNull();
    // Each figure with its comparator as the plan states it (a tester: "超过5个" had read as a bare 5).
    const strict = ev.targets.find((t) => t.comparator === '>');
    for (const row of table.data) {
      const t = ev.targets.find((x) => x.id === row[0])!;
      expect(row[table.fields.indexOf('比较')]).toBe(
        { '>=': '≥', '>': '>', '<=': '≤', '~=': '约', range: '' }[t.comparator],
      );
    }
    expect(strict === undefined || table.data.some((r) => r[table.fields.indexOf('比较')] === '>')).toBe(
      true,
    );
    // The Yaohai plan's 新增…科技孵化器、众创空间超过5个: met at 6, so its row says > 5, not 5.
    const yaohai = evaluationTable(await evaluateTargets(yaohaiWithStatistics(), null, {}, { paths: 0 }));
    const at = yaohai.fields.indexOf('比较');
    expect(yaohai.data.find((r) => r[0] === 'incubators_new')!.slice(at, at + 2)).toEqual(['>', 5]);
    // A ratio not simulated as a share (口径不可比) rests on no base to enter (it had read 基期待补).
    expect(yaohai.data.find((r) => r[0] === 'service_share_2025')![yaohai.fields.indexOf('判断依据')]).toBe(
      '不作推演（口径不可比）',
    );
    expect(typeof col('时间进度（%）')).toBe('number');
    expect(Number.isInteger(col('时间进度（%）'))).toBe(true);
    expect(evaluationTable(ev, 'en').fields[0]).toBe('Target id');
    const zh = evaluationReport(ev);
    expect(zh).toContain('# 分析测试小规划 中期评估报告');
    expect(zh).toContain('≥ 110% 为“快于预期”');
    expect(zh).toContain('联合国亚太经社会');
    expect(zh).toContain('| 提前实现 | 0 |');
    const en = evaluationReport(ev, { lang: 'en', format: 'html' });
    expect(en).toMatch(/^<!doctype html>/);
    expect(en).toContain('≥ 110%: ahead of plan');
    expect(en).not.toContain('<script');
  });
});

describe('observations that follow from observed inputs', () => {
  it('a share is observed where its numerator and denominator are, and measured linearly', async () => {
    const ev = await evaluateTargets(
      plan,
      null,
      { pillar_output: { '2022': 488.6 }, gdp: { '2022': 1000 } },
      { paths: 0 },
    );
    const s = ev.targets.find((x) => x.id === 'pillar_share_2025')!;
    expect(s.latest!.year).toBe(2022);
    expect(s.latest!.value).toBeCloseTo(0.4886, 12);
    expect(s.paceBasis).toBe('linear');
    // A message code, rendered in the reader's language with the indicators' names, not their ids.
    expect(s.note).toMatchObject({ code: 'eval.note.derivedFrom' });
    expect(renderMessage('en', s.note!)).toBe('observed value computed from Pillar industries output, GDP');
    expect(renderMessage('zh', s.note!)).toBe('观测值由五大支柱产业中小企业生产总值、地区生产总值计算得出');
    expect(evaluationCsv(ev, 'zh')).toContain('观测值由五大支柱产业中小企业生产总值、地区生产总值计算得出');
    expect(evaluationCsv(ev, 'zh')).not.toContain('computed from');
  });

  // 拥有企业数增长76.35% and 年均增长15.27% print one fact twice. The first had been a level on the growth since the
  // base, measured on a straight line (进度比 87.0% 滞后) while its sibling was measured on the compound path
  // (98.3% 基本符合预期) from the same 2023 count. It is now kept as the plan states it, a change over the period.
  it('a growth since the base reads the pace and status of the stock it is the growth of', async () => {
    const yaohai = yaohaiWithStatistics();
    const base = (yaohai.indicators.find((i) => i.id === 'registered_enterprises')!.base as { value: number })
      .value;
    const ev = await evaluateTargets(
      yaohai,
      null,
      { registered_enterprises: { '2023': 82000 } },
      { paths: 200, seed: 4 },
    );
    const total = ev.targets.find((x) => x.id === 'enterprises_growth_total')!;
    const annual = ev.targets.find((x) => x.id === 'enterprises_growth_annual')!;
    expect(total.latest).toEqual({ year: 2023, value: 82000 });
    expect(total.verdictBasis).toBe('data');
    expect(total.paceBasis).toBe('planned-path');
    // The compound path to +76.35%: 58,639 × 1.7635^(3/5) in 2023.
    const planned = base * 1.7635 ** (3 / 5);
    expect(total.pace).toBeCloseTo((82000 - base) / (planned - base), 12);
    expect(total.pace).toBeCloseTo(annual.pace!, 12);
    expect(total.status).toBe(annual.status);
    expect(total.status).toBe('on-track');
    // What it still needs is the stock's growth a year, to 76.35% above 2020 by 2025.
    expect(total.requiredGrowthRemaining).toBeCloseTo(((base * 1.7635) / 82000) ** 0.5 - 1, 12);
    // The plan's rate compounded is 12.01% a year: said beside the arithmetic 15.27% it comes from.
    const plannedRate = evaluationColumn('requiredCagr');
    expect(plannedRate.text(annual, 'zh')).toBe('12.01%（复合；规划算术 15.27%）');
    expect(plannedRate.text(annual, 'en')).toBe('12.01% (compound; plan: 15.27% arithmetic)');
    expect(plannedRate.value(annual, 'zh')).toBe(12.01);
    expect(plannedRate.text(total, 'zh')).toBe('12.01%');
  });

  // A percentage grows in points: 1.18% a year (a rate of a rate) had sat beside points.
  it('a percentage’s change so far, the plan’s and what it still needs are in points a year', async () => {
    const yaohai = yaohaiWithStatistics();
    const ev = await evaluateTargets(
      yaohai,
      null,
      { rd_intensity: { '2020': 0.022, '2023': 0.029 } },
      { paths: 200, seed: 4 },
    );
    const g = ev.targets.find((x) => x.id === 'rd_intensity_2025')!;
    expect(g.latest).toEqual({ year: 2023, value: 0.029 });
    expect(g.base).toBe(0.022);
    const base = 0.022;
    const points = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(2)}`;
    const need = evaluationColumn('requiredGrowthRemaining');
    expect(need.text(g, 'zh')).toBe(`${points((0.03 - 0.029) / 2)}个百分点/年`);
    expect(need.text(g, 'en')).toBe(`${points((0.03 - 0.029) / 2)} pp/yr`);
    // In a sheet: a number of points in a column of its own, the (%) column left empty (孙科长).
    expect(need.value(g, 'zh')).toBeNull();
    expect(need.points!(g)).toBeCloseTo(((0.03 - 0.029) / 2) * 100, 2);
    expect(evaluationColumn('achievedCagr').value(g, 'zh')).toBeNull();
    expect(evaluationColumn('achievedCagr').points!(g)).toBeCloseTo(((0.029 - base) / 3) * 100, 2);
    expect(evaluationColumn('achievedCagr').text(g, 'zh')).toBe(`${points((0.029 - base) / 3)}个百分点/年`);
    expect(evaluationColumn('requiredCagr').text(g, 'zh')).toBe(`${points((0.03 - base) / 5)}个百分点/年`);
    // R divides those two (it had divided two compound rates shown nowhere), and the pace is on a straight
    // line in points: the plan prints no rate for it, and a compound path rested on the model's dynamics.
    expect(g.ratioR).toBeCloseTo((0.029 - base) / 3 / ((0.03 - base) / 5), 12);
    expect(g.paceBasis).toBe('linear');
    expect(g.plannedPathRatio).toBeNull();
    expect(g.pace).toBeCloseTo((0.029 - base) / (0.03 - base) / 0.6, 12);
    // The reviewer's figures (孙科长): 1.8% → 2.4% by 2023 against 3% in 2025 is 83.3% of the pace, 滞后.
    const slow = (
      await evaluateTargets(yaohai, null, { rd_intensity: { '2020': 0.018, '2023': 0.024 } }, { paths: 0 })
    ).targets.find((x) => x.id === 'rd_intensity_2025')!;
    expect(slow.pace).toBeCloseTo(0.5 / 0.6, 12);
    expect(slow.ratioR).toBeCloseTo(0.2 / 0.24, 12);
    expect(slow.status).toBe('behind');
    // A count's need stays a growth rate, as a number.
    const ev2 = await evaluateTargets(
      yaohai,
      null,
      { registered_enterprises: { '2023': 92000 } },
      { paths: 200, seed: 4 },
    );
    const n = ev2.targets.find((x) => x.id === 'enterprises_new')!;
    const stock = (
      yaohai.indicators.find((i) => i.id === 'registered_enterprises')!.base as { value: number }
    ).value;
    expect(need.value(n, 'zh')).toBeCloseTo(((stock + 45000) / 92000) ** 0.5 * 100 - 100, 2);
    expect(evaluationColumn('achievedCagr').value(n, 'zh')).toBeCloseTo(n.achievedCagr! * 100, 2);
    // The pace says on its row which planned progress it divides by: the stock's compound path (from its own
    // 年均增长 target), or a straight line (完成进度 ÷ 时间进度).
    const pace = evaluationColumn('pace');
    expect(n.paceBasis).toBe('planned-path');
    expect(pace.text(n, 'zh')).toBe(`${(n.pace! * 100).toFixed(1)}%（按复合路径）`);
    expect(pace.text(n, 'en')).toBe(`${(n.pace! * 100).toFixed(1)}% (compound path)`);
    expect(pace.value(n, 'zh')).toBeCloseTo(n.pace! * 100, 1);
    expect(pace.text(g, 'zh')).toBe(`${(g.pace! * 100).toFixed(1)}%`);
  });

  it('a total is observed where its parts are, and its verdict rests on them as on any observation', async () => {
    const parts = {
      pillar_ict: { '2020': 100, '2023': 130 },
      pillar_health: { '2020': 90, '2023': 110 },
      pillar_trade_finance: { '2020': 120, '2023': 140 },
      pillar_culture: { '2020': 60, '2023': 70 },
      pillar_construction: { '2020': 60, '2023': 75 },
    };
    const r = runSync(
      yaohaiWithStatistics(),
      { format: SCENARIO_FORMAT, name: { zh: '录入' }, actuals: parts },
      { paths: 200, seed: 4 },
    );
    const total = r.targets.find((t) => t.id === 'pillar_output_2025')!;
    expect(total.baseSource).toBe('derived');
    // Without an observation of its own the run had judged it by the forecast alone (no pace).
    const planned = 430 * (607 / 430) ** (3 / 5);
    expect(total.verdict.params.pace).toBeCloseTo((525 - 430) / (planned - 430), 12);
    const ev = await evaluateTargets(yaohaiWithStatistics(), null, parts, { paths: 200, seed: 4 });
    const row = ev.targets.find((x) => x.id === 'pillar_output_2025')!;
    expect(row.latest).toEqual({ year: 2023, value: 525 });
    expect(row.base).toBe(430);
    expect(row.progress).toBeCloseTo((525 - 430) / (607 - 430), 12);
  });

  it('nothing follows from a formula that reads a parameter: new enterprises are a model, not a definition', () => {
    const d = derivedActuals(yaohaiWithStatistics(), {
      registered_enterprises: { '2022': 80000, '2023': 92000 },
    });
    expect(Object.keys(d.derivedFrom).sort()).toEqual([
      'enterprise_growth_since_base',
      'enterprise_net_additions',
    ]);
    expect(d.actuals.enterprise_net_additions!['2022']).toBe(80000 - 58639);
  });

  it('a yearly flow in 家 is the same unit as 家/年 for one year’s value', () => {
    const r = parseActuals('指标\t年份\t数值\t单位\nhte_new\t2021\t32\t家/年\nhte_new\t2022\t29\t家\n', {
      ...plan,
      indicators: plan.indicators.map((i) => (i.id === 'hte_new' ? { ...i, unit: '家/年' } : i)),
    });
    expect(r.actuals).toEqual({ hte_new: { '2021': 32, '2022': 29 } });
    expect(r.issues).toEqual([]);
  });
});

describe('a final evaluation: the target year observed', () => {
  // 城镇调查失业率 5.5%以内 from 4.8%, observed at 4.9% in 2025, had read 未完成 / 未达成, first among the report's
  // missed targets: a ceiling the base already kept had no way to be met at all.
  it('counts a ceiling kept in its own year as met, and one broken as missed', async () => {
    const p = planFromTable(['指标名称,单位,2020年基期,2025年目标', '城镇调查失业率,%,4.8,5.5以内']);
    const id = p.targets[0]!.indicator!;
    const at = async (v: number, year = '2025') =>
      (await evaluateTargets(p, null, { [id]: { [year]: v } }, { paths: 200, seed: 1 })).targets[0]!;
    const kept = await at(0.049);
    expect(kept.verdict.code).toBe('achieved');
    expect(kept.status).toBe('met');
    const broken = await at(0.056);
    expect(broken.verdict.code).toBe('missed');
    expect(broken.status).toBe('missed');
    // Before its year, only kept so far.
    expect((await at(0.049, '2023')).status).toBe('within');
  });

  it('does not call a target missed in its own year 基本符合预期, however far along it got (94.5% of +200)', async () => {
    const five = { '2021': 700, '2022': 740, '2023': 780, '2024': 810, '2025': 840 };
    const ev = await evaluateTargets(
      yaohaiPlan(),
      null,
      { five_up_enterprises: five },
      { paths: 200, seed: 1 },
    );
    const t = ev.targets.find((x) => x.id === 'five_up_net_increase')!;
    expect(t.progress).toBeCloseTo(189 / 200, 9);
    expect(t.verdict.code).toBe('missed');
    expect(t.status).toBe('missed');
    expect(statusText(t, 'zh')).toBe('未完成');
    // No chance is quoted for an outcome already observed, on screen or in a spreadsheet.
    expect(t.pMet).not.toBeNull();
    expect(evaluationColumn('pMet').text(t, 'zh')).toBe('已定');
    expect(evaluationColumn('pMet').value(t, 'zh')).toBeNull();
    // A year before its end, the same progress is on plan.
    const early = await evaluateTargets(
      yaohaiPlan(),
      null,
      { five_up_enterprises: five },
      { paths: 0, asOf: 2024 },
    );
    expect(early.targets.find((x) => x.id === 'five_up_net_increase')!.status).toBe('on-track');
    expect(listedStatuses(early.summary.counts)).not.toContain('missed');
    expect(listedStatuses(ev.summary.counts)).toContain('missed');
  });

  // Tester F: 510 entered for 2023 beside the 504.3 reckoned for 2025 read 已定（依推算值） with nothing said of the
  // fall the run had to put between them (2024 +3%, 2025 −4%).
  it('says when an entered year is already past the figure the plan reckoned for a later one', async () => {
    const ev = await evaluateTargets(
      yaohaiWithStatistics(),
      null,
      { retail_sales: { '2021': 473, '2022': 480, '2023': 510 } },
      { paths: 0 },
    );
    const level = ev.targets.find((x) => x.indicator === 'retail_sales' && x.kind === 'level')!;
    expect(level.latest).toEqual({ year: 2025, value: 504.3 });
    const zh = level.asks!.map((m) => renderMessage('zh', m)).join('');
    expect(zh).toContain('2023年录入值 510 亿元 已不低于2025年由公布数据推算的 504.3 亿元');
    expect(renderMessage('zh', level.note!)).toContain('请核对录入值');
    expect(renderMessage('en', level.asks![0]!)).toContain('meet only by a fall');
    // Below it, the two can meet by growth: nothing to say.
    const below = await evaluateTargets(
      yaohaiWithStatistics(),
      null,
      { retail_sales: { '2023': 490 } },
      { paths: 0 },
    );
    expect(below.targets.find((x) => x.id === level.id)!.asks).toBeUndefined();
  });

  it('is no final evaluation for a figure the plan derived with an assumption (社零 2025 = 435 × 1.03⁵)', async () => {
    const ev = await evaluateTargets(
      yaohaiWithStatistics(),
      null,
      { five_up_enterprises: { '2023': 780 } },
      { paths: 0 },
    );
    const retail = ev.targets.find((x) => x.indicator === 'retail_sales' && x.latest !== null)!;
    expect(retail.latest!.year).toBe(2025);
    expect(retail.latestSource).toBe('derived');
    expect(ev.summary.asOf).toBe(2023);
    expect(isFinalEvaluation(ev)).toBe(false);
    // 周科长: a heading "截至2023年" over a table quoting 社零 2025 must name that figure as reckoned.
    expect(ev.summary.reckonedLater.map((r) => [r.indicator, r.year])).toEqual([['retail_sales', 2025]]);
    const report = evaluationReport(ev);
    expect(report).toContain('社会消费品零售总额2025年为推算值，由公布数据推算得出，不是公布的实际数据。');
    // Entered for the target year, it is one.
    const final = await evaluateTargets(
      yaohaiWithStatistics(),
      null,
      { five_up_enterprises: { '2025': 840 } },
      { paths: 0 },
    );
    expect(isFinalEvaluation(final)).toBe(true);
    expect(final.summary.reckonedLater).toEqual([]);
    // Past the target year a review is a final one, unless it is as of a chosen year before it (a tester's
    // 评估截至 2023 in 2026 had been titled 终期评估报告).
    expect(isFinalEvaluation(ev, 2026)).toBe(true);
    const asOf = await evaluateTargets(
      yaohaiWithStatistics(),
      null,
      { five_up_enterprises: { '2023': 780 } },
      { paths: 0, asOf: 2023 },
    );
    expect(isFinalEvaluation(asOf, 2026)).toBe(false);
  });

  it('says where a published latest value is a 预计数 or a secondhand copy, as its provenance records', async () => {
    const ev = await evaluateTargets(yaohaiWithStatistics(), null, {}, { paths: 0 });
    const hte = ev.targets.find((x) => x.id === 'high_tech_2025')!;
    expect(hte.latestCaveats).toEqual(['preliminary', 'secondhand']);
    expect(evaluationColumn('latest').text(hte, 'zh')).toBe('173 家（2023年，公布统计，预计数，转载）');
    // A value the planner enters over it carries none of its caveats.
    const entered = await evaluateTargets(
      yaohaiWithStatistics(),
      null,
      { high_tech_enterprises: { '2023': 175 } },
      { paths: 0 },
    );
    expect(entered.targets.find((x) => x.id === 'high_tech_2025')!.latestCaveats).toEqual([]);
  });

  it('counts a level met in its own year as 已完成, base or no base, and one met before it as 提前实现', async () => {
    // 高新技术企业 has no 2020 base in the plan: its progress cannot be measured, its level can.
    const hte = { '2023': 173, '2024': 190, '2025': 210 };
    const ev = await evaluateTargets(yaohaiPlan(), null, { high_tech_enterprises: hte }, { paths: 0 });
    const t = ev.targets.find((x) => x.indicator === 'high_tech_enterprises' && x.kind === 'level')!;
    expect(t.base).toBeNull();
    expect(t.status).toBe('met');
    expect(ev.summary.counts.met).toBeGreaterThan(0);
    expect(statusText(t, 'en')).toBe('met');
    // Met in 2024 and observed no further: met early, not yet settled.
    const early = await evaluateTargets(
      yaohaiPlan(),
      null,
      { high_tech_enterprises: { '2024': 205 } },
      { paths: 0 },
    );
    const e = early.targets.find((x) => x.id === t.id)!;
    expect(e.verdict.code).toBe('achieved');
    // 提前实现, and counted so: it had read 进度待补基期 beside 已提前达到, and the summary counted none.
    expect(e.status).toBe('achieved');
    expect(early.summary.counts.achieved).toBeGreaterThan(0);
    expect(statusText(e, 'zh')).toBe('提前实现');
    // Below the target, still no base to measure its pace from.
    const below = await evaluateTargets(
      yaohaiPlan(),
      null,
      { high_tech_enterprises: { '2024': 180 } },
      { paths: 0 },
    );
    expect(below.targets.find((x) => x.id === t.id)!.status).toBeNull();
  });

  // A 2031 value in an evaluation that runs to 2025 had been counted as read and then dropped without a word.
  it('says which actuals fall after the years it evaluates, as a run does', async () => {
    const ev = await evaluateTargets(
      yaohaiPlan(),
      null,
      { high_tech_enterprises: { '2024': 190, '2031': 260 } },
      { paths: 0 },
    );
    expect(ev.anchoring.outsideRun).toEqual([
      {
        code: 'actualsOutsideHorizon',
        indicator: 'high_tech_enterprises',
        year: 2031,
        first: 2020,
        last: 2025,
      },
    ]);
    const said = anchoringMessages(yaohaiPlan(), ev.anchoring).map((m) => renderMessage('zh', m));
    expect(said).toContain('高新技术企业数 2031 年的实际值未使用：本次模拟覆盖 2020–2025 年');
  });
});

// The same planner's sheet marked targets 约束性; no page, file or report said so. The verdict carries it.
describe('a binding target', () => {
  it('is marked 约束性 beside its verdict, in the evaluation files and the CLI alike', async () => {
    const binding = planFromTable([
      '指标名称,单位,2025年基期,2030年目标,属性',
      'PM2.5平均浓度,微克/立方米,32,30以内,约束性',
    ]);
    const ev = await evaluateTargets(binding, null, {}, { paths: 200, seed: 1 });
    expect(verdictText(ev.targets[0]!, 'zh')).toMatch(/^约束性 · /);
    expect(verdictText(ev.targets[0]!, 'en')).toMatch(/^binding · /);
  });
});

// 提高3.7个百分点 read its latest share as "总量 73.6%": a share's level is no 总量.
describe('a share raised by points', () => {
  it('shows its latest share without calling it a total', async () => {
    const shares = planFromTable(['指标名称,单位,2025年基期,2030年目标', '常住人口城镇化率,%,72.3,[3.7]']);
    const share = shares.indicators.find((i) => i.name.zh === '常住人口城镇化率')!;
    const ev = await evaluateTargets(
      shares,
      null,
      { [share.id]: { '2027': 0.736 } },
      { paths: 100, seed: 1 },
    );
    const x = ev.targets[0]!;
    expect(x.kind).toBe('increase');
    expect(evaluationColumn('latest').text(x, 'zh')).toBe('73.6%（2027年，录入）');
  });
});

// The English sheet had carried 条 and 家/年 alone in its unit columns; the numbers stay in the plan's unit,
// so the English name stands beside it.
describe('the English evaluation sheet’s units', () => {
  it('name the plan’s unit in English beside it, and leave the Chinese sheet as it was', async () => {
    const ev = await evaluateTargets(yaohaiWithStatistics(), null, {}, { paths: 0 });
    const en = evaluationTable(ev, 'en');
    const zh = evaluationTable(ev, 'zh');
    const unitOf = (t: { fields: string[]; data: unknown[][] }, id: string) =>
      t.data.find((r) => r[0] === id)![3];
    expect(unitOf(en, 'pillar_output_2025')).toBe('100 million yuan (亿元)');
    expect(unitOf(en, 'five_up_net_increase')).toBe('firms (家)');
    expect(unitOf(zh, 'pillar_output_2025')).toBe('亿元');
  });
});

// 超过50家 is met at 51 (P(met) counts it so): progress, pace and the growth still needed were measured to 50,
// which read 进度比 111.5% (快于预期) for 30 → 42 where 51 gives 106.7% (基本符合预期).
describe('a strict 超过 on a count', () => {
  it('is measured to N + 1, as it is met', async () => {
    const ev = await evaluateTargets(
      yaohaiPlan(),
      null,
      { culture_above_scale_firms: { '2020': 30, '2023': 42 } },
      { paths: 100, seed: 1 },
    );
    const t = ev.targets.find((x) => x.id === 'culture_above_scale_2025')!;
    expect(t.comparator).toBe('>');
    expect(t.targetLevel).toBe(51);
    expect(t.progress).toBeCloseTo(12 / 21, 12);
    const r = (51 / 30) ** (1 / 5) - 1;
    expect(t.pace).toBeCloseTo(12 / (30 * (1 + r) ** 3 - 30), 9);
    expect(t.status).toBe('on-track');
    expect(t.requiredGrowthRemaining).toBeCloseTo((51 / 42) ** (1 / 2) - 1, 12);
  });
});

// A binding 能耗 target missed on five years of entered rates had read 依据假设: its index is 1 in the base year
// by definition, which is no assumption.
describe('a rate-only target observed through its yearly rates', () => {
  it('rests on data once its own year is observed', async () => {
    const generated = planFromTable(['指标名称,单位,2025年基期,2030年目标', '单位GDP能耗下降,%,—,[13.5]']);
    const parsed = parseActuals(
      ['指标\t2026\t2027\t2028\t2029\t2030', '单位GDP能耗降低率\t2.8\t2.6\t2.5\t2.4\t2.2'].join('\n'),
      generated,
    );
    const ev = await evaluateTargets(generated, null, parsed.actuals, { paths: 200, seed: 1 });
    const t = ev.targets[0]!;
    expect(t.latest?.year).toBe(2030);
    expect(t.verdict.code).toBe('missed');
    expect(t.verdictBasis).toBe('data');
  });
});

// A period over (others observed in 2025) but 专利 observed to 2024 only: its 快于预期 had read as an outcome.
describe('a target whose own year the data has reached without it', () => {
  it('says its pace is an earlier year’s, and its outcome not yet known', async () => {
    const p = planFromTable(
      [
        '指标名称,单位,2020年基期,2025年目标',
        '地区生产总值,亿元,600,800',
        '每万人口高价值发明专利拥有量,件,3,6',
      ],
      2025,
    );
    const [gdp, patents] = p.targets.map((x) => x.indicator!);
    const ev = await evaluateTargets(
      p,
      null,
      { [gdp!]: { '2025': 820 }, [patents!]: { '2024': 5.5 } },
      { paths: 0 },
    );
    const t = ev.targets.find((x) => x.indicator === patents)!;
    expect(renderMessage('zh', t.note!)).toContain('2025年（目标年）数据待补：进度按2024年计，结果尚未确定');
    expect(ev.targets.find((x) => x.indicator === gdp)!.note).toBeNull();
  });
});

// 钱主任: a value read as "疑为 42.5%（小数点错位）" went on to drive its verdict, and nothing beside the verdict
// said so once the paste's message was gone.
describe('a verdict resting on an entered value that looks mistyped', () => {
  const urban = planFromTable(
    ['指标,单位,2020年,2025年', '常住人口城镇化率,%,41.5,48', '地区生产总值,亿元,500,700'],
    2025,
  );
  const id = (zh: string) => urban.indicators.find((i) => i.name.zh === zh)!.id;

  it('names the value and its guess in the basis, in the table and the CSV alike', async () => {
    const ev = await evaluateTargets(
      urban,
      null,
      { [id('常住人口城镇化率')]: { '2022': 0.0425 } },
      { paths: 0 },
    );
    const row = ev.targets.find((t) => t.indicator === id('常住人口城镇化率'))!;
    expect(row.questioned).toEqual([
      expect.objectContaining({ indicator: id('常住人口城镇化率'), year: 2022, value: 0.0425, guess: 0.425 }),
    ]);
    const zh = evaluationColumn('verdictBasis').text(row, 'zh');
    expect(zh).toContain('所依录入值存疑：2022年常住人口城镇化率 4.25% 疑为 42.5%（小数点错位），请核对');
    expect(evaluationColumn('verdictBasis').text(row, 'en')).toContain('4.25%, perhaps 42.5%');
    // The other target is not touched by it.
    expect(ev.targets.find((t) => t.indicator === id('地区生产总值'))!.questioned).toBeUndefined();
    const csv = evaluationCsv(ev);
    expect(csv).toContain('疑为 42.5%');
    // Still counted in the summary (questioned, never refused), and the report says how many rest on it.
    expect(questionedCount(ev)).toBe(1);
    expect(evaluationReport(ev, { lang: 'zh' })).toContain(
      '其中 1 项结论所依录入值存疑（⚠），核对前不宜引用。',
    );
    expect(evaluationReport(ev, { lang: 'en' })).toContain('1 of these verdicts rests on entered figures');
  });

  it('questions nothing when the value is plausible, and nothing after the year evaluated to', async () => {
    const plausible = await evaluateTargets(
      urban,
      null,
      { [id('常住人口城镇化率')]: { '2022': 0.43 } },
      { paths: 0 },
    );
    expect(plausible.targets.every((t) => t.questioned === undefined)).toBe(true);
    const earlier = await evaluateTargets(
      urban,
      null,
      { [id('常住人口城镇化率')]: { '2021': 0.42, '2023': 0.0445 } },
      { paths: 0, asOf: 2022 },
    );
    expect(earlier.targets.every((t) => t.questioned === undefined)).toBe(true);
  });

  it('marks a verdict only when the year it reads is questioned, not an earlier year it passed over', async () => {
    const gdp = id('地区生产总值');
    // 2021 slipped (52 for 520), 2022 sound: the verdict reads 2022 against the base.
    const later = await evaluateTargets(urban, null, { [gdp]: { '2021': 52, '2022': 540 } }, { paths: 0 });
    const row = later.targets.find((t) => t.indicator === gdp)!;
    expect(row.latest?.year).toBe(2022);
    expect(row.questioned).toBeUndefined();
    // Evaluated to 2021, the verdict reads the slipped year: marked.
    const to2021 = await evaluateTargets(
      urban,
      null,
      { [gdp]: { '2021': 52, '2022': 540 } },
      { paths: 0, asOf: 2021 },
    );
    expect(to2021.targets.find((t) => t.indicator === gdp)!.questioned).toEqual([
      expect.objectContaining({ year: 2021, value: 52 }),
    ]);
  });
});

// A tester: 社零's 2025 level, reckoned from the published 2020 level and the published average growth, settled
// its two targets and was counted 依据数据, which a director hears as "the published figure".
describe('a verdict decided by a reckoned figure', () => {
  it('rests on reckoned figures, in the run and in the evaluation, and is counted apart', async () => {
    const plan = yaohaiWithStatistics();
    const ids = ['retail_sales_2025', 'retail_sales_growth'];
    const r = runSync(plan, null, { paths: 200, seed: 1 });
    for (const id of ids) expect(r.targets.find((t) => t.id === id)?.verdictBasis).toBe('derived');
    expect(r.summary.basis.derived).toBe(2);
    const ev = await evaluateTargets(plan, null, {}, { paths: 200, seed: 1 });
    for (const id of ids) {
      const t = ev.targets.find((x) => x.id === id)!;
      expect(t.latestReckoned).toBe(true);
      expect(t.verdictBasis).toBe('derived');
      // …and quotes the range its inputs allow (a published 3% read as 2.5%–3.5%).
      expect(verdictText(t, 'zh')).toContain('可能在 492.2 亿元至 516.6 亿元之间');
    }
    expect(ev.summary.verdicts.basis.derived).toBe(2);
    // A figure entered over the reckoned one is the planner's: data again.
    const entered = await evaluateTargets(
      plan,
      null,
      { retail_sales: { 2025: 510 } },
      { paths: 200, seed: 1 },
    );
    expect(entered.targets.find((x) => x.id === 'retail_sales_2025')?.verdictBasis).toBe('data');
    expect(entered.summary.verdicts.basis.derived).toBe(0);
  });
});

// A tester's 城镇调查失业率控制在5.5%以内 with no base printed: 5.2, 5.6, 5.3 entered for 2021–2023 read 提前实现 /
// 已提前达到, with 所需 +0.1个百分点/年 (the room to the cap, read as a rise to make), and 2022 unsaid.
describe('a ceiling without a base', () => {
  const plan = planFromText(
    ['二、发展目标', '到2025年，全区城镇调查失业率控制在5.5%以内。'].join('\n'),
    2025,
  );
  const id = plan.indicators.find((i) => i.unit === '%')!.id;

  it('is within or over its limit by the latest value, with the years it went over said', async () => {
    const ev = await evaluateTargets(
      plan,
      null,
      { [id]: { '2021': 0.052, '2022': 0.056, '2023': 0.053 } },
      { paths: 500, seed: 2, asOf: 2023 },
    );
    const row = ev.targets[0]!;
    expect(row.status).toBe('within');
    expect(row.requiredChangeRemaining ?? null).toBeNull();
    expect(renderMessage('zh', row.note!)).toBe('2022 年超出上限');
    expect(row.breachedYears).toEqual([2022]);
    expect(verdictText(row, 'zh')).not.toContain('提前');
    expect(verdictText(row, 'zh')).toContain('2023年在上限以内，须保持到2025年');
    const over = await evaluateTargets(
      plan,
      null,
      { [id]: { '2021': 0.052, '2022': 0.057 } },
      { paths: 0, asOf: 2022 },
    );
    expect(over.targets[0]!.status).toBe('breached');
  });

  it('says no breach of the way down to it, before it was first kept', async () => {
    const ev = await evaluateTargets(
      plan,
      null,
      { [id]: { '2021': 0.06, '2022': 0.054 } },
      { paths: 0, asOf: 2022 },
    );
    expect(ev.targets[0]!.status).toBe('within');
    expect(ev.targets[0]!.note).toBeNull();
  });

  // A tester's PM2.5 38, 35, 33 against 32 by 2025, its base unknown: read 超出控制目标 and listed first among the
  // targets needing attention, while it fell toward its limit.
  it('says no breach of a limit never yet kept: its pace waits for the base', async () => {
    const ev = await evaluateTargets(
      plan,
      null,
      { [id]: { '2021': 0.062, '2022': 0.059, '2023': 0.057 } },
      { paths: 0 },
    );
    const row = ev.targets[0]!;
    expect(row.status).toBeNull();
    expect(statusKey(row)).toBe('no-base');
    expect(row.breachedYears).toEqual([]);
  });
});
