// The statistics layer: published figures kept apart from the plan and applied to it (applyStatistics),
// and the plan check's finding when a statistic contradicts a figure derived from the plan's numbers.
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../engine/check/checkPlan.ts';
import { renderFindings } from '../../engine/check/renderFindings.ts';
import { formatIssues } from '../../engine/index.ts';
import { applyStatistics } from '../../engine/plan/applyStatistics.ts';
import { loadStatistics } from '../../engine/plan/loadStatistics.ts';
import { PlanError } from '../../engine/plan/PlanError.ts';
import { runSync } from '../../engine/run/run.ts';
import { yaohaiWithStatistics } from '../engine/planFixtures.ts';
import { actualsScenario, feasibilityPlan, fixtureStatistics, withStatistics } from './feasibilityFixture.ts';

describe('applyStatistics', () => {
  const { plan, applied, issues } = applyStatistics(feasibilityPlan(), fixtureStatistics());
  it('replaces a base the plan does not print, converting 万元 to 亿元; the latest publication wins', () => {
    const gdp = plan.indicators.find((i) => i.id === 'gdp')!;
    expect(gdp.base).toMatchObject({
      value: 390,
      provenance: { kind: 'statistic', document: '2021年统计年鉴' },
      supersedes: { value: 500, provenance: { kind: 'derived', formula: '100 / 20%' } },
    });
  });
  it('turns later years into observations that pin every scenario; a scenario actual overrides one', () => {
    expect(plan.observations.map((o) => [o.indicator, o.year, o.value])).toEqual([
      ['gdp', 2022, 430],
      ['total', 2023, 130],
    ]);
    const r = runSync(plan, null, { paths: 0 });
    expect(r.indicators.gdp!.deterministic[2]).toBe(430);
    expect(r.indicators.total!.deterministic[3]).toBe(130);
    const own = runSync(plan, actualsScenario({ total: { '2023': 140 } }), { paths: 0 });
    expect(own.indicators.total!.deterministic[3]).toBe(140);
    expect(applied.filter((a) => a.as === 'base').map((a) => a.indicator)).toEqual(['gdp']);
  });
  it('converts a reckoned value’s range with its value (万元 → 亿元)', () => {
    const stats = fixtureStatistics();
    const gdp = stats.series.find((x) => x.id === 'gdp')!;
    gdp.values.push({
      year: 2024,
      value: 4_500_000,
      provenance: { kind: 'derived', formula: '390 × 1.04^4 (万元)', range: [4_400_000, 4_600_000] },
    });
    const o = applyStatistics(feasibilityPlan(), stats).plan.observations.find(
      (x) => x.indicator === 'gdp' && x.year === 2024,
    )!;
    expect(o.value).toBe(450);
    expect(o.provenance).toMatchObject({ kind: 'derived', range: [440, 460] });
  });
  it('skips a series whose unit does not convert, with an issue code; context series are ignored', () => {
    expect(issues).toEqual([{ code: 'unit-mismatch', series: 'firms_bad_unit', indicator: 'firms' }]);
  });
  it('leaves the plan’s own targets and printed bases alone', () => {
    expect(plan.targets).toEqual(feasibilityPlan().targets);
    expect(plan.indicators.find((i) => i.id === 'part_a')!.base).toEqual(
      feasibilityPlan().indicators.find((i) => i.id === 'part_a')!.base,
    );
  });
  it('makes verdicts on observed indicators rest on data', () => {
    const r = runSync(withStatistics(), null, { paths: 300 });
    expect(r.targets.find((t) => t.id === 'gdp_cap')).toMatchObject({
      baseSource: 'statistic',
      verdictBasis: 'data',
    });
    expect(r.targets.find((t) => t.id === 'share_2025')!.verdictBasis).toBe('assumption');
  });
});

describe('a series of yearly growth (growthOf)', () => {
  const provenance = (phrase: string) => ({
    kind: 'statistic' as const,
    publisher: '测试区统计局',
    document: '公报',
    date: '2024-03-01',
    where: '表1',
    phrase,
  });
  const file = (series: Record<string, unknown>) => ({
    format: 'planpath/statistics@1',
    region: { zh: '测试区' },
    compiled: '2026-11-28',
    series: [{ id: 'g', name: { zh: 'A 增速' }, unit: '%', values: [], ...series }],
  });

  it('becomes growth observations after the base year, not levels; the base year’s own growth is left out', () => {
    const stats = loadStatistics(
      file({
        growthOf: 'part_a',
        values: [
          { year: 2020, value: 4, provenance: provenance('增长4%') },
          { year: 2023, value: 6.5, provenance: provenance('增长6.5%') },
        ],
      }),
      's.json',
    );
    const { plan, applied, issues } = applyStatistics(feasibilityPlan(), stats);
    expect(plan.growthObservations).toEqual([
      { indicator: 'part_a', year: 2023, value: 6.5, provenance: provenance('增长6.5%') },
    ]);
    expect(plan.observations).toEqual(feasibilityPlan().observations);
    expect(applied).toEqual([{ series: 'g', indicator: 'part_a', year: 2023, value: 6.5, as: 'growth' }]);
    expect(issues).toEqual([]);
  });

  it('names an indicator the plan does not have', () => {
    const stats = loadStatistics(file({ growthOf: 'nope' }), 's.json');
    expect(applyStatistics(feasibilityPlan(), stats).issues).toEqual([
      { code: 'unknown-indicator', series: 'g', indicator: 'nope' },
    ]);
  });

  it('is refused with a level’s indicator too, or in a unit other than %, naming where', () => {
    const both = file({ growthOf: 'part_a', indicator: 'part_a' });
    expect(() => loadStatistics(both, 's.json')).toThrow(/series\[0\]\.growthOf/);
    const unit = file({ growthOf: 'part_a', unit: '亿元' });
    expect(() => loadStatistics(unit, 's.json')).toThrow(/series\[0\]\.unit/);
    try {
      loadStatistics(unit, 's.json');
    } catch (e) {
      expect(formatIssues((e as PlanError).file, (e as PlanError).issues, 'zh')).toContain(
        '年增速系列（growthOf）的单位应为 "%"',
      );
    }
  });
});

describe('loadStatistics', () => {
  /** A statistics file of one series, x in 亿元, with the values given. */
  const oneSeries = (values: unknown[]) => ({
    format: 'planpath/statistics@1',
    region: { zh: '测试区' },
    compiled: '2026-12-02',
    series: [{ id: 'x', name: { zh: 'x' }, unit: '亿元', values }],
  });

  it('refuses a value whose provenance is not a published statistic, naming where', () => {
    const bad = oneSeries([{ year: 2021, value: 1, provenance: { kind: 'assumption', rationale: 'guess' } }]);
    expect(() => loadStatistics(bad, 'bad.json')).toThrow(PlanError);
    expect(() => loadStatistics(bad, 'bad.json')).toThrow(/series\.0\.values\.0\.provenance|series\[0\]/);
  });

  it('refuses a reckoned value outside the range its file gives, naming where and both numbers', () => {
    const file = (range: [number, number]) =>
      oneSeries([
        { year: 2025, value: 504.3, provenance: { kind: 'derived', formula: '435 × 1.03^5', range } },
      ]);
    expect(() => loadStatistics(file([492.2, 516.6]), 'ok.json')).not.toThrow();
    let error: unknown;
    try {
      loadStatistics(file([516.6, 492.2]), 'bad.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlanError);
    const zh = formatIssues((error as PlanError).file, (error as PlanError).issues, 'zh');
    expect(zh).toContain('series[0] (x).values[0].provenance.range');
    expect(zh).toContain('推算范围 516.6–492.2 须包含推算值 504.3');
  });
});

describe('check: a statistic against a derived figure', () => {
  it('reports both numbers and both sources (statistic-contradicts-derived)', () => {
    const f = renderFindings(checkPlan(withStatistics()).findings, 'en').filter(
      (x) => x.kind === 'statistic-contradicts-derived',
    );
    expect(f).toHaveLength(1);
    // In English the quantities are written in international units (390 亿元 = 39 bn yuan).
    expect(f[0]!.message).toContain('39 bn yuan');
    expect(f[0]!.message).toContain('50 bn yuan');
    expect(f[0]!.message).toContain('2021年统计年鉴');
    expect(f[0]!.message).toContain('100 / 20%');
    expect(f[0]!.arithmetic).toBe('390 ÷ 500 − 1 = -22% (figures in units of 100 million yuan)');
  });
  it('states the other reading of a 年均 rate (rate-reading)', () => {
    const f = renderFindings(checkPlan(feasibilityPlan()).findings, 'en').find(
      (x) => x.kind === 'rate-reading',
    )!;
    expect(f.targets).toEqual(['a_growth']);
    expect(f.message).toMatch(/arithmetic.*\+30%.*compound.*\+33.82%/);
  });
});

// A tester: the published 新登记市场主体18.6万户 was nowhere in the tool, though a planner who knows it would ask why
// 新增各类市场主体约10万户 waits for a base.
describe('a published figure on another reading of a target (otherReadingOf)', () => {
  const statistic = (phrase: string) => ({
    kind: 'statistic' as const,
    publisher: '测试区统计局',
    document: '2025年统计公报',
    date: '2026-03-01',
    where: 'https://example.invalid/2025',
    phrase,
  });
  const withReading = (target: string, value: number) => {
    const stats = fixtureStatistics();
    stats.series.push({
      id: 'total_gross',
      name: { zh: '总量（另一口径）' },
      unit: '万元',
      otherReadingOf: { target, reading: { zh: '按另一口径计', en: 'counted another way' } },
      values: [{ year: 2025, value, provenance: statistic(`总量${value / 10000}亿元`) }],
    });
    return applyStatistics(feasibilityPlan(), stats);
  };

  it('is kept for the check, pins no run, and names a target the plan does not have', () => {
    const { plan, issues } = withReading('total_2025', 1_500_000);
    expect(plan.otherReadings).toEqual([
      expect.objectContaining({ target: 'total_2025', year: 2025, value: 1_500_000, unit: '万元' }),
    ]);
    expect(plan.observations).toEqual(withStatistics().observations);
    expect(withReading('no_such_target', 1).issues).toContainEqual({
      code: 'unknown-target',
      series: 'total_gross',
      target: 'no_such_target',
    });
    expect(issues.filter((i) => i.code === 'unknown-target')).toEqual([]);
  });

  it('is quoted in the plan check with what the target reads on it, in the target’s unit', () => {
    const finding = (value: number) =>
      renderFindings(checkPlan(withReading('total_2025', value).plan).findings, 'zh').find(
        (x) => x.kind === 'other-reading',
      )!;
    const met = finding(1_500_000); // 150 亿元 against ≥ 140
    expect(met.targets).toEqual(['total_2025']);
    expect(met.message).toContain('按另一口径计');
    expect(met.message).toContain('总量150亿元');
    expect(met.message).toContain('故未用于判断');
    expect(met.message).toContain('按这一读法，目标已达到');
    expect(finding(1_200_000).message).toContain('按这一读法，目标未达到');
  });

  it('quotes 新登记市场主体18.6万户 beside the Yaohai target it reads otherwise', () => {
    const f = renderFindings(checkPlan(yaohaiWithStatistics()).findings, 'zh').find(
      (x) => x.kind === 'other-reading',
    )!;
    expect(f.targets).toEqual(['market_entities_new']);
    expect(f.message).toContain('18.6 万户');
    expect(f.message).toContain('按这一读法，目标已达到');
    // The run does not read it: the target still waits for its base.
    const r = runSync(yaohaiWithStatistics(), null, { paths: 0 });
    expect(r.targets.find((t) => t.id === 'market_entities_new')?.verdict.code).toBe('unknown-base');
  });
});
