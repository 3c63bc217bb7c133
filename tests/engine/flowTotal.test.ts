// 新增城镇就业 [2.5]万人 over five years is the total of a yearly flow. A 南岭区 planner's sheet had it read as the
// rise of a stock with no base (基期待补, asking the statistics office for a 2025 "stock" of new jobs that does
// not exist), and her yearly 0.52 and 0.49 shown as "总量 0.49 万人". The yearly figures are now the flow's,
// and their running sum what the target measures.

import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { evaluationReport } from '../../engine/report/evaluationReport.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { planFromTable } from '../extract/planFromTable.ts';

const plan = planFromTable([
  '指标名称,单位,2025年基期,2030年目标',
  '新增城镇就业,万人,—,[2.5]',
  '新增高新技术企业,家,—,[100]',
]);
const jobs = plan.targets.find((t) => t.name.zh.startsWith('新增城镇就业'))!;

describe('a total of yearly figures over the period', () => {
  it('is a running sum of a flow named as the plan names it; whole items stay a stock', () => {
    const total = plan.indicators.find((i) => i.id === jobs.indicator)!;
    expect(total.dynamics).toEqual({ kind: 'cumulative', flow: `${total.id}_flow` });
    expect(plan.indicators.find((i) => i.id === `${total.id}_flow`)!.name.zh).toBe('新增城镇就业');
    expect(jobs).toMatchObject({ kind: 'increase', value: 2.5 });
    const firms = plan.targets.find((t) => t.name.zh.startsWith('新增高新技术企业'))!;
    expect(plan.indicators.find((i) => i.id === firms.indicator)!.dynamics.kind).toBe('stock');
  });

  it('takes yearly figures as the flow, and measures progress by their sum', async () => {
    const pasted = parseActuals(['指标\t2026\t2027', '新增城镇就业\t0.52\t0.49'].join('\n'), plan);
    expect(pasted.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const ev = await evaluateTargets(plan, null, pasted.actuals, { paths: 500, seed: 1 });
    const row = ev.targets.find((t) => t.id === jobs.id)!;
    expect(row.latest).toEqual({ year: 2027, value: expect.closeTo(1.01, 12) });
    expect(row.progress).toBeCloseTo(1.01 / 2.5, 12);
    expect(row.status).toBe('on-track');
    expect(row.verdictBasis).toBe('data');
  });

  it('waits for the base year own figure when nothing is entered', async () => {
    const ev = await evaluateTargets(plan, null, {}, { paths: 100, seed: 1 });
    expect(ev.targets.find((t) => t.id === jobs.id)!.verdict.code).toBe('unknown-base');
  });
});

describe('a running sum, evaluated', () => {
  it('needs no growth rate of the sum, only what is still to add', async () => {
    const pasted = parseActuals(['指标\t2026\t2027', '新增城镇就业\t0.52\t0.49'].join('\n'), plan);
    const ev = await evaluateTargets(plan, null, pasted.actuals, { paths: 100, seed: 1 });
    const row = ev.targets.find((t) => t.id === jobs.id)!;
    // It read 35.27% a year, a compound rate of a total that grows by what is added.
    expect(row.requiredGrowthRemaining).toBeNull();
    expect(row.requiredChangeRemaining).toBeCloseTo((2.5 - 1.01) / 3, 12);
  });
});

describe('a running sum broken by a blank year', () => {
  const evaluate = async (row: string) => {
    const pasted = parseActuals(['指标\t2026\t2027\t2028', row].join('\n'), plan);
    const ev = await evaluateTargets(plan, null, pasted.actuals, { paths: 200, seed: 1 });
    return { ev, row: ev.targets.find((t) => t.id === jobs.id)! };
  };

  it('names the blank year and asks for it, and dates the evaluation by the latest year entered', async () => {
    const { ev, row } = await evaluate('新增城镇就业\t0.52\t\t0.47');
    // The total is known to 2026 only; the run reaches 2028 over a reckoned 2027.
    expect(row.latest).toEqual({ year: 2026, value: 0.52 });
    expect(row.sumGap).toMatchObject({ missing: [2027], last: 2028 });
    expect(renderMessage('zh', row.note!)).toMatch(
      /^新增城镇就业2027年无数据：累计只能算到2026年（2028年已录入.*请补录2027年/,
    );
    expect(renderMessage('en', row.note!)).toContain('please enter 2027');
    // It had said the verdicts rest on data to 2026 while the forecast started from 2028.
    expect(ev.summary.asOf).toBe(2028);
  });

  it('says which year is missing, not that nothing was observed, when the first year is blank', async () => {
    const { row } = await evaluate('新增城镇就业\t\t0.5\t0.47');
    expect(row.latest).toBeNull();
    const zh = renderMessage('zh', row.note!);
    expect(zh).toContain('2026年无数据');
    expect(zh).not.toContain('尚无观测值');
    // The report lists it among its notes too, though it has no latest value to show in the table.
    const { ev } = await evaluate('新增城镇就业\t\t0.5\t0.47');
    expect(evaluationReport(ev, { lang: 'zh' })).toContain('新增城镇就业2026年无数据');
  });

  it('says nothing of a gap when the years run unbroken', async () => {
    const { row } = await evaluate('新增城镇就业\t0.52\t0.5\t0.47');
    expect(row.sumGap).toBeUndefined();
    expect(row.latest?.year).toBe(2028);
  });
});
