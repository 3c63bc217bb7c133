// The years between two known values are reckoned on the line joining them, not simulated and then snapped
// back. Reproduced first on the embedded plan: 社零 (retail_sales) is published for 2021 (473亿元) and
// reckoned for 2025 (504.3亿元); its median rose to ≈ 517 in 2024 on a 3% pace and fell to 504.3 in 2025.
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../engine/cli/cliInputs.ts';
import { settledIn } from '../../engine/evaluate/settledIn.ts';
import type { Plan } from '../../engine/plan/planSchema.ts';
import { anchoringMessages } from '../../engine/report/anchoringMessages.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { runSync } from '../../engine/run/run.ts';
import { actualsScenario, feasibilityPlan } from '../feasibility/feasibilityFixture.ts';

const median = (r: ReturnType<typeof runSync>, id: string, k: number) => r.indicators[id]!.quantiles.p50[k]!;

describe('the years between two known values', () => {
  it('take the constant annual rate joining them, on every path, and the run says which years', () => {
    const scenario = actualsScenario({ part_a: { '2021': 70, '2024': 90 } });
    const r = runSync(feasibilityPlan(), scenario, { paths: 500, seed: 4 });
    const rate = (90 / 70) ** (1 / 3);
    const a = r.indicators.part_a!;
    for (const k of [2, 3]) {
      expect(a.deterministic[k]).toBeCloseTo(70 * rate ** (k - 1), 9);
      // No spread left: the lowest and highest quantile agree.
      expect(a.quantiles.p5[k]).toBe(a.quantiles.p95[k]);
      expect(median(r, 'part_a', k)).toBeCloseTo(70 * rate ** (k - 1), 9);
    }
    // After the last known value the paths spread again.
    expect(a.quantiles.p95[5]! - a.quantiles.p5[5]!).toBeGreaterThan(1);
    expect(r.bridges).toEqual([
      { indicator: 'part_a', from: 2021, to: 2024, fromBase: false, shape: 'rate', step: expect.any(Number) },
    ]);
    expect(r.bridges[0]!.step).toBeCloseTo(rate - 1, 12);
  });

  it('start at the base when no year before is observed', () => {
    const r = runSync(feasibilityPlan(), actualsScenario({ part_a: { '2023': 90 } }), { paths: 0 });
    expect(r.indicators.part_a!.deterministic[1]).toBeCloseTo(60 * 1.5 ** (1 / 3), 9);
    expect(r.bridges).toMatchObject([{ indicator: 'part_a', from: 2020, to: 2023, fromBase: true }]);
  });

  it('step by equal amounts when a value is zero', () => {
    const r = runSync(feasibilityPlan(), actualsScenario({ firms: { '2021': 0, '2024': 6 } }), { paths: 0 });
    expect([...r.indicators.firms!.deterministic.slice(1, 5)]).toEqual([0, 2, 4, 6]);
    expect(r.bridges).toMatchObject([{ indicator: 'firms', shape: 'steps', step: 2 }]);
  });

  it('leave counts and events drawn year by year, and derived indicators to their parts', () => {
    const r = runSync(
      feasibilityPlan(),
      actualsScenario({ applications: { '2021': 3, '2024': 9 }, total: { '2021': 110, '2024': 130 } }),
      { paths: 0 },
    );
    expect(r.bridges).toEqual([]);
  });

  it('name a one-year gap by its year alone', () => {
    const plan = feasibilityPlan();
    const r = runSync(plan, actualsScenario({ part_a: { '2021': 70, '2023': 80 } }), { paths: 0 });
    const [m] = anchoringMessages(plan, r).filter((x) => x.code === 'anchor.bridged');
    // It read "2022–2022年".
    expect(renderMessage('zh', m!)).toMatch(/^\S+2022年无数据：/);
  });

  it('leave neighbouring known years alone', () => {
    const r = runSync(feasibilityPlan(), actualsScenario({ part_a: { '2020': 60, '2021': 63 } }), {
      paths: 0,
    });
    expect(r.bridges).toEqual([]);
  });

  it('are named in both languages with the rate', () => {
    const plan = feasibilityPlan();
    const r = runSync(plan, actualsScenario({ part_a: { '2021': 70, '2024': 90 } }), { paths: 0 });
    const [m] = anchoringMessages(plan, r).filter((x) => x.code.startsWith('anchor.bridged'));
    expect(renderMessage('zh', m!)).toMatch(
      /2022–2023年无数据：取2021年与2024年已知值之间按年均增长8\.7%的推算值/,
    );
    expect(renderMessage('en', m!)).toMatch(
      /2022–2023: no data.*known 2021 and 2024 figures \(growing 8\.7% a year\)/,
    );
  });
});

describe('a gap with a year of published growth', () => {
  // Growth published for 2023 only (in %, over the year before), between part_a's 70 in 2021 and 90 in 2024.
  const withGrowth = (rate: number, year = 2023): Plan => {
    const plan = feasibilityPlan();
    const provenance = {
      kind: 'statistic' as const,
      publisher: '测试区统计局',
      document: '公报',
      date: '2024-03-01',
      where: '表1',
      phrase: `增长${rate}%`,
    };
    return { ...plan, growthObservations: [{ indicator: 'part_a', year, value: rate, provenance }] };
  };

  it('takes that growth there, and the rate that still joins the two values elsewhere', () => {
    const r = runSync(withGrowth(20), actualsScenario({ part_a: { '2021': 70, '2024': 90 } }), {
      paths: 300,
      seed: 3,
    });
    const a = r.indicators.part_a!;
    // Two free years (2022 and 2024) share what 1.2 leaves of 90 / 70.
    const rest = Math.sqrt(90 / 70 / 1.2);
    expect(a.deterministic[2]).toBeCloseTo(70 * rest, 9);
    expect(a.deterministic[3]! / a.deterministic[2]!).toBeCloseTo(1.2, 12);
    expect(a.deterministic[4]).toBe(90);
    expect(a.quantiles.p5[3]).toBe(a.quantiles.p95[3]);
    expect(r.bridges).toEqual([
      {
        indicator: 'part_a',
        from: 2021,
        to: 2024,
        fromBase: false,
        shape: 'rate',
        step: expect.any(Number),
        published: [{ year: 2023, rate: 0.2 }],
      },
    ]);
    expect(r.bridges[0]!.step).toBeCloseTo(rest - 1, 12);
  });

  it('says which year took its published growth, in both languages', () => {
    const plan = withGrowth(20);
    const r = runSync(plan, actualsScenario({ part_a: { '2021': 70, '2024': 90 } }), { paths: 0 });
    const [m] = anchoringMessages(plan, r).filter((x) => x.code === 'anchor.bridged');
    expect(renderMessage('zh', m!)).toMatch(/：2023年按公布增速20%，其余年份按年均增长3\.5%，使两端相接/);
    expect(renderMessage('en', m!)).toMatch(
      /2023 at its published growth of 20%, the other years growing 3\.5% a year/,
    );
  });

  it('is read only inside a gap: a published year beside known values changes nothing', () => {
    const scenario = actualsScenario({ part_a: { '2021': 70, '2024': 90 } });
    const plain = runSync(feasibilityPlan(), scenario, { paths: 0 });
    const outside = runSync(withGrowth(20, 2026), scenario, { paths: 0 });
    expect([...outside.indicators.part_a!.deterministic]).toEqual([
      ...plain.indicators.part_a!.deterministic,
    ]);
    expect(outside.bridges).toEqual(plain.bridges);
  });

  it('keeps the constant rate when the growth cannot be taken (−100% or below)', () => {
    const scenario = actualsScenario({ part_a: { '2021': 70, '2024': 90 } });
    const plain = runSync(feasibilityPlan(), scenario, { paths: 0 });
    const r = runSync(withGrowth(-100), scenario, { paths: 0 });
    expect([...r.indicators.part_a!.deterministic]).toEqual([...plain.indicators.part_a!.deterministic]);
    expect(r.bridges[0]!.published).toBeUndefined();
  });
});

describe('the embedded plan', () => {
  it('社零 2024 grows at its published 3%, and 2022, 2023 and 2025 at the rate that reaches 504.3', () => {
    const plan = readPlan(undefined);
    const r = runSync(plan, null, { paths: 0 });
    const at = (y: number) => r.indicators.retail_sales!.deterministic[r.years.indexOf(y)]!;
    expect(at(2024) / at(2023)).toBeCloseTo(1.03, 12);
    const rest = (504.3 / 473 / 1.03) ** (1 / 3);
    expect(at(2022) / at(2021)).toBeCloseTo(rest, 12);
    expect(at(2023) / at(2022)).toBeCloseTo(rest, 12);
    expect(r.bridges.find((b) => b.indicator === 'retail_sales')!.published).toEqual([
      { year: 2024, rate: 0.03 },
    ]);
  });

  it('社零 no longer falls in 2025: 2022–2024 lie between 2021’s 473 and 2025’s 504.3', () => {
    const plan = readPlan(undefined);
    const r = runSync(plan, null, { paths: 2000, seed: 1 });
    const k = (y: number) => r.years.indexOf(y);
    const path = [2021, 2022, 2023, 2024, 2025].map((y) => median(r, 'retail_sales', k(y)));
    expect(path[0]).toBe(473);
    expect(path[4]).toBe(504.3);
    for (let i = 1; i < path.length; i++) expect(path[i]!).toBeGreaterThan(path[i - 1]!);
    expect(r.bridges.map((b) => `${b.indicator} ${b.from}–${b.to}`)).toContain('retail_sales 2021–2025');
  });
});

describe('a target whose year lies between two known values', () => {
  it('is left to the forecast: its gap is not reckoned, so no interpolated value decides or settles it', () => {
    const plan = feasibilityPlan();
    const target = plan.targets.find((t) => t.indicator === 'part_a' && t.kind !== 'qualitative')!;
    const y = target.year;
    const r = runSync(plan, actualsScenario({ part_a: { [String(y - 1)]: 70, [String(y + 1)]: 90 } }), {
      paths: 200,
      seed: 2,
      horizon: y + 2,
    });
    // The years before, from the base on, are still reckoned; the one gap holding the target's year is not.
    expect(r.bridges.filter((b) => b.from < y && y < b.to)).toEqual([]);
    const k = r.years.indexOf(y);
    expect(r.indicators.part_a!.quantiles.p95[k]!).toBeGreaterThan(r.indicators.part_a!.quantiles.p5[k]!);
    expect(settledIn(r.targets.find((x) => x.id === target.id)!)).toBeNull();
  });

  it('leaves the years of a quota to the forecast too: each year of it is counted', () => {
    const plan = feasibilityPlan();
    const quota = { ...plan.targets.find((t) => t.kind === 'quota')!, id: 'a_quota', indicator: 'part_a' };
    const withQuota = { ...plan, targets: [...plan.targets, quota] };
    const r = runSync(withQuota, actualsScenario({ part_a: { '2021': 70, '2024': 90 } }), { paths: 0 });
    expect(r.bridges.filter((b) => b.indicator === 'part_a')).toEqual([]);
  });
});
