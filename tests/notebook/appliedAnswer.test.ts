// Tester G: goal-seek's 19.55% applied to the scenario ran at ± 0, and its target read >99% where the answer had
// promised 80%. The mean is what was sought; the spread stays.
import { describe, expect, it } from 'vitest';
import { appliedAnswer } from '../../notebook/model/appliedAnswer.ts';
import { parameterValue, type Working } from '../../notebook/state/scenarioOps.ts';
import { yaohaiWithStatistics } from '../engine/planFixtures.ts';

describe('appliedAnswer', () => {
  const plan = yaohaiWithStatistics();
  const empty = { name: { zh: '试' }, plan: plan.meta.id } as unknown as Working;

  it('sets a parameter mean and keeps the spread it was sought with', () => {
    const sd = parameterValue(plan, empty, 'g_gdp').sd;
    expect(sd).toBeGreaterThan(0);
    const applied = appliedAnswer(plan, empty, 'parameter', 'g_gdp', 0.1955);
    expect(parameterValue(plan, applied, 'g_gdp')).toEqual({ mean: 0.1955, sd });
    // A spread the planner had typed is the one kept.
    const typed = { ...empty, parameters: { g_gdp: '6% ± 1.5%' } } as Working;
    expect(
      parameterValue(plan, appliedAnswer(plan, typed, 'parameter', 'g_gdp', 0.08), 'g_gdp').sd,
    ).toBeCloseTo(0.015, 12);
  });

  it('sets a lever intensity', () => {
    const lever = plan.levers[0]!;
    const applied = appliedAnswer(plan, empty, 'lever', lever.id, 0.7);
    expect(applied.levers?.[lever.id]?.intensity).toBe(0.7);
  });
});
