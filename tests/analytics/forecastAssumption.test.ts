// When pace and forecast disagree the verdict names what the forecast assumes for the years left. Two things it
// had said wrong: a rate the entered history put in a default's place (7.99% a year since 2020) was said as
// "按假设… 8% ± 3%", the plan's own 8% target, as if an assumption of the plan's pace were used; and a running
// total (新增城镇就业, summed since 2021) named nothing at all, though its flow's trend decided it.
import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { SCENARIO_FORMAT, type Scenario } from '../../engine/plan/scenarioSchema.ts';
import { anchoringMessages } from '../../engine/report/anchoringMessages.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { verdictReasonMessage } from '../../engine/report/verdictMessage.ts';
import { yaohaiWithStatistics } from '../engine/planFixtures.ts';
import { planFromText } from '../extract/planFromText.ts';

const RUN = { paths: 500, seed: 1 };

describe('a rate the entered history put in place of a default', () => {
  const plan = planFromText(
    ['二、发展目标', '到2025年，全区规上工业增加值年均增长8%。', '2020年，全区规上工业增加值100亿元。'].join(
      '\n',
    ),
    2025,
  );
  const ind = plan.indicators[0]!;
  const g = 0.0799;
  const actuals = {
    [ind.id]: { '2021': 100 * (1 + g), '2022': 100 * (1 + g) ** 2, '2023': 100 * (1 + g) ** 3 },
  };

  it('is said with the decimals that tell it from the plan’s 8%, as computed from the actuals of the years it spans', async () => {
    const ev = await evaluateTargets(plan, null, actuals, RUN);
    const [row] = ev.targets;
    // Just under the planned path: the pace is on plan, the forecast at 7.99% a year not quite (P(met) ≈ 50%).
    expect(row!.verdict.reason).toBe('forecast-differs-from-pace');
    const zh = renderMessage('zh', verdictReasonMessage(row!.verdict)!);
    expect(zh).toContain('后续年份按2020–2023年实际年均增速 7.99%（由实际值推算');
    expect(zh).not.toMatch(/按假设.*8%/);
    const en = renderMessage('en', verdictReasonMessage(row!.verdict)!);
    expect(en).toContain('the 2020–2023 observed average growth, 7.99% a year (reckoned from the actuals');
    // The run's own notice says the same figure.
    const notices = anchoringMessages(plan, ev.anchoring).map((m) => renderMessage('zh', m));
    expect(notices.join('\n')).toContain('2020–2023 年实际年均增速 7.99%');
  });

  it('keeps a round figure without decimals it does not have', async () => {
    const round = { [ind.id]: { '2021': 106, '2022': 106 * 1.06 } };
    const ev = await evaluateTargets(plan, null, round, RUN);
    const notices = anchoringMessages(plan, ev.anchoring).map((m) => renderMessage('zh', m));
    expect(notices.join('\n')).toContain('实际年均增速 6%（');
  });
});

describe('a running total of a yearly flow', () => {
  const plan = planFromText(['二、发展目标', '到2025年，五年累计新增城镇就业3.2万人以上。'].join('\n'), 2025);
  const flow = plan.indicators.find((i) => i.id.endsWith('_flow'))!;
  const pasted = parseActuals(['指标\t2021\t2022\t2023', '新增城镇就业\t0.8\t0.7\t0.6'].join('\n'), plan);

  it('is forecast on its flow’s trend, and the verdict says so', async () => {
    expect(pasted.actuals).toEqual({ [flow.id]: { '2021': 0.8, '2022': 0.7, '2023': 0.6 } });
    const ev = await evaluateTargets(plan, null, pasted.actuals, RUN);
    const [row] = ev.targets;
    // 2.1 of 3.2 by 2023 is ahead of time; falling 13.4% a year, 0.52 + 0.45 more fall short.
    expect(row!.verdict.reason).toBe('forecast-differs-from-pace');
    const zh = renderMessage('zh', verdictReasonMessage(row!.verdict)!);
    expect(zh).toContain('后续年份按2021–2023年实际年均增速 -13.4%（由实际值推算');
    expect(zh).toContain(flow.name.zh);
  });

  it('names the flow’s assumption where no history replaced it', async () => {
    const param = plan.parameters.find((p) => p.id === `g_${flow.id}`)!;
    const scenario = {
      format: SCENARIO_FORMAT,
      name: { zh: '下行' },
      parameters: { [param.id]: { mean: -0.2, sd: 0.01 } },
    } as Scenario;
    const ev = await evaluateTargets(plan, scenario, pasted.actuals, RUN);
    const [row] = ev.targets;
    expect(row!.verdict.reason).toBe('forecast-differs-from-pace');
    const zh = renderMessage('zh', verdictReasonMessage(row!.verdict)!);
    expect(zh).toContain(`后续年份按假设“${param.name.zh}” -20% ± 1% 计算`);
  });
});

describe('a running total of a yearly count', () => {
  it('names the count’s assumed mean in its unit, not a growth rate', async () => {
    // Yaohai's 培育高新技术企业150家以上 sums 高新技术企业年新认定数: 120 by 2023 is ahead of time; 5 a year after it
    // is not enough. The sentence had said "并计入后续年份的假设增速", a growth no parameter of it has.
    const plan = yaohaiWithStatistics();
    const scenario = {
      format: SCENARIO_FORMAT,
      name: { zh: '放缓' },
      parameters: { hte_cert_per_year: { mean: 5, sd: 1 } },
    } as Scenario;
    const entered = { hte_new_certifications: { '2021': 60, '2022': 50, '2023': 10 } };
    const ev = await evaluateTargets(plan, scenario, entered, { paths: 300, seed: 1 });
    const row = ev.targets.find((t) => t.id === 'high_tech_cultivated')!;
    expect(row.verdict.reason).toBe('forecast-differs-from-pace');
    expect(renderMessage('zh', verdictReasonMessage(row.verdict)!)).toContain(
      '后续年份按假设“高新技术企业年新认定数” 5 家/年 ± 1 家/年 计算',
    );
  });

  it('says a mean reckoned from the yearly figures entered as one, with the years it spans', () => {
    const verdict = {
      code: 'off-track' as const,
      reason: 'forecast-differs-from-pace' as const,
      params: {
        pMet: 0.1,
        pace: 1.2,
        assumedZh: '高新技术企业年新认定数',
        assumedEn: 'New high-tech enterprise certifications per year',
        assumedMean: 31.666666,
        assumedSd: 10,
        assumedLevers: 0,
        assumedUnit: '家/年',
        observedFrom: 2021,
        observedTo: 2023,
        observedReading: 'mean',
      },
    };
    expect(renderMessage('zh', verdictReasonMessage(verdict)!)).toContain(
      '后续年份每年按2021–2023年实际年度数的均值 31.7 家/年（由实际值推算，不是假设；± 10 家/年）',
    );
    expect(renderMessage('en', verdictReasonMessage(verdict)!)).toContain(
      'takes for each year left the 2021–2023 mean of the yearly figures, 31.7 firms/yr (reckoned from the actuals',
    );
  });
});
