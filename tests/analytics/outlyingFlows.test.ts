// A year of a flow far above both the plan's pace and the flow's other years is asked about, not refused: 8, 12
// and 90 专精特新后备库入库 against the plan's 每年8家以上 had been read without a word, and the quota judged
// 快于预期 at 733% of the planned path.
import { describe, expect, it } from 'vitest';
import { flowPaces } from '../../engine/actuals/flowPaces.ts';
import { outlyingFlows } from '../../engine/actuals/outlyingFlows.ts';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { questionedActuals } from '../../engine/actuals/questionedActuals.ts';
import { outlierArgs } from '../../engine/index.ts';
import { msg } from '../../engine/report/messages/message.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { questionedMessage } from '../../engine/report/verdictMessage.ts';
import '../../notebook/i18n/reportMessages.ts';
import { t } from '../../notebook/i18n/t.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';
import { planFromText } from '../extract/planFromText.ts';

const years = (values: Record<number, number>) =>
  Object.entries(values).map(([year, value]) => ({ year: Number(year), value }));

describe('outlyingFlows', () => {
  it('finds a year five times or more both the pace and the median of the other years', () => {
    const entered = years({ 2021: 8, 2022: 12, 2023: 90 });
    expect(outlyingFlows(entered, entered, 8)).toEqual([{ year: 2023, value: 90, pace: 8, others: 10 }]);
  });

  it('leaves a year high against one only, a low year, and a year with nothing to compare', () => {
    // 45 is 5.6 times the pace but 4.5 times the other years: a good year, perhaps.
    const good = years({ 2021: 8, 2022: 12, 2023: 45 });
    expect(outlyingFlows(good, good, 8)).toEqual([]);
    // Far above the other years but in line with a plan that asks for 40 a year.
    const catching = years({ 2021: 2, 2022: 3, 2023: 50 });
    expect(outlyingFlows(catching, catching, 40)).toEqual([]);
    // A short year is the quota's own verdict to report, not a typo to ask about.
    const short = years({ 2021: 8, 2022: 12, 2023: 1 });
    expect(outlyingFlows(short, short, 8)).toEqual([]);
    const alone = years({ 2023: 90 });
    expect(outlyingFlows(alone, alone, 8)).toEqual([]);
  });
});

describe('flowPaces', () => {
  it('takes the largest yearly quota, or a period total over its years', () => {
    expect(flowPaces(yaohaiPlan()).get('srdi_reserve_additions')).toBe(8);
    const plan = planFromText('“十四五”期间，全区固定资产投资五年累计1500亿元。', 2025);
    const flow = plan.indicators.find((i) => i.id.endsWith('_flow'))!.id;
    expect(flowPaces(plan).get(flow)).toBe(300);
  });
});

describe('a pasted year of a flow out of line', () => {
  const plan = yaohaiPlan();
  const paste = [
    '指标\t年份\t数值',
    ...[8, 12, 90].map((v, k) => `专精特新后备库年入库数\t${2021 + k}\t${v}`),
  ];
  const r = parseActuals(paste.join('\n'), plan);

  it('is kept, with a question at its cell naming the indicator, year, value and what it was read against', () => {
    expect(r.actuals.srdi_reserve_additions).toEqual({ '2021': 8, '2022': 12, '2023': 90 });
    const asked = r.issues.filter((i) => i.code === 'flowOutlier');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ severity: 'warning', row: 4, column: 3, value: '90' });
    expect(asked[0]!.messageZh).toBe(
      '已读取，但专精特新后备库年入库数2023年的 90家/年 达到规划每年进度 8家 的 5 倍以上，也达到其余各年所填（中位数 10家）的 5 倍以上，疑为录入有误（如多打了一位）：请核对',
    );
    expect(asked[0]!.message).toBe(
      'read, but 90 firms/yr for Firms added to the "specialised & innovative" reserve per year in 2023 is 5 or more times both the plan’s pace of 8 firms a year and the other years given (median 10 firms): perhaps mistyped (a digit too many); please check',
    );
  });

  it('is said beside every verdict resting on it', () => {
    const q = questionedActuals(plan, r.actuals);
    expect(q).toEqual([
      expect.objectContaining({
        indicator: 'srdi_reserve_additions',
        year: 2023,
        value: 90,
        why: 'outlier',
        against: { pace: 8, others: 10 },
      }),
    ]);
    const said = (lang: 'zh' | 'en') => renderMessage(lang, questionedMessage(msg('verdict.basis.data'), q));
    expect(said('zh')).toContain(
      '2023年专精特新后备库年入库数 90 家/年 达到规划每年进度 8 家 的 5 倍以上，也达到其余各年（中位数 10 家）的 5 倍以上，疑为录入有误',
    );
    expect(said('en')).toContain(
      '2023: 90 firms/yr, 5 or more times both the plan’s pace of 8 firms a year and the other years (median 10 firms): perhaps mistyped',
    );
  });

  it('is marked where the page and the report list the values entered', () => {
    const [q] = questionedActuals(plan, r.actuals);
    expect(t('zh', 'rep.settings.questionedOutlier', outlierArgs(q!))).toBe(
      '存疑：达到规划每年进度 8 家 和其余各年（中位数 10 家）的 5 倍以上',
    );
    expect(t('en', 'detail.questionedOutlier', outlierArgs(q!))).toBe(
      'check: 5 or more times both the plan’s pace of 8 firms a year and the other years (median 10 firms), perhaps mistyped',
    );
  });

  it('is not asked about twice when it is asked about already as a slip, nor when it is in line', () => {
    const fine = parseActuals(paste.join('\n').replace('\t90', '\t14'), plan);
    expect(fine.issues).toEqual([]);
    const money = planFromText('“十四五”期间，全区固定资产投资五年累计1500亿元。', 2025);
    const flow = money.indicators.find((i) => i.id.endsWith('_flow'))!.id;
    // 2900 after 290 and 310 reads as a slipped decimal point (290), and is asked about once, as that.
    const slipped = questionedActuals(money, { [flow]: { '2021': 290, '2022': 310, '2023': 2900 } });
    expect(slipped.map((x) => x.why)).toEqual(['decimal']);
    // 1600 is no slip of 300, but 5.3 times the pace and the other years.
    const out = questionedActuals(money, { [flow]: { '2021': 290, '2022': 310, '2023': 1600 } });
    expect(out.map((x) => [x.year, x.why])).toEqual([[2023, 'outlier']]);
  });
});
