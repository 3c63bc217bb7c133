// The scenario a link's or the last visit's scenario is compared with for the （已修改） mark: a named one the page
// knows, or the plan's default — a plan of the planner's own has no library scenarios to name it.
import { describe, expect, it } from 'vitest';
import { originOf } from '../../notebook/state/restoreWork.ts';
import type { Working } from '../../notebook/state/scenarioOps.ts';
import { sameSettings } from '../../notebook/state/undoHistory.ts';

const planDefault = { name: { zh: '规划默认', en: 'Plan defaults' }, plan: 'xinhe' } as Working;
const fromLink = { ...planDefault, parameters: { hte_exit: '4%' } } as unknown as Working;

describe('originOf', () => {
  it('compares a link on a plan without a library with the plan default, so it reads as modified', () => {
    const origin = originOf({ storageKey: 'xinhe', library: [], defaultScenario: planDefault }, fromLink);
    expect(origin).toBe(planDefault);
    expect(sameSettings(fromLink, origin)).toBe(false);
  });

  it('takes a library scenario of the same name first', () => {
    const named = { name: { zh: '加力测试', en: 'Push' }, plan: 'x', levers: { a: 1 } } as unknown as Working;
    const link = { ...named, levers: { a: 2 } } as unknown as Working;
    const origin = originOf(
      { storageKey: 'x', library: [{ scenario: named }] as never, defaultScenario: planDefault },
      link,
    );
    expect(origin).toBe(named);
  });

  it('is the scenario itself when nothing the page knows has its name', () => {
    const other = { name: { zh: '自拟情景', en: 'Mine' }, plan: 'xinhe' } as Working;
    expect(originOf({ storageKey: 'xinhe', library: [], defaultScenario: planDefault }, other)).toBe(other);
  });
});
