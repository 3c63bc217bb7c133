import { describe, expect, it } from 'vitest';
import { questionedActuals } from '../../engine/actuals/questionedActuals.ts';
import { questionedBehind } from '../../engine/actuals/questionedBehind.ts';
import type { Scenario } from '../../engine/plan/scenarioSchema.ts';
import { runSync } from '../../engine/run/run.ts';
import { questionedFor } from '../../notebook/model/questionedFor.ts';
import { planFromTable } from '../extract/planFromTable.ts';

const plan = planFromTable(
  [
    '指标,单位,2020年,2025年',
    '常住人口城镇化率,%,41.5,48',
    '地区生产总值,亿元,500,700',
    '高新技术企业数,家,12,30',
  ],
  2025,
);
const id = (zh: string) => plan.indicators.find((i) => i.name.zh === zh)!.id;

describe('entered values that look like a slipped decimal point', () => {
  it('are those the paste questions: a share or an amount ten times off, not a count', () => {
    const q = questionedActuals(plan, {
      [id('常住人口城镇化率')]: { '2021': 0.0425, '2022': 0.43 },
      [id('地区生产总值')]: { '2022': 5800 },
      [id('高新技术企业数')]: { '2023': 120 },
    });
    expect(q.map((x) => [x.indicator, x.year, x.guess])).toEqual([
      [id('常住人口城镇化率'), 2021, 0.425],
      [id('地区生产总值'), 2022, 580],
    ]);
    expect(q[0]!.name.zh).toBe('常住人口城镇化率');
  });

  it('include a value slipped against the year before it, not only against the base (郑处长)', () => {
    const firms = planFromTable(['指标,单位,2020年,2025年', '注册企业数,户,58639,103400'], 2025);
    const q = questionedActuals(firms, {
      [firms.indicators[0]!.id]: { '2021': 66000, '2022': 74000, '2023': 82000, '2024': 9100 },
    });
    expect(q.map((x) => [x.year, x.value, x.guess])).toEqual([[2024, 9100, 91000]]);
    // With no base, the first value is read against the year after it.
    const noBase = planFromTable(['指标,单位,2025年', '注册企业数,户,103400'], 2025);
    const first = questionedActuals(noBase, {
      [noBase.indicators[0]!.id]: { '2021': 6600, '2022': 74000, '2023': 82000 },
    });
    expect(first.map((x) => [x.year, x.guess])).toEqual([[2021, 66000]]);
  });

  it('include a count of hundreds moved tenfold in a year, not one grown tenfold over the plan (钱主任)', () => {
    const q = questionedActuals(plan, {
      [id('高新技术企业数')]: { '2021': 105, '2022': 128, '2023': 173, '2024': 19 },
    });
    expect(q.map((x) => [x.year, x.guess])).toEqual([[2024, 190]]);
    const jump = questionedActuals(plan, {
      [id('高新技术企业数')]: { '2021': 690, '2022': 7350, '2023': 780 },
    });
    expect(jump.filter((x) => x.why === 'decimal').map((x) => [x.year, x.guess])).toEqual([[2022, 735]]);
    // 690 in 2021 after a base of 12 (30 planned) is asked about too, as a stock's jump (stockJumps).
    expect(jump.filter((x) => x.why !== 'decimal').map((x) => [x.year, x.why])).toEqual([[2021, 'jump']]);
    // Twelve firms to 120 over the plan is no slipped point, and neither is 12 → 30 → 120 year on year below a
    // hundred; the rise of 90 in 2023, 25 times the plan's 3.6 a year and ten times 2022's, is asked about as a jump.
    expect(questionedActuals(plan, { [id('高新技术企业数')]: { '2025': 120 } })).toEqual([]);
    const lumpy = questionedActuals(plan, { [id('高新技术企业数')]: { '2022': 30, '2023': 120 } });
    expect(lumpy.map((x) => [x.year, x.why])).toEqual([[2023, 'jump']]);
  });

  it('question the slipped year, not the right one after it, and never both of a pair the other way round', () => {
    // A tester: 8,000 typed for 80,000 in 2021 (base 58,639) had made the right 95,000 of 2022 read as a slip of
    // 9,500, which the page then offered to "correct", while 8,000 went unremarked.
    const firms = planFromTable(['指标,单位,2020年,2025年', '注册企业数,户,58639,103000'], 2025);
    const firmsId = firms.indicators.find((i) => i.name.zh === '注册企业数')!.id;
    const q = questionedActuals(firms, { [firmsId]: { '2021': 8000, '2022': 95000, '2023': 110000 } });
    expect(q.map((x) => [x.year, x.guess])).toEqual([[2021, 80000]]);
    // No base: 150,000, 15,000, 170,000 — the middle one, in line with neither, is the slip; 150,000 is not.
    const noBase = planFromTable(['指标,单位,2020年,2025年', '个体工商户数,户,,200000'], 2025);
    const ib = noBase.indicators.find((i) => i.name.zh === '个体工商户数')!.id;
    const r = questionedActuals(noBase, { [ib]: { '2021': 150000, '2022': 15000, '2023': 170000 } });
    expect(r.map((x) => [x.year, x.guess])).toEqual([[2022, 150000]]);
  });

  it('weigh on a verdict up to its year and the year evaluated to; once settled, only that year and the base', () => {
    const all = questionedActuals(plan, { [id('地区生产总值')]: { '2020': 50, '2022': 5800, '2025': 60 } });
    const target = { indicator: id('地区生产总值'), year: 2025 };
    const years = (at: Parameters<typeof questionedBehind>[2]) =>
      questionedBehind(all, target, at).map((q) => q.year);
    expect(years({ baseYear: 2020, settled: false })).toEqual([2020, 2022, 2025]);
    expect(years({ baseYear: 2020, settled: false, asOf: 2022 })).toEqual([2020, 2022]);
    expect(years({ baseYear: 2020, settled: true })).toEqual([2020, 2025]);
    expect(
      questionedBehind(all, { indicator: 'other', year: 2025 }, { baseYear: 2020, settled: false }),
    ).toEqual([]);
    expect(
      questionedBehind(
        all,
        { indicator: 'share', year: 2025 },
        { baseYear: 2020, settled: false, parts: [target.indicator] },
      ),
    ).toHaveLength(3);
  });

  it('weigh on a verdict only in a year it reads: the base and the latest, or every year of a sum', () => {
    // 2021 questioned, 2022 sound: a level's verdict reads 2022 (and the base), and 2021 is no part of it.
    const all = questionedActuals(plan, { [id('地区生产总值')]: { '2021': 52, '2022': 540 } });
    expect(all.map((q) => q.year)).toEqual([2021]);
    const target = { indicator: id('地区生产总值'), year: 2025 };
    expect(questionedBehind(all, target, { baseYear: 2020, settled: false, latest: 2022 })).toEqual([]);
    // The year read is the questioned one: marked.
    expect(questionedBehind(all, target, { baseYear: 2020, settled: false, latest: 2021 })).toHaveLength(1);
    // A quota or a running sum adds up every year: 2021 counts.
    expect(
      questionedBehind(all, target, { baseYear: 2020, settled: false, latest: 2022, summed: true }),
    ).toHaveLength(1);
  });

  it('mark the overview’s verdict as the evaluation table does: by the year the run’s verdict reads', () => {
    const gdp = id('地区生产总值');
    const target = plan.targets.find((t) => t.indicator === gdp)!;
    const marked = (byYear: Record<string, number>) => {
      const scenario = { format: 'planpath/scenario@1', name: { zh: '录入' }, actuals: { [gdp]: byYear } };
      const result = runSync(plan, scenario as unknown as Scenario, { paths: 0 });
      return questionedFor(plan, result, target).map((q) => q.year);
    };
    expect(marked({ '2021': 52, '2022': 540 })).toEqual([]);
    expect(marked({ '2021': 52 })).toEqual([2021]);
  });

  it('come with a run of the scenario that holds them, for the overview to mark its verdicts', () => {
    const scenario = {
      format: 'planpath/scenario@1',
      name: { zh: '录入' },
      actuals: { [id('常住人口城镇化率')]: { '2021': 0.0425 } },
    } as unknown as Scenario;
    expect(runSync(plan, scenario, { paths: 0 }).questioned).toEqual([
      expect.objectContaining({ year: 2021, value: 0.0425, guess: 0.425 }),
    ]);
    expect(runSync(plan, null, { paths: 0 }).questioned).toBeUndefined();
  });
});
