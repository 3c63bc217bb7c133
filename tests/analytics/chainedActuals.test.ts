// An index chained from the yearly growth rates a planner pasted is a derived figure: the evaluation, the
// report's sources and the CSV say so, with the arithmetic, where it had been called 录入值 (entered) like a
// figure typed in (a tester's 1.092 × 1.051 × 1.078 = 1.237).
import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { ratesChain, ratesInUse } from '../../engine/actuals/ratesChain.ts';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { diffScenario } from '../../engine/plan/diffScenario.ts';
import { SCENARIO_FORMAT, type Scenario } from '../../engine/plan/scenarioSchema.ts';
import { chainFormula } from '../../engine/report/chainFormula.ts';
import { evaluationTable } from '../../engine/report/evaluationCsv.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { buildReport } from '../../notebook/report/reportDocument.ts';
import { planFromTable } from '../extract/planFromTable.ts';
import { planFromText } from '../extract/planFromText.ts';

const plan = planFromTable(['指标名称,单位,2025年基期,2030年目标', '规上工业增加值增速,%,—,7左右']);
const index = plan.indicators.find((i) => i.name.zh.startsWith('规上工业增加值（指数'))!.id;
const paste = ['指标\t2026\t2027\t2028', '规上工业增加值增速\t9.2\t5.1\t-2.8'].join('\n');

describe('an index chained from pasted yearly rates', () => {
  const parsed = parseActuals(paste, plan);
  /** A scenario holding these levels beside the rates the paste chained. */
  const withRates = (actuals: Scenario['actuals']): Scenario => ({
    format: SCENARIO_FORMAT,
    name: { zh: '基准' },
    actuals,
    actualRates: parsed.rates,
  });

  it('keeps the rates it chained beside the levels', () => {
    expect(parsed.rates[index]).toEqual({ '2026': 0.092, '2027': 0.051, '2028': -0.028 });
    expect(parsed.actuals[index]!['2028']).toBeCloseTo(1.092 * 1.051 * 0.972, 12);
    expect(chainFormula(ratesChain(parsed.actuals, parsed.rates, index, 2028, 2025)!)).toBe(
      '(1 + 9.2%) × (1 + 5.1%) × (1 − 2.8%) ≈ 1.1156',
    );
  });

  it('is evaluated as derived from the rates, with its arithmetic, pasted or in the scenario', async () => {
    const pasted = await evaluateTargets(plan, null, parsed.actuals, { paths: 0, actualRates: parsed.rates });
    const scenario = withRates(parsed.actuals);
    const saved = await evaluateTargets(plan, scenario, {}, { paths: 0 });
    for (const ev of [pasted, saved]) {
      const t = ev.targets.find((x) => x.indicator === index)!;
      expect(t.latest!.year).toBe(2028);
      expect(t.latestSource).toBe('derived');
      expect(t.latestReckoned).toBe(false);
      expect(t.latestChain!.rates.map((r) => r.year)).toEqual([2026, 2027, 2028]);
      expect(renderMessage('zh', t.note!)).toContain(
        '观测值由录入的2026–2028年逐年增速连乘得出（2025年为1）：(1 + 9.2%) × (1 + 5.1%) × (1 − 2.8%) ≈ 1.1156',
      );
      // Data the evaluation reaches (not a figure the plan reckoned): its year counts as the data's.
      expect(ev.summary.asOf).toBe(2028);
      expect(ev.summary.reckonedLater).toEqual([]);
    }
    const { fields, data } = evaluationTable(saved, 'zh');
    const source = data[0]![fields.indexOf('最新实际来源')];
    expect(source).toBe('推算');
  });

  it('is the planner’s own figure again once a level is typed over it', async () => {
    const typed = { [index]: { ...parsed.actuals[index], '2028': 1.12 } };
    const scenario = withRates(typed);
    const ev = await evaluateTargets(plan, scenario, {}, { paths: 0 });
    const t = ev.targets.find((x) => x.indicator === index)!;
    expect(t.latestSource).toBe('entered');
    expect(t.latestChain).toBeUndefined();
    // 2026 and 2027 still chain, so the rates stay; with every level typed over they leave the scenario.
    expect(ratesInUse(typed, parsed.rates, 2025)).toEqual({ [index]: parsed.rates[index] });
    const allTyped = { [index]: { '2026': 1.1, '2027': 1.15, '2028': 1.12 } };
    expect(diffScenario(plan, { ...scenario, actuals: allTyped }).actualRates).toBeUndefined();
    expect(diffScenario(plan, scenario).actualRates).toEqual(parsed.rates);
  });

  it('is cited in the report’s sources as chained, not as entered', async () => {
    const scenario = withRates(parsed.actuals);
    const evaluation = await evaluateTargets(plan, scenario, {}, { paths: 0 });
    const doc = buildReport(
      {
        plan,
        evaluation,
        result: null,
        actuals: parsed.actuals,
        scenarioName: '基准',
        organisation: '',
        date: '2026-12-03',
        notes: [],
        scenario: { name: { zh: '基准' }, actuals: parsed.actuals, actualRates: parsed.rates },
      },
      'zh',
    );
    // The settings appendix lists the values as chained, not as 录入 figures (a tester found 录入：…2021年 指数 1.092).
    const listed = doc.settings.rows.find((r) => r.value.includes('2028年'))!.value;
    expect(listed).toContain(
      '2028年 指数 1.116（较基期+11.6%）（推算：由录入的逐年增速连乘，(1 + 9.2%) × (1 + 5.1%) × (1 − 2.8%) ≈ 1.1156）',
    );
    const latest = doc.sources.filter((r) => r.figure.startsWith('最新实际'));
    expect(latest.length).toBe(1);
    expect(latest[0]!.source).toBe(
      '推算：由本情景录入的逐年增速连乘（2025年为1）：(1 + 9.2%) × (1 + 5.1%) × (1 − 2.8%) ≈ 1.1156',
    );
  });
});

describe('an index chained from one year’s rate', () => {
  it('names the one year, not a range of one', async () => {
    const parsed = parseActuals(['指标\t2026', '规上工业增加值增速\t9.2'].join('\n'), plan);
    const ev = await evaluateTargets(plan, null, parsed.actuals, { paths: 0, actualRates: parsed.rates });
    const note = renderMessage('zh', ev.targets.find((x) => x.indicator === index)!.note!);
    expect(note).toContain('观测值由录入的2026年逐年增速连乘得出（2025年为1）：(1 + 9.2%) ≈ 1.092');
  });
});

// A tester pasted 规模以上工业增加值 9.2 5.1 −2.8 under the indicator's own name: read as index levels (−2.8, 完成进度
// −944%), and with % signs refused as "% cannot convert". Figures that cannot be an index's levels are its rates.
describe('yearly rates pasted under an index’s own name', () => {
  const text = planFromText('到2025年，规模以上工业增加值年均增长7%左右。', 2025);
  const id = text.indicators.find((i) => i.unit === '基期=1')!.id;

  it('are read as rates when they cannot be its levels, with or without % signs', () => {
    for (const row of ['规模以上工业增加值\t9.2\t5.1\t-2.8', '规模以上工业增加值\t9.2%\t5.1%\t-2.8%']) {
      const r = parseActuals(['指标\t2021\t2022\t2023', row].join('\n'), text);
      expect(
        r.issues.filter((i) => i.severity === 'error'),
        row,
      ).toEqual([]);
      expect(r.actuals[id]!['2023'], row).toBeCloseTo(1.092 * 1.051 * 0.972, 12);
    }
  });

  it('are read as levels when they can be (1.05, 1.12)', () => {
    const r = parseActuals(['指标\t2021\t2022', '规模以上工业增加值\t1.05\t1.12'].join('\n'), text);
    expect(r.actuals[id]).toEqual({ '2021': 1.05, '2022': 1.12 });
    expect(r.rates).toEqual({});
  });
});
