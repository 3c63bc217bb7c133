// A tester set 地区生产总值名义增速 from 6.4% to 3%: none of the plan's figures moved (its GDP is published for every
// year to 2025), and nothing beside the control said so. lockedParameters lists such assumptions, and the
// claim the page makes of them — no target's figure or verdict moves — is checked here by moving each.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/plan/scenarioSchema.ts';
import { runSync } from '../../engine/run/run.ts';
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
