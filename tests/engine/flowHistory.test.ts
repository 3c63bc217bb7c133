// A yearly count's assumed pace gives way to the counts entered for it (engine/run/flowHistory.ts). Reproduced
// from tester F's paste: 高新技术企业年新认定数 32, 28, 35 entered for 2021–2023 had left 2024–2025 on the assumed
// 45 ± 10 a year, while the entered rates of 进出口 and 专利 replaced theirs.
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../engine/cli/cliInputs.ts';
import type { Scenario } from '../../engine/plan/scenarioSchema.ts';
import { anchoringMessages } from '../../engine/report/anchoringMessages.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { runSync } from '../../engine/run/run.ts';

const plan = readPlan(undefined);
const scenario = (counts: Record<string, number>, parameters?: Scenario['parameters']): Scenario =>
  ({
    format: 'planpath/scenario@1',
    name: { zh: '录入' },
    actuals: { hte_new_certifications: counts },
    ...(parameters ? { parameters } : {}),
  }) as Scenario;
const flowIn = (r: ReturnType<typeof runSync>, year: number) =>
  r.indicators.hte_new_certifications!.deterministic[r.years.indexOf(year)]!;

describe('a yearly count entered for two years or more', () => {
  it('replaces its assumed mean with the entered mean, the spread never below the assumption’s', () => {
    const r = runSync(plan, scenario({ '2021': 32, '2022': 28, '2023': 35 }), { paths: 0 });
    expect(r.flowHistory).toEqual([
      {
        parameter: 'hte_cert_per_year',
        indicator: 'hte_new_certifications',
        from: 2021,
        to: 2023,
        years: 3,
        mean: expect.closeTo(95 / 3, 12),
        observedSd: expect.closeTo(Math.sqrt(37 / 3), 12),
        sd: 10,
        replaced: { mean: 45, sd: 10 },
      },
    ]);
    // 2024 and 2025 at 31.7 a year (their rounded running total), not at the assumed 45.
    expect(flowIn(r, 2024) + flowIn(r, 2025)).toBe(63);
    const [m] = anchoringMessages(plan, r).filter((x) => x.code === 'anchor.flowHistory');
    expect(renderMessage('zh', m!)).toBe(
      '高新技术企业年新认定数：已录入2021–2023年的年度数，后续年份改按录入均值 31.7 家/年（3年，由录入值推算；录入值的标准差 3.51 家/年 小于原假设的波动，仍取 ± 10 家/年（假设）），不再用假设 45 家/年 ± 10 家/年；可在情景中改为其他假设',
    );
    expect(renderMessage('en', m!)).toContain('the years ahead take their mean, 31.7');
    expect(renderMessage('en', m!)).toContain('(assumed)');
  });

  it('takes the entered spread when it is the wider', () => {
    const r = runSync(plan, scenario({ '2021': 10, '2022': 50, '2023': 30 }), { paths: 0 });
    expect(r.flowHistory?.[0]).toMatchObject({ mean: 30, observedSd: 20, sd: 20 });
    const [m] = anchoringMessages(plan, r).filter((x) => x.code === 'anchor.flowHistory');
    expect(renderMessage('zh', m!)).toContain('波动取录入值的标准差 ± 20 家/年');
  });

  it('keeps the assumption for one year entered, for a scenario’s own value, and with nothing entered', () => {
    const one = runSync(plan, scenario({ '2021': 32 }), { paths: 0 });
    expect(one.flowHistory).toBeUndefined();
    expect(flowIn(one, 2022) + flowIn(one, 2023)).toBe(90);
    const own = runSync(
      plan,
      scenario({ '2021': 32, '2022': 28 }, { hte_cert_per_year: { mean: 40, sd: 5 } }),
      {
        paths: 0,
      },
    );
    expect(own.flowHistory).toBeUndefined();
    expect(runSync(plan, null, { paths: 0 }).flowHistory).toBeUndefined();
  });
});
