import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { runSync } from '../../engine/run/run.ts';
import { bilingual } from '../../notebook/i18n/bilingual.ts';
import { translator } from '../../notebook/i18n/t.ts';
import {
  approxNote,
  medianFigure,
  plannedPath,
  targetLevel,
  targetPhrase,
} from '../../notebook/model/targetFigures.ts';
import { caretLine } from '../../notebook/views/formulas.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';
import golden from '../fixtures/golden.plan.json' with { type: 'json' };

const plan = loadPlan(golden, 'golden.plan.json');
const target = (id: string) => plan.targets.find((t) => t.id === id)!;

describe('target figures', () => {
  it('reads a target as a planner writes it', () => {
    expect(targetPhrase(plan, target('output_2023'), 'zh')).toBe('≥ 133 亿元');
    expect(targetPhrase(plan, target('output_growth'), 'zh')).toBe('≥ +10%/年');
    expect(targetPhrase(plan, target('share_2023'), 'en')).toBe('≥ 60%');
    expect(targetPhrase(plan, target('new_quota'), 'zh')).toBe('≥ 10 户/年');
  });

  it('derives growth and increase medians from the level median exactly', () => {
    const r = runSync(plan, null, { paths: 0 });
    // Deterministic: output grows 10%/yr from 100.
    const growth = medianFigure(plan, target('output_growth'), r)!;
    expect(growth.value).toBeCloseTo(0.1, 12);
    expect(growth.unit).toBe('%');
    const level = medianFigure(plan, target('output_2023'), r)!;
    expect(level.value).toBeCloseTo(133.1, 9);
    const inc = medianFigure(plan, target('firms_increase'), r)!;
    expect(inc.value).toBeCloseTo(r.indicators.firms!.deterministic[3]! - 50, 9);
  });

  it('gives every Yaohai target the median of the very measure its P(met) counts, arithmetic rates included', () => {
    // On a run without paths the median is the deterministic path: the figure shown must be the engine's own
    // measured value. 拥有企业数年均增长15.27% is read arithmetically (76.35% ÷ 5): its compound CAGR beside
    // it read 16.9% where the plan's own reckoning gives 23.6%.
    const yaohai = yaohaiPlan();
    const r = runSync(yaohai, null, { paths: 0 });
    let arithmetic = 0;
    let stated = 0;
    for (const t of yaohai.targets) {
      if (t.kind !== 'growth' && t.kind !== 'level' && t.kind !== 'increase') continue;
      const tr = r.targets.find((x) => x.id === t.id)!;
      const m = medianFigure(yaohai, t, r);
      if (!m || !Number.isFinite(tr.deterministicValue)) continue;
      // A change stated over the period (增长76.35%) is shown as that change: the yearly measure × the years.
      const years = t.statedAs === 'change' ? t.year - yaohai.meta.baseYear : 1;
      expect(m.value, t.id).toBeCloseTo(tr.deterministicValue * years, 9);
      if (t.statedAs === 'change') stated++;
      if (t.rateReading === 'arithmetic') arithmetic++;
      // The marker drawn at the target's level is met exactly when the target is.
      const level = targetLevel(t, r.indicators[t.indicator!]!.deterministic[0]!, yaohai.meta.baseYear);
      if (t.kind === 'growth' && level && t.comparator === '>=') {
        const y = r.years.indexOf(t.year);
        expect(r.indicators[t.indicator!]!.deterministic[y]! >= level.value - 1e-9, t.id).toBe(
          tr.deterministicMet,
        );
      }
    }
    expect(arithmetic).toBeGreaterThan(0);
    expect(stated).toBe(1);
  });

  it('draws the path the plan requires: compound for growth, straight for counts', () => {
    const g = plannedPath(plan, target('output_growth'), 100)!;
    expect(g.years).toEqual([2020, 2021, 2022, 2023]);
    expect(g.values[3]).toBeCloseTo(133.1, 9);
    expect(g.values[1]).toBeCloseTo(110, 9);
    const inc = plannedPath(plan, target('firms_increase'), 50)!;
    for (const [i, v] of [50, 54 + 1 / 3, 58 + 2 / 3, 63].entries()) expect(inc.values[i]).toBeCloseTo(v, 9);
    expect(targetLevel(target('firms_increase'), 50, 2020)).toEqual({ value: 63 });
    const quota = plannedPath(plan, target('new_quota'), 0)!;
    expect(quota.values).toEqual([10, 10, 10]);
  });
});

// 吴工: 城镇化率 约55% read 进展顺利 beside a median of 53.8%; nothing said it is met from 52.25%.
describe('what 约/左右 is counted as', () => {
  const yaohai = yaohaiPlan();
  const t = translator('zh');
  it('names the figure it is met from, and that overshooting is no miss', () => {
    const share = {
      ...target('output_2023'),
      comparator: '~=' as const,
      kind: 'share' as const,
      value: 0.55,
      unit: '%',
    };
    expect(approxNote(plan, share, 'zh', t)).toBe(
      '“约/左右”：达到 52.25%（目标值的 95%）即计为达成，超出目标值不算未达成',
    );
    const structure = yaohai.targets.find((x) => x.id === 'industry_structure')!;
    expect(approxNote(yaohai, structure, 'zh', t)).toContain('达到 73%（目标值的 97%）');
    const growth = { ...share, kind: 'growth' as const, value: 0.07 };
    expect(approxNote(plan, growth, 'en', translator('en'))).toBe(
      '“About”: counted as met from +6.65% (95% of the figure); overshooting is not a miss',
    );
    expect(approxNote(plan, { ...growth, value: -0.025 }, 'zh', t)).toBe(
      '“约/左右”：降至 -2.38% 即计为达成，降得更多不算未达成',
    );
    expect(approxNote(plan, target('output_2023'), 'zh', t)).toBe('');
  });
});

describe('small helpers', () => {
  it('splits "中文 English" labels', () => {
    expect(bilingual('创业服务 Start-up services', 'zh')).toBe('创业服务');
    expect(bilingual('创业服务 Start-up services', 'en')).toBe('Start-up services');
    expect(bilingual('宏观', 'en')).toBe('宏观');
  });
  it('points a caret at an error position', () => {
    expect(caretLine('a.b + 1', 1)).toBe('a.b + 1\n ^');
    expect(caretLine('x', undefined)).toBe('x');
    // A tester's 2 MB paste had been repeated whole under the form: a window around the caret is shown.
    const long = `${'a + '.repeat(100_000)}?`;
    const shown = caretLine(long, long.length - 1).split('\n');
    expect(shown[0]!.length).toBeLessThan(130);
    expect(shown[0]!.startsWith('…')).toBe(true);
    expect(shown[1]!.indexOf('^')).toBe(shown[0]!.indexOf('?'));
    expect(caretLine(long, undefined).length).toBeLessThan(130);
  });
});
