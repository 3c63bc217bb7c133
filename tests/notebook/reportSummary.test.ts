// The report's summary names every target that needs attention: behind on pace, or on pace but doubted by the
// forecast (the verdict follows the forecast where the two disagree). On the Yaohai plan's own statistics, the
// two 社零 targets are on pace (97%) and off track by the forecast: the summary must not read "none behind" alone.
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../engine/cli/cliInputs.ts';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { attentionReasons, reportSummary } from '../../notebook/report/reportSummary.ts';

const plan = readPlan(undefined);

describe('reportSummary', async () => {
  // As of 2024: before the 2025 figures, the two 社零 targets are on pace and doubted by the forecast.
  const ev = await evaluateTargets(plan, null, {}, { paths: 500, seed: 1, asOf: 2024 });

  it('lists targets on pace that the forecast finds off track, with why, in both languages', () => {
    const zh = reportSummary(ev, 'zh');
    // The four measured targets, all counted: two on pace, two whose pace waits for a base.
    expect(zh.paragraphs[0]).toMatch(
      /其中 3 项有 2020 年以后的实际数据：基本符合预期 2 项，进度待补基期 1 项。$/,
    );
    // The total reconciles with the dashboard's, which counts 力争 and not-comparable targets apart.
    expect(zh.paragraphs[0]).toMatch(/^本次评估共涉及 60 项量化目标（含力争目标 4 项、口径不可比 1 项）/);
    expect(zh.paragraphs).toContain(
      '目前没有滞后的目标；但以下 2 项目标进度虽未落后，按推演存在风险或难以达成（二者不一致时，以推演为准），需要关注：',
    );
    expect(zh.attention).toHaveLength(2);
    for (const line of zh.attention) {
      expect(line).toMatch(/^社会消费品零售总额.*（基本符合预期，综合判断：难以达成）：/);
      expect(line).toContain('达成概率 <1%');
      // The pace to the tenth the verdict table shows, so the two read the same (29% had sat beside 29.5%).
      expect(line).toMatch(/进度比 \d+\.\d%/);
    }
    const en = reportSummary(ev, 'en');
    expect(en.attention[0]).toMatch(/\(broadly on plan; verdict: Off track\): /);
  });

  it('reconciles its list with the overview’s 需关注 count: the targets without data, counted apart', async () => {
    // Entered figures put four targets behind; four more have no data and are doubted by the forecast alone.
    const behind = await evaluateTargets(
      plan,
      null,
      { five_up_enterprises: { '2022': 660, '2023': 670 }, registered_enterprises: { '2023': 70000 } },
      { paths: 500, seed: 1, asOf: 2024 },
    );
    // What the overview's filter counts (dashboardFilter.ts): every target whose verdict needs attention.
    const overview = behind.targets.filter((x) =>
      ['at-risk', 'off-track', 'missed'].includes(x.verdict.code),
    );
    const projected = overview.filter((x) => x.status === null).length;
    expect(projected).toBeGreaterThan(0);
    const s = reportSummary(behind, 'zh');
    expect(s.paragraphs).toContain(
      `按综合判断，存在风险、难以达成或未达成的目标共 ${overview.length} 项（即目标总览中的“需关注”）：有实际数据的 ${overview.length - projected} 项列于下文，尚无实际数据、仅按推演判断的 ${projected} 项见附录“尚无实际数据的目标”。`,
    );
    expect(s.attention).toHaveLength(overview.length - projected);
    // A target behind on pace that the forecast finds on plan is listed, and said not to be in the overview's count.
    const first = behind.targets.findIndex((x) => x.status === 'far-behind' || x.status === 'behind');
    const eased = {
      ...behind,
      targets: behind.targets.map((x, k) =>
        k === first ? { ...x, verdict: { ...x.verdict, code: 'on-track' as const } } : x,
      ),
    };
    const e = reportSummary(eased, 'zh');
    expect(e.attention).toHaveLength(overview.length - projected);
    expect(e.paragraphs.join('')).toContain(
      `目标共 ${overview.length - 1} 项（即目标总览中的“需关注”）：有实际数据的 ${overview.length - projected - 1} 项列于下文`,
    );
    expect(e.paragraphs.join('')).toContain('下文另列 1 项进度落后、但按推演仍基本符合预期的目标');
    expect(reportSummary(behind, 'en').paragraphs.join(' ')).toContain(
      `By the verdicts, ${overview.length} targets are at risk, off track or missed`,
    );
  });

  it('says none needs attention only when no target is behind or doubted', () => {
    const calm = {
      ...ev,
      targets: ev.targets.map((x) => ({ ...x, verdict: { ...x.verdict, code: 'on-track' as const } })),
    };
    expect(reportSummary(calm, 'zh').attention).toEqual([]);
    expect(reportSummary(calm, 'zh').paragraphs).toContain(
      '目前没有滞后的目标，推演也未显示有目标存在风险或难以达成。',
    );
    const behind = {
      ...calm,
      targets: calm.targets.map((x) =>
        x.id === 'retail_sales_2025' ? { ...x, status: 'behind' as const } : x,
      ),
    };
    const s = reportSummary(behind, 'zh');
    expect(s.paragraphs).toContain('以下 1 项目标进度落后于规划要求，需要关注：');
    expect(s.attention[0]).toMatch(/^社会消费品零售总额670亿元（滞后）：/);
  });

  it('counts the targets whose year is observed as done or not, and lists the missed ones first', async () => {
    const final = await evaluateTargets(
      plan,
      null,
      {
        five_up_enterprises: { '2021': 700, '2022': 740, '2023': 780, '2024': 800, '2025': 820 },
        high_tech_enterprises: { '2023': 173, '2024': 190, '2025': 210 },
      },
      { paths: 500, seed: 1 },
    );
    const zh = reportSummary(final, 'zh');
    // 社零's two targets are settled too: the published 2021–2025 average growth gives their 2025 level.
    expect(zh.paragraphs).toContain('按目标年数据已可判定的 4 项中，已完成 1 项，未完成 3 项。');
    expect(zh.paragraphs).toContain('以下 3 项目标未完成，需要关注：');
    // Every measured target is settled or waits for a base: no 总体看 line of paces, all zero.
    expect(zh.paragraphs.some((p) => p.startsWith('总体看') || p.startsWith('其余目标中，'))).toBe(false);
    expect(zh.attention[0]).toMatch(
      /^社会消费品零售总额670亿元（未完成）：2025 年由公布数据推算为 504\.3 亿元/,
    );
    expect(zh.attention[2]).toMatch(/^净增“五上”企业200家（未完成）：2025 年实际 820 家/);
    // A settled outcome has no chance to quote.
    for (const line of zh.attention) expect(line).not.toContain('达成概率');
    expect(zh.attention.join('')).not.toContain('高新技术企业');
    const en = reportSummary(final, 'en');
    expect(en.paragraphs).toContain('Of the 4 targets their own year’s data settle: met 1, not met 3.');
  });
});

describe('attentionReasons', async () => {
  const ev = await evaluateTargets(plan, null, {}, { paths: 0, asOf: 2024 });
  // 支柱产业占比 2023 = an entered 505 over the published GDP 780 had been "由公布数据推算为 64.7%".
  // 钱主任: the ⚠ 数据存疑 of the table had not reached the paragraph a director reads.
  it('says which verdicts rest on an entered value that looks mistyped', async () => {
    const slipped = await evaluateTargets(plan, null, { retail_sales: { '2025': 50.43 } }, { paths: 0 });
    const zh = reportSummary(slipped, 'zh').paragraphs.join('\n');
    expect(zh).toContain('2 项目标的判断所依的录入值疑有误，核对前不宜采用：');
    expect(zh).toContain('2025年社会消费品零售总额 50.43 亿元 疑为 504.3 亿元（小数点错位）');
    expect(reportSummary(ev, 'zh').paragraphs.join('\n')).not.toContain('小数点错位');
  });

  // 钱主任: "9 项结论依据数据" counted the three resting on 9,100 户, listed under 需要关注 without the mark.
  it('says how many verdicts on data rest on a questioned value, and marks them where they are listed', async () => {
    const typo = await evaluateTargets(
      plan,
      null,
      { registered_enterprises: { '2021': 66000, '2022': 74000, '2023': 82000, '2024': 9100 } },
      { paths: 500, seed: 1 },
    );
    const zh = reportSummary(typo, 'zh');
    const n = typo.targets.filter((x) => x.questioned?.length && x.verdictBasis === 'data').length;
    expect(n).toBeGreaterThan(0);
    expect(zh.paragraphs).toContain(
      `其中 ${n} 项依据数据的结论所依的录入值疑有误（见下文“数据存疑”），核对前不宜作为依据。`,
    );
    const listed = zh.attention.filter((l) => l.includes('9,100 户'));
    expect(listed.length).toBeGreaterThan(0);
    for (const l of listed) expect(l).toMatch(/（[^）]*· ⚠ 数据存疑）：/);
  });

  it('says a latest value computed from parts is computed, not derived from published figures', () => {
    const x = {
      ...ev.targets.find((t) => t.id === 'retail_sales_2025')!,
      latest: { year: 2023, value: 480 },
      latestSource: 'derived' as const,
      latestFrom: ['a', 'b'],
    };
    const [first] = attentionReasons(x, 'zh');
    expect(first).toMatch(/^2023 年由分项数据算得 480 亿元/);
    expect(first).not.toContain('公布数据');
  });

  it('says an increase’s entered level with its digits, what it added since the base and what is left', async () => {
    // 企业净增 4.5 万户 on the 2020 base of 58,639: 88,060 entered for 2024 (孙科长's figure).
    const entered = await evaluateTargets(
      plan,
      null,
      { registered_enterprises: { '2024': 88060 } },
      { paths: 200, seed: 1, asOf: 2024 },
    );
    const x = entered.targets.find((t) => t.id === 'enterprises_new')!;
    expect(x.latest).toEqual({ year: 2024, value: 88060 });
    const [zh] = attentionReasons(x, 'zh');
    expect(zh).toBe(
      '2024 年实际 8.806 万户（较基期增加 2.9421 万户，距目标尚差 1.5579 万户），目标 ≥ +4.5 万户',
    );
    const [en] = attentionReasons(x, 'en');
    expect(en).toContain(
      '88,060 entities (up 29,421 entities since the base; 15,579 entities still to go) in 2024',
    );
    // Reached: what it added, and no remainder.
    const [past] = attentionReasons({ ...x, latest: { year: 2024, value: 110_000 } }, 'zh');
    expect(past).toContain('（较基期增加 5.1361 万户）');
    expect(past).not.toContain('尚差');
  });

  it('says a fall still needed as a fall, not as a negative growth', () => {
    const x = {
      ...ev.targets.find((t) => t.id === 'retail_sales_2025')!,
      requiredGrowthRemaining: -0.034,
      requiredCagr: -0.02,
    };
    const reasons = attentionReasons(x, 'zh');
    // The plan's rate is said as a fall too (it read "（规划要求 -2%）" beside "需年均下降").
    expect(reasons).toContain('剩余年份需年均下降 3.4%（规划要求年均下降 2%）');
    expect(reasons.join('')).not.toMatch(/需年均增长 -|要求 -/);
  });

  it('says a share still needed in points a year, beside the points the plan asked for', () => {
    const x = {
      ...ev.targets.find((t) => t.id === 'retail_sales_2025')!,
      unit: '%',
      kind: 'level' as const,
      year: 2030,
      base: 0.723,
      targetLevel: 0.76,
      requiredChangeRemaining: 0.008,
      requiredGrowthRemaining: 0.011,
      requiredCagr: 0.01,
    };
    expect(attentionReasons(x, 'zh', 2025)).toContain(
      '剩余年份需年均提高 0.8 个百分点（规划要求年均提高 0.74 个百分点）',
    );
    // The plan's pace keeps its second decimal (孙科长: 研发投入强度 (3 − 1.8) ÷ 5 = 0.24 had read 0.2, the pace
    // achieved so far, and the shortfall disappeared).
    const rd = { ...x, base: 0.018, targetLevel: 0.03, year: 2025, requiredChangeRemaining: 0.003 };
    expect(attentionReasons(rd, 'zh', 2020)).toContain(
      '剩余年份需年均提高 0.3 个百分点（规划要求年均提高 0.24 个百分点）',
    );
    // Two figures that differ are not printed alike: 0.133 against the plan's 0.12 had read 0.1 against 0.1.
    const close = { ...x, base: 0.325, targetLevel: 0.331, requiredChangeRemaining: 0.00133 };
    expect(attentionReasons(close, 'zh', 2025)).toContain(
      '剩余年份需年均提高 0.13 个百分点（规划要求年均提高 0.12 个百分点）',
    );
    // A rise by points (提高0.9个百分点) is said in points as well, not as a relative growth of the share.
    const rise = { ...x, kind: 'increase' as const, value: 0.009, base: 0.023, targetLevel: 0.032 };
    expect(attentionReasons(rise, 'zh', 2025)).toContain(
      '剩余年份需年均提高 0.8 个百分点（规划要求年均提高 0.18 个百分点）',
    );
  });
});
