// The goal-seek and least-cost sentences for targets awaiting their base ask for the base, in the page's language, instead
// of saying that no value of the variable suffices.
import { describe, expect, it } from 'vitest';
import type { GoalSeekResult, OptimizeResult } from '../../engine/index.ts';
import type { App } from '../../notebook/app.ts';
import { goalSeekSummary, optimizeSummary } from '../../notebook/views/analyticsSummary.ts';

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
