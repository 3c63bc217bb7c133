// A tester set 地区生产总值名义增速 from 6.4% to 3%: none of the plan's figures moved (its GDP is published for every
// year to 2025), and nothing beside the control said so. lockedParameters lists such assumptions, and the
// claim the page makes of them — no target's figure or verdict moves — is checked here by moving each.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/plan/scenarioSchema.ts';
import { runSync } from '../../engine/run/run.ts';
import { planFromText } from '../extract/planFromText.ts';
import { yaohaiPlan, yaohaiWithStatistics } from './planFixtures.ts';

describe('lockedParameters', () => {
  const plan = yaohaiWithStatistics();
  const base = runSync(plan, null, { paths: 400, seed: 5 });
  const locked = base.lockedParameters ?? [];

  it('lists GDP growth once GDP is observed to the last target year, and nothing without observations', () => {
    expect(locked).toContainEqual({ parameter: 'g_gdp', through: 2025 });
    expect(runSync(yaohaiPlan(), null, { paths: 0 }).lockedParameters).toBeUndefined();
    // An assumption whose indicator is not observed every year is not listed.
    expect(locked.length).toBeLessThan(plan.parameters.length);
  });

  it('moves no target of the plan when any of them is moved', () => {
    const shown = (r: typeof base) =>
      r.targets.map((t) => [t.id, t.pMet, t.deterministicValue, t.verdict.code]);
    for (const { parameter } of locked) {
      const p = plan.parameters.find((x) => x.id === parameter)!;
      const mean = typeof p.value === 'number' ? p.value : p.value.mean;
      const moved = {
        format: 'planpath/scenario@1',
        name: { zh: '移动' },
        parameters: { [parameter]: { mean: mean * 0.5 - 0.01, sd: 0 } },
      } as Scenario;
      expect(shown(runSync(plan, moved, { paths: 400, seed: 5 })), parameter).toEqual(shown(base));
    }
  });
});

// A tester's imported plan: 11 sliders said their indicators were observed every year to 2025 and moving them
// changed nothing, where R&D (base to be entered, observed 2021–2023) went from 79% to >99% when its growth was
// moved. An indicator with no base is simulated from its latest observation once it has one; with none at all it
// is observed in no year, and an assumption that drives only such indicators is not "settled by observations".
describe('lockedParameters of an imported plan with bases to be entered', () => {
  const plan = planFromText(
    '到2025年，全区地区生产总值达到850亿元（2020年为612亿元），研究与试验发展经费投入强度达到3.5%，数字经济核心产业增加值占比达到12%。',
    2025,
  );
  const id = (name: string) => plan.indicators.find((i) => i.name.zh.includes(name))!.id;
  const actuals = {
    [id('地区生产总值')]: { '2021': 650, '2022': 690, '2023': 720, '2024': 760, '2025': 800 },
    [id('研究与试验发展')]: { '2021': 0.025, '2022': 0.027, '2023': 0.029 },
  };
  const scenario = { format: 'planpath/scenario@1', name: { zh: '录入' }, actuals } as Scenario;
  const base = runSync(plan, scenario, { paths: 400, seed: 5 });
  const locked = (base.lockedParameters ?? []).map((l) => l.parameter);
  const driving = (name: string) =>
    plan.parameters.filter((p) =>
      JSON.stringify(plan.indicators.find((i) => i.id === id(name))!.dynamics).includes(p.id),
    );

  it('lists the growth of a figure observed to 2025, not of one observed to 2023 nor of one never observed', () => {
    expect(
      driving('地区生产总值')
        .map((p) => p.id)
        .some((p) => locked.includes(p)),
    ).toBe(true);
    for (const name of ['研究与试验发展', '数字经济'])
      for (const p of driving(name)) expect(locked, `${name}: ${p.id}`).not.toContain(p.id);
  });

  it('moves no target when a listed assumption is moved', () => {
    const shown = (r: typeof base) =>
      r.targets.map((t) => [t.id, t.pMet, t.deterministicValue, t.verdict.code]);
    for (const parameter of locked) {
      const p = plan.parameters.find((x) => x.id === parameter)!;
      const mean = typeof p.value === 'number' ? p.value : p.value.mean;
      const moved = {
        ...scenario,
        parameters: { [parameter]: { mean: mean * 0.5 - 0.01, sd: 0 } },
      } as Scenario;
      expect(shown(runSync(plan, moved, { paths: 400, seed: 5 })), parameter).toEqual(shown(base));
    }
  });
});
