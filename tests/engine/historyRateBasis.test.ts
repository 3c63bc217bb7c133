// A count simulated as entries minus exits, observed 2020–2023, runs its entry rate at the observed net growth
// plus the exit rate. Goal-seek, the levers panel and the report's appendix had called the sum (21.35%) the
// observed average growth (实际年均增速 / 年均变化), where 15.35% was observed and 6% is an assumed exit rate.
import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import type { Scenario } from '../../engine/plan/scenarioSchema.ts';
import { anchoringMessages } from '../../engine/report/anchoringMessages.ts';
import { historyRateBasis } from '../../engine/report/historyRateBasis.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { runSync } from '../../engine/run/run.ts';
import { goalSeek } from '../../engine/search/goalSeek.ts';
import { t } from '../../notebook/i18n/t.ts';
import { buildReport } from '../../notebook/report/reportDocument.ts';
import { planFromText } from '../extract/planFromText.ts';

const text = [
  '二、发展目标',
  '到2025年，全区高新技术企业达到1200家。',
  '2020年，全区高新技术企业500家。',
].join('\n');
const plan = planFromText(text, 2025);
const firms = plan.indicators.find((i) => i.dynamics.kind === 'stock')!;
// 500 → 764.8 over three years: (764.8 / 500)^(1/3) − 1 = 15.2…%; 767.3 gives 15.35%.
const latest = 500 * 1.1535 ** 3;
const scenario = (parameters: Record<string, { mean: number; sd: number }> = {}): Scenario =>
  ({
    format: 'planpath/scenario@1',
    name: { zh: '录入' },
    actuals: { [firms.id]: { '2021': 570, '2022': 660, '2023': latest } },
    parameters,
  }) as Scenario;

describe('an entry rate the observed counts replaced', () => {
  const r = runSync(plan, scenario(), { paths: 0 });
  const h = r.historyRates[0]!;

  it('carries the observed net growth, the exit rate and where the exit rate comes from', () => {
    expect(h).toMatchObject({ reading: 'entry', exit: 0.06, exitFrom: 'assumption' });
    expect(h.observed).toBeCloseTo(0.1535, 10);
  });

  it('says the parts in both languages', () => {
    expect(renderMessage('zh', historyRateBasis(h))).toBe(
      '2020–2023年实际年均净增 15.35% 加年退出率 6%（假设）',
    );
    expect(renderMessage('en', historyRateBasis(h))).toBe(
      'the 2020–2023 observed net growth 15.35% a year plus an exit rate of 6% (assumed)',
    );
  });

  it('says an exit rate the scenario set as the scenario’s', () => {
    const set = runSync(plan, scenario({ [`exit_${firms.id}`]: { mean: 0.08, sd: 0.01 } }), { paths: 0 });
    expect(set.historyRates[0]).toMatchObject({ exit: 0.08, exitFrom: 'scenario' });
    expect(renderMessage('zh', historyRateBasis(set.historyRates[0]!))).toContain(
      '加年退出率 8%（情景设定）',
    );
  });

  it('is said so by the run notice, the levers panel, the comparison and the report appendix', () => {
    const notice = anchoringMessages(plan, r).find((m) => m.code === 'anchor.historyRate.entry')!;
    // With two decimals, as the levers panel and the comparison say it (the notice had said 15.3% beside 15.35%).
    expect(renderMessage('zh', notice)).toContain(
      '年进入率改取 2020–2023年实际年均净增 15.35% 加年退出率 6%（假设），即 21.35%',
    );
    expect(renderMessage('en', notice)).toContain(
      'observed net growth 15.35% a year plus an exit rate of 6% (assumed)',
    );
    const basis = historyRateBasis(h);
    const levers = t('zh', 'levers.fromHistory', { rate: '21.35 ± 4%/年', basis });
    expect(levers).toContain('取 21.35 ± 4%/年（2020–2023年实际年均净增 15.35% 加年退出率 6%（假设））');
    expect(levers).not.toContain('年均变化');
    expect(t('en', 'levers.fromHistory', { rate: '21.35 ± 4%/yr', basis })).toContain(
      'observed net growth 15.35% a year plus an exit rate of 6% (assumed)',
    );
    expect(t('zh', 'cmp.fromHistory', { basis })).toBe(
      '（2020–2023年实际年均净增 15.35% 加年退出率 6%（假设），代替默认）',
    );
    expect(t('en', 'cmp.fromHistory', { basis })).toContain('plus an exit rate of 6% (assumed)');
  });
});

describe('the report’s appendix', () => {
  it('lists the entry rate with its parts, in zh and en', async () => {
    const actuals = scenario().actuals as Record<string, Record<string, number>>;
    const evaluation = await evaluateTargets(plan, null, actuals, { paths: 50, seed: 1 });
    const result = runSync(plan, scenario(), { paths: 50, seed: 1 });
    const input = {
      plan,
      evaluation,
      result,
      actuals,
      scenarioName: '基准',
      organisation: '',
      date: '2026-11-30',
      notes: [],
    };
    expect(buildReport(input, 'zh').settings.notes.join('\n')).toContain(
      '已按录入的实际数据改用 21.35 ± 4%/年（2020–2023年实际年均净增 15.35% 加年退出率 6%（假设））',
    );
    expect(buildReport(input, 'en').settings.notes.join('\n')).toContain(
      'from the actuals entered (the 2020–2023 observed net growth 15.35% a year plus an exit rate of 6% (assumed))',
    );
  });
});

describe('goal-seek on that entry rate', () => {
  it('says its current value is the observed net growth plus the assumed exit rate', async () => {
    const gs = await goalSeek(plan, scenario(), {
      target: plan.targets[0]!.id,
      variable: { kind: 'parameter', id: `entry_${firms.id}` },
      probability: 0.8,
      paths: 200,
      seed: 1,
    });
    expect(gs.current).toBeCloseTo(0.2135, 10);
    const basis = historyRateBasis(gs.currentHistory!);
    const zh = t('zh', 'gs.currentHistory', { value: '21.35%/年', basis });
    expect(zh).toBe(
      '当前情景取值 21.35%/年（2020–2023年实际年均净增 15.35% 加年退出率 6%（假设），代替默认假设）',
    );
    expect(zh).not.toContain('实际年均增速');
    expect(t('en', 'gs.currentHistory', { value: '21.35%/yr', basis })).toBe(
      'Current scenario: 21.35%/yr (the 2020–2023 observed net growth 15.35% a year plus an exit rate of 6% (assumed), in place of the default)',
    );
  });
});
