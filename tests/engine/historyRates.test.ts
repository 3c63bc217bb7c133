// A default growth "for when no history is given" gives way to the history once the planner enters it.
// Reproduced first from a district's own plan: its 规上工业总产值 rose 9.4% a year in the figures entered for
// 2026–2027, and the forecast still grew it at the generator's 5% ± 3%, calling the 2030 target 难以达成.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/index.ts';
import { generatePlan } from '../../engine/generate/generatePlan.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import type { Scenario } from '../../engine/plan/scenarioSchema.ts';
import { anchoringMessages } from '../../engine/report/anchoringMessages.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { runSync } from '../../engine/run/run.ts';

const text = [
  '二、发展目标',
  '到2030年，全区规上工业总产值达到2000亿元以上。',
  '2025年，全区规上工业总产值1286亿元。',
].join('\n');
const draft = extractTargets(text);
const plan = loadPlan(
  JSON.parse(JSON.stringify(generatePlan(draft.targets, { facts: draft.baseFacts, targetYear: 2030 }).plan)),
  'generated.plan.json',
);
const ind = plan.indicators.find((i) => i.name.zh.includes('规上工业总产值'))!;
const param = plan.parameters.find((p) => p.id === `g_${ind.id}`)!;
const scenario = (
  actuals: Record<string, number>,
  parameters?: Record<string, { mean: number; sd: number }>,
): Scenario =>
  ({
    format: 'planpath/scenario@1',
    name: { zh: '录入' },
    actuals: { [ind.id]: actuals },
    ...(parameters ? { parameters } : {}),
  }) as Scenario;

describe('a default for when no history is given', () => {
  it('is marked so by the plan generator', () => {
    expect(ind.base).toMatchObject({ value: 1286 });
    expect(param).toMatchObject({ untilHistory: true, value: { mean: 0.05, sd: 0.03 } });
  });

  it('gives way to the observed average growth from the base, its spread kept, and the run says so', () => {
    const r = runSync(plan, scenario({ '2026': 1400, '2027': 1540 }), { paths: 0 });
    const rate = (1540 / 1286) ** (1 / 2) - 1;
    expect(r.historyRates).toEqual([
      {
        parameter: param.id,
        indicator: ind.id,
        from: 2025,
        to: 2027,
        rate: expect.closeTo(rate, 12),
        replaced: { mean: 0.05, sd: 0.03 },
      },
    ]);
    // The years after the last observation grow at it (the default would give 1540 × 1.05 in 2028).
    const k = r.years.indexOf(2028);
    expect(r.indicators[ind.id]!.deterministic[k]).toBeCloseTo(1540 * (1 + rate), 6);
    const [m] = anchoringMessages(plan, r).filter((x) => x.code === 'anchor.historyRate');
    expect(renderMessage('zh', m!)).toContain(
      '后续年份的年增速改取 2025–2027 年实际年均增速 9.4%（± 3%，由实际值推算）',
    );
  });

  it('stays when nothing is observed, and when the scenario sets the rate itself', () => {
    expect(runSync(plan, null, { paths: 0 }).historyRates).toEqual([]);
    const own = runSync(plan, scenario({ '2027': 1540 }, { [param.id]: { mean: 0.06, sd: 0.02 } }), {
      paths: 0,
    });
    expect(own.historyRates).toEqual([]);
    const k = own.years.indexOf(2028);
    expect(own.indicators[ind.id]!.deterministic[k]).toBeCloseTo(1540 * 1.06, 6);
  });
});
