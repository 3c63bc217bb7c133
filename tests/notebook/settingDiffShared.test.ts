// 何工: a comparison of two scenarios that both set a lever to 3 had said nothing of it — its table listed only
// what differs, so neither scenario could be reproduced from it. Asked for, the settings every scenario shares
// where that is not the plan's default come after the differences, marked shared.
import { describe, expect, it } from 'vitest';
import { settingDiff } from '../../notebook/model/settingDiff.ts';
import { leverStart, type Working } from '../../notebook/state/scenarioOps.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';

const plan = yaohaiPlan();
const [lever, other] = plan.levers.map((l) => l.id);
const param = plan.parameters.find((p) => !p.untilHistory)!;
const name = { zh: 'x', en: 'x' };
/** Both scenarios set `lever` to 3; they differ in `other` and in the one value entered for gdp. */
const scenario = (k: number): Working =>
  ({
    name,
    plan: plan.meta.id,
    levers: { [lever!]: { intensity: 3 }, [other!]: { intensity: k } },
    actuals: { gdp: { '2022': k } },
  }) as unknown as Working;
const [a, b] = [scenario(1), scenario(2)];

describe('settingDiff', () => {
  it('lists what differs, and by default nothing the scenarios share', () => {
    const rows = settingDiff(plan, [a, b]);
    expect(rows.map((r) => r.id)).toEqual([other, 'actuals']);
    expect(rows.some((r) => r.shared)).toBe(false);
  });

  it('tells entered values apart by what they are, not by how many', () => {
    // One value each, different ones: they differ (the count alone, "1" and "1", had said they were alike).
    const actuals = settingDiff(plan, [a, b]).find((r) => r.kind === 'actuals')!;
    expect(actuals.values).toEqual(['1', '1']);
  });

  it('adds the settings all scenarios share, away from the default, after the differences', () => {
    const rows = settingDiff(plan, [a, b], { shared: true });
    expect(rows.map((r) => [r.id, r.shared ?? false])).toEqual([
      [other, false],
      ['actuals', false],
      [lever, true],
    ]);
    expect(rows.at(-1)!.values).toEqual([
      { intensity: 3, start: expect.any(Number) },
      { intensity: 3, start: expect.any(Number) },
    ]);
  });

  // A lever set to its default intensity from its default start, a parameter set to its default value.
  it('leaves out a shared value that is the plan default', () => {
    const def = plan.levers.find((l) => l.id === lever)!.intensity.default;
    const p = (param.value as { mean: number; sd: number }) ?? null;
    const at = (s: Working): Working =>
      ({
        ...s,
        levers: { [lever!]: { intensity: def, start: leverStart(plan, {} as Working, lever!) } },
        parameters: { [param.id]: p },
        actuals: undefined,
      }) as Working;
    expect(settingDiff(plan, [at(a), at(b)], { shared: true })).toEqual([]);
  });
});
