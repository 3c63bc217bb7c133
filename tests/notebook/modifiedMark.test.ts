// A report's cover had read 基准（已修改） after a paste of actual values alone, as if an assumption had been moved
// (a tester): the modified mark says which kind of change it is.
import { describe, expect, it } from 'vitest';
import type { EditMeta } from '../../notebook/client/runController.ts';
import type { Working } from '../../notebook/state/scenarioOps.ts';
import { Store } from '../../notebook/state/store.ts';
import { modifiedKey, UndoHistory } from '../../notebook/state/undoHistory.ts';

const base = { name: { zh: '基准' }, plan: 'p' } as unknown as Working;

describe('the modified mark', () => {
  it('is 已录入实际数据 when only actuals were entered, 已修改 once an assumption moves too', () => {
    const scenario = new Store<Working, EditMeta>(base, { replaced: true });
    const history = new UndoHistory(scenario);
    expect(history.state.get()).toMatchObject({ modified: false, onlyActuals: false });
    scenario.set({ ...base, actuals: { gdp: { '2023': 700 } } } as Working, {});
    expect(history.state.get()).toMatchObject({ modified: true, onlyActuals: true });
    expect(modifiedKey(history.state.get())).toBe('work.modifiedActuals');
    scenario.set({ ...scenario.get(), levers: { l: { intensity: 2 } } } as Working, {});
    expect(history.state.get()).toMatchObject({ modified: true, onlyActuals: false });
    expect(modifiedKey(history.state.get())).toBe('work.modified');
    // Undone back to actuals alone, it says so again.
    history.undo();
    expect(history.state.get()).toMatchObject({ modified: true, onlyActuals: true });
  });
});

// 评估截至 set to 2023 and nothing else, the export was named 基准（已修改）: asOf is the evaluation's setting, which
// a run does not read and the breakdown leaves out (scenarioChanges), not a change of the scenario.
describe('the modified mark and 评估截至', () => {
  it('is none for 评估截至 alone, and 已录入实际数据 for it with actuals', () => {
    const scenario = new Store<Working, EditMeta>(base, { replaced: true });
    const history = new UndoHistory(scenario);
    scenario.set({ ...base, asOf: 2023 } as Working, {});
    expect(modifiedKey(history.state.get())).toBeNull();
    scenario.set({ ...scenario.get(), actuals: { gdp: { '2023': 700 } } } as Working, {});
    expect(modifiedKey(history.state.get())).toBe('work.modifiedActuals');
  });

  it('counts the rates entered with the actuals as entered data, not as an assumption', () => {
    const scenario = new Store<Working, EditMeta>(base, { replaced: true });
    const history = new UndoHistory(scenario);
    scenario.set(
      { ...base, actuals: { gdp: { '2023': 700 } }, actualRates: { gdp: { '2024': 0.05 } } } as Working,
      {},
    );
    expect(modifiedKey(history.state.get())).toBe('work.modifiedActuals');
  });
});
