// What the dashboard says about issue 9: the headline counts, the bases a 基期待补 target waits for, the
// growth it needs,. (Milestones: tests/feasibility/quotaMilestone.test.ts.)
import { describe, expect, it } from 'vitest';
import type { RunResult, TargetResult } from '../../engine/index.ts';
import { rootUnknownBases } from '../../engine/plan/rootUnknownBases.ts';
import { translator } from '../../notebook/i18n/t.ts';
import { requiredGrowthPhrase } from '../../notebook/model/requiredGrowthPhrase.ts';
import { verdictCounts } from '../../notebook/model/verdictCounts.ts';
import { verdictHeadline } from '../../notebook/views/verdictHeadline.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';
import { planFromTable } from '../extract/planFromTable.ts';

const plan = yaohaiPlan();

function resultWith(fields: Record<string, Record<string, unknown>>): RunResult {
  const targets = plan.targets
    .filter((t) => t.kind !== 'qualitative')
    .map(
      (t) =>
        ({ id: t.id, pMet: 0.5, firstYearMet: null, ...(fields[t.id] ?? {}) }) as unknown as TargetResult,
    );
  return { years: [2020, 2021, 2022, 2023, 2024, 2025], targets } as unknown as RunResult;
}

describe('the bases a 基期待补 target waits for', () => {
  it('names the unknown parts of a sum and a share, not the known ones', () => {
    expect(rootUnknownBases(plan, 'pillar_share').sort()).toEqual(
      ['pillar_construction', 'pillar_culture', 'pillar_health', 'pillar_ict', 'pillar_trade_finance'].sort(),
    );
    expect(rootUnknownBases(plan, 'market_entities')).toEqual(['individual_businesses']);
    expect(rootUnknownBases(plan, 'incubated_firms')).toEqual(['incubators']);
  });
  it('asks nothing for a target whose base is printed or counted from zero', () => {
    expect(rootUnknownBases(plan, 'registered_enterprises')).toEqual([]);
    expect(rootUnknownBases(plan, 'five_up_enterprises')).toEqual([]);
    expect(rootUnknownBases(plan, 'talent_teams')).toEqual([]);
  });
});

describe('the headline counts', () => {
  it('counts verdicts by what they rest on, and 力争 / not comparable / qualitative apart', () => {
    const basis = (b: string, code = 'on-track') => ({ verdictBasis: b, verdict: { code } });
    const r = resultWith({
      enterprises_new: basis('data'),
      retail_sales_2025: basis('derived', 'missed'),
      five_up_net_increase: basis('assumption'),
      listings_new: basis('assumption', 'at-risk'),
      pillar_output_2025: basis('unknown-base', 'unknown-base'),
      ict_revenue_2025: basis('unknown-base', 'unknown-base'),
      // 力争: counted apart even though it rests on assumptions
      fintech_leaders_2025: basis('assumption'),
      service_share_2025: basis('assumption', 'not-comparable'),
    });
    const c = verdictCounts(plan, r);
    expect(c).toMatchObject({ data: 1, derived: 1, assumption: 2, unknownBase: 2, notComparable: 1 });
    expect(c.aspirational).toBe(plan.targets.filter((t) => t.aspirational).length);
    expect(c.aspirational).toBe(4);
    expect(c.qualitative).toBe(plan.targets.filter((t) => t.kind === 'qualitative').length);
  });

  // A tester: 社零's 2025 level, reckoned from the published average growth, was counted 依据数据 in the headline.
  it('says apart the verdicts resting on a reckoned figure, and only when there are some', () => {
    const t = translator('zh');
    const counts = { data: 0, derived: 2, assumption: 9, noRecord: 15, unknownBase: 29, notComparable: 1 };
    const apart = { aspirational: 4, qualitative: 12 };
    const html = verdictHeadline({ ...counts, ...apart }, t);
    expect(html).toContain('55 项量化目标：0 项判断依据数据，2 项依据推算值，9 项依据假设');
    expect(html).toContain('data-derived="2"');
    const none = verdictHeadline({ ...counts, derived: 0, ...apart }, t);
    expect(none).toContain('0 项判断依据数据，9 项依据假设');
  });
});

describe('a target waiting for its base', () => {
  const t = translator('zh');
  it('shows the growth it needs as a function of the base', () => {
    const pillar = plan.targets.find((x) => x.id === 'pillar_output_2025')!;
    expect(requiredGrowthPhrase(plan, pillar, 'zh', t)).toBe('需年均增长 (607 亿元 ÷ 基期)^(1/5) − 1');
    const added = plan.targets.find((x) => x.id === 'individual_businesses_new')!;
    expect(requiredGrowthPhrase(plan, added, 'en', translator('en'))).toBe(
      'Needs ((base + 55,000 entities) ÷ base)^(1/5) − 1 a year',
    );
    // A share moves in points (a tester's 失业率 ≤ 5.5% read "年均增速不高于 (5.5% ÷ 基期)^(1/5) − 1").
    const share = { ...pillar, kind: 'share' as const, value: 0.055, comparator: '<=' as const, unit: '%' };
    expect(requiredGrowthPhrase(plan, share, 'zh', t)).toBe('需 5 年内保持或降至 5.5% 以内');
    expect(requiredGrowthPhrase(plan, { ...share, comparator: '>=' }, 'zh', t)).toContain('由基期升至 5.5%');
    // A yearly quota grows nothing (冯工: "(1.2万人 ÷ 基期)^(1/5) − 1" beside 年均1.2万人以上).
    const quota = plan.targets.find((x) => x.id === 'srdi_reserve_5_yearly')!;
    expect(requiredGrowthPhrase(plan, quota, 'zh', t)).toBe('每年须达到 5 家');
    // A growth target needs its own rate: said as a requirement, not shown bare where a median would be.
    const rate = plan.targets.find((x) => x.id === 'individual_businesses_growth')!;
    // 周科长: read as the plan reckons it (18.5% × 5 = 92.5% over the period), it needs 14.0% a year compounded (1.925^(1/5) − 1 = 13.995%),
    // not the printed 18.5%.
    expect(rate.rateReading).toBe('arithmetic');
    expect(requiredGrowthPhrase(plan, rate, 'zh', t)).toBe(
      '需年均增长 +14%（复利；规划读法为5年累计 +92.5% ÷ 5 = +18.5%）',
    );
    expect(requiredGrowthPhrase(plan, rate, 'en', translator('en'))).toBe(
      'Needs +14% a year compounded (the plan reckons +92.5% over 5 years ÷ 5 = +18.5%)',
    );
    // A rate read as compound is the target itself.
    expect(requiredGrowthPhrase(plan, { ...rate, rateReading: 'compound' }, 'zh', t)).toBe(
      '需年均增长 +18.5%（即目标本身）',
    );
    // A ceiling is kept by growing no faster than that.
    const ceiling = { ...pillar, comparator: '<=' as const, value: 30, unit: '微克/立方米' };
    expect(requiredGrowthPhrase(plan, ceiling, 'zh', t)).toBe(
      '年均增速不高于 (30 微克/立方米 ÷ 基期)^(1/5) − 1',
    );
  });
  // 全社会固定资产投资 [2600] over 2026–2030 had read "需年均增长 ((基期 + 2,600 亿元) ÷ 基期)^(1/5) − 1".
  it('says a total over the period of a yearly flow as that sum and its yearly mean', () => {
    const table = planFromTable(['指标名称,单位,2025年基期,2030年目标', '全社会固定资产投资,亿元,—,[2600]']);
    expect(requiredGrowthPhrase(table, table.targets[0]!, 'zh', t)).toBe(
      '需5年合计 2,600 亿元，即年均 520 亿元',
    );
    expect(requiredGrowthPhrase(table, table.targets[0]!, 'en', translator('en'))).toBe(
      'Needs 260 bn yuan over 5 years, 52 bn yuan a year on average',
    );
  });
});
