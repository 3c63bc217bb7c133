// The goal-seek and least-cost sentences for targets awaiting their base ask for the base, in the page's language, instead
// of saying that no value of the variable suffices.
import { describe, expect, it } from 'vitest';
import type { GoalSeekResult, OptimizeResult } from '../../engine/index.ts';
import type { App } from '../../notebook/app.ts';
import { goalSeekSummary, optimizeSummary } from '../../notebook/views/analyticsSummary.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';

const app = {
  plan: {
    targets: [{ id: 'pillar_output_2025', name: { zh: '五大支柱产业生产总值', en: 'Pillar output' } }],
  },
} as unknown as App;
const result = {
  status: 'unknown-base',
  target: 'pillar_output_2025',
  probability: 0.8,
  value: null,
  pMet: null,
  range: [-0.2, 0.4],
} as unknown as GoalSeekResult;

describe('goalSeekSummary', () => {
  it.each([
    ['zh', /五大支柱产业生产总值.*基期待补.*录入/],
    ['en', /Pillar output.*base is still to be entered.*Enter its base-year value/],
  ] as const)('%s: asks for the base', (lang, expected) => {
    const s = goalSeekSummary(app, result, lang, 'g', String);
    expect(s).toMatch(expected);
    expect(s).not.toMatch(/无解|No value/);
  });
});

// A capped indicator's own growth: the answer is the largest value, and "already met" is at the range's top.
describe('goalSeekSummary, a variable working against its target', () => {
  const down = (status: string, value: number | null) =>
    ({
      ...result,
      status,
      direction: 'down',
      value,
      pMet: 0.81,
      variable: { kind: 'parameter', id: 'g' },
    }) as unknown as GoalSeekResult;
  it.each([
    ['found', -0.056, 'zh', 'g 至多取 -0.056', 'en', 'g must be at most -0.056'],
    ['already-met', 0.4, 'zh', '取最大值 0.4 时', 'en', 'even at its maximum g = 0.4'],
    ['no-solution', null, 'zh', 'g 取最小值 -0.2 时', 'en', 'even at g = -0.2'],
  ] as const)('%s', (status, value, _zh, zh, _en, en) => {
    expect(goalSeekSummary(app, down(status, value), 'zh', 'g', String)).toContain(zh);
    expect(goalSeekSummary(app, down(status, value), 'en', 'g', String)).toContain(en);
  });
});

// 净增“五上”200家 by 2025 and 市场主体提质增效 from 2025 with a year's lag: 无解 had read as a lever too weak.
describe('goalSeekSummary, a lever acting after the target year', () => {
  const plan = yaohaiPlan();
  const live = { plan, scenario: { get: () => ({ name: { zh: '基准' } }) } } as unknown as App;
  const lever = plan.levers.find((l) => l.issued === 2025 && l.lag === 1)!;
  const noSolution = (target: string) =>
    ({
      status: 'no-solution',
      target,
      variable: { kind: 'lever', id: lever.id },
      probability: 0.8,
      value: null,
      pMet: 0.66,
      range: [0, 3],
    }) as unknown as GoalSeekResult;

  it('says it cannot move a target of an earlier year', () => {
    const s = goalSeekSummary(live, noSolution('five_up_net_increase'), 'zh', '杠杆', String);
    expect(s).toContain('自2025年起实施、滞后 1 年见效（2026年起），2025年的目标不受它影响');
  });

  it('says nothing of it for a target the lever reaches', () => {
    const later = {
      ...live,
      plan: {
        ...plan,
        targets: plan.targets.map((x) => (x.id === 'five_up_net_increase' ? { ...x, year: 2027 } : x)),
      },
    } as unknown as App;
    expect(goalSeekSummary(later, noSolution('five_up_net_increase'), 'zh', '杠杆', String)).not.toContain(
      '不受它影响',
    );
  });
});

describe('optimizeSummary', () => {
  it('names the targets awaiting a base and asks for them', () => {
    const r = {
      status: 'unknown-base',
      unknownBase: ['pillar_output_2025'],
      targets: ['pillar_output_2025'],
      probability: 0.8,
    } as unknown as OptimizeResult;
    expect(optimizeSummary(app, r, 'zh')).toMatch(/五大支柱产业生产总值的指标基期待补.*录入/);
    expect(optimizeSummary(app, r, 'en')).toMatch(/Pillar output rest on indicators whose base/);
  });
});
