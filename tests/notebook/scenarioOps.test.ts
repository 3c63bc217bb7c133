import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import type { Plan } from '../../engine/plan/planSchema.ts';
import { SCENARIO_FORMAT as ENGINE_FORMAT } from '../../engine/plan/scenarioSchema.ts';
import { translator } from '../../notebook/i18n/t.ts';
import { settingDiff } from '../../notebook/model/settingDiff.ts';
import { settingValueText } from '../../notebook/model/settingText.ts';
import {
  SCENARIO_FORMAT,
  ScenarioDocumentError,
  scenarioDocument,
  workingFromDocument,
} from '../../notebook/state/scenarioFile.ts';
import {
  actingSettings,
  additionsCount,
  changedCount,
  hasShock,
  isLeverChanged,
  leverIntensity,
  leverStart,
  parameterValue,
  removeFormula,
  resetAssumptions,
  resetLever,
  resetParameter,
  setLever,
  setLeverStart,
  setNotes,
  setParameter,
  toggleShock,
  upsertFormula,
  type Working,
  withFirstStarts,
} from '../../notebook/state/scenarioOps.ts';
import { readJson, yaohaiWithStatistics } from '../engine/planFixtures.ts';
import golden from '../fixtures/golden.plan.json' with { type: 'json' };

const plan = loadPlan(golden, 'golden.plan.json');
const empty: Working = { name: { zh: '测试' } };

describe('scenario edits keep only what differs from the plan', () => {
  it('sets a lever and removes it again when set back to the default', () => {
    const s = setLever(plan, empty, 'push', 1.5);
    expect(s.levers).toEqual({ push: { intensity: 1.5 } });
    expect(isLeverChanged(s, 'push')).toBe(true);
    expect(leverIntensity(plan, s, 'push')).toBe(1.5);
    const back = setLever(plan, s, 'push', 0);
    expect(back).toEqual(empty);
    expect(resetLever(s, 'push')).toEqual(empty);
  });

  it('sets a lever start year beside its intensity, and drops it when back at the default year', () => {
    const first = plan.meta.baseYear + 1;
    expect(leverStart(plan, empty, 'push')).toBe(first);
    const late = setLeverStart(plan, setLever(plan, empty, 'push', 1.5), 'push', first + 3);
    expect(late.levers).toEqual({ push: { intensity: 1.5, start: first + 3 } });
    expect(leverStart(plan, late, 'push')).toBe(first + 3);
    // Moving the intensity keeps the start; the default year and intensity together leave nothing changed.
    expect(setLever(plan, late, 'push', 2).levers).toEqual({ push: { intensity: 2, start: first + 3 } });
    expect(setLeverStart(plan, late, 'push', first).levers).toEqual({ push: { intensity: 1.5 } });
    expect(setLeverStart(plan, setLeverStart(plan, empty, 'push', first + 1), 'push', first)).toEqual(empty);
  });

  // The Hefei opinions date from 2025: a lever moved had acted from 2021 unless its start was changed too.
  it('starts a lever first set in the year its policy was issued, and drops that start with the lever', () => {
    const issuedPlan = {
      ...plan,
      levers: plan.levers.map((l) => (l.id === 'push' ? { ...l, issued: 2023 } : l)),
    };
    const set = setLever(issuedPlan, empty, 'push', 1.5);
    expect(set.levers).toEqual({ push: { intensity: 1.5, start: 2023 } });
    expect(leverStart(issuedPlan, empty, 'push')).toBe(2023);
    expect(setLever(issuedPlan, set, 'push', 0)).toEqual(empty);
    // A setting without a start (an older link) keeps the engine's default, the year after the base year.
    const old = { ...empty, levers: { push: { intensity: 1 } } };
    expect(leverStart(issuedPlan, old, 'push')).toBe(plan.meta.baseYear + 1);
    expect(setLever(issuedPlan, old, 'push', 2).levers).toEqual({ push: { intensity: 2 } });
    // What goal-seek and the least-cost mix search from: levers not set start in their policy's year.
    expect(withFirstStarts(issuedPlan, empty).levers?.push).toEqual({ intensity: 0, start: 2023 });
  });

  it('keeps a parameter as written, normalises it for reading, and drops it when equal to the plan', () => {
    const s = setParameter(plan, empty, 'g', '12% ± 2%');
    expect(s.parameters).toEqual({ g: '12% ± 2%' });
    expect(parameterValue(plan, s, 'g')).toEqual({ mean: 0.12, sd: 0.02 });
    expect(setParameter(plan, s, 'g', 0.1)).toEqual(empty);
    expect(setParameter(plan, s, 'g', '10%')).toEqual(empty);
  });

  // 吴工: 5% typed over a default that observed history replaces (6.11%) was dropped as equal to the plan's 5%,
  // so the run kept 6.11% and the saved scenario had lost the setting.
  it('keeps a value typed for a default that gives way to history, even when it equals the plan’s', () => {
    const yielding: Plan = {
      ...plan,
      parameters: plan.parameters.map((p) => (p.id === 'g' ? { ...p, untilHistory: true as const } : p)),
    };
    expect(setParameter(yielding, empty, 'g', 0.1).parameters).toEqual({ g: 0.1 });
    expect(setParameter(yielding, empty, 'g', '10%').parameters).toEqual({ g: '10%' });
    // Reset, it gives way to history again.
    expect(resetParameter(setParameter(yielding, empty, 'g', 0.1), 'g').parameters ?? {}).toEqual({});
  });

  it('resets every assumption but keeps the name, notes, formulas and actuals', () => {
    let s = setLever(plan, empty, 'push', 2);
    s = setParameter(plan, s, 'g', 0.2);
    s = setNotes(s, [{ text: '说明' }]);
    s = { ...s, actuals: { output: { '2021': 111 } } };
    expect(changedCount(plan, s)).toBe(2);
    // Formulas and actuals are counted as additions, apart (a scenario of one formula had read "0 项").
    expect(
      additionsCount({ ...s, formulas: [{ id: 'f', name: { zh: 'f' }, unit: '—', formula: 'output' }] }),
    ).toEqual({
      formulas: 1,
      actuals: 1,
    });
    expect(resetAssumptions(s)).toEqual({
      name: { zh: '测试' },
      notes: [{ text: '说明' }],
      actuals: { output: { '2021': 111 } },
    });
  });

  it('toggles shocks and formula cells, leaving no empty lists behind', () => {
    const on = toggleShock(empty, 'slump', true);
    expect(hasShock(on, 'slump')).toBe(true);
    expect(toggleShock(on, 'slump', false)).toEqual(empty);
    const f = upsertFormula(empty, { id: 'x2', name: { zh: '两倍' }, unit: '亿元', formula: 'output * 2' });
    expect(f.formulas).toHaveLength(1);
    expect(
      upsertFormula(f, { id: 'x2', name: { zh: '两倍' }, unit: '亿元', formula: 'output * 3' }).formulas,
    ).toHaveLength(1);
    expect(removeFormula(f, 'x2')).toEqual(empty);
    expect(setNotes(empty, [{ title: '', text: '  ' }])).toEqual(empty);
  });
});

// 高增长's card said 22 settings where 21 act: 个体工商户年新设率 is written out at its default, 25% ± 5%.
describe('changedCount', () => {
  it('counts the settings that act, not those written at the plan’s default', () => {
    // A made-up scenario: a lever set, a parameter written out at its default in two spellings, one changed.
    const s: Working = {
      ...empty,
      levers: { push: { intensity: 1 } },
      parameters: { g: '10%', new_firms: 12 },
    };
    expect(changedCount(plan, s)).toBe(2);
    expect(changedCount(plan, { ...s, parameters: { g: { mean: 0.1, sd: 0 } } })).toBe(1);
    // A lever written at its default intensity with no start does not act either.
    expect(changedCount(plan, { ...empty, levers: { push: { intensity: 0 } } })).toBe(0);
    // A default that gives way to observed history stays put once set, even at its value: that acts.
    const yielding: Plan = {
      ...plan,
      parameters: plan.parameters.map((p) => (p.id === 'g' ? { ...p, untilHistory: true as const } : p)),
    };
    expect(changedCount(yielding, { ...empty, parameters: { g: '10%' } })).toBe(1);
  });

  it('says 21 for the shipped 高增长, as the attribution finds from the plan alone', () => {
    const yaohai = yaohaiWithStatistics();
    const file = readJson('scenarios/high-growth.json') as Working & { parameters: Record<string, unknown> };
    expect(Object.keys(file.parameters)).toHaveLength(22);
    expect(file.parameters.ib_entry_rate).toBe('25% ± 5%');
    expect(changedCount(yaohai, file)).toBe(21);
  });

  // The levers panel had counted what is written (已修改 22 项) and marked 个体工商户年新设率 已修改 beside a card of 21.
  it('names for the levers panel the settings it counts, leaving out one written at its default', () => {
    const yaohai = yaohaiWithStatistics();
    const file = readJson('scenarios/high-growth.json') as Working;
    const acting = actingSettings(yaohai, file);
    expect(acting.size).toBe(changedCount(yaohai, file));
    expect(acting.has('parameter:ib_entry_rate')).toBe(false);
    // Every other parameter the file writes acts, and is marked.
    const written = Object.keys((file as { parameters: Record<string, unknown> }).parameters);
    expect(written.filter((id) => !acting.has(`parameter:${id}`))).toEqual(['ib_entry_rate']);
  });
});

describe('scenario files', () => {
  it('use the engine scenario format', () => {
    expect(SCENARIO_FORMAT).toBe(ENGINE_FORMAT);
  });
  it('round-trip through a document with format and plan id', () => {
    const s = setLever(plan, empty, 'push', 1);
    const doc = scenarioDocument(plan, s);
    expect(doc).toMatchObject({
      format: SCENARIO_FORMAT,
      plan: 'golden-small',
      levers: { push: { intensity: 1 } },
    });
    expect(workingFromDocument(doc)).toEqual({ ...s, plan: 'golden-small' });
  });
  it('name an unnamed scenario and refuse what is not an object', () => {
    expect(workingFromDocument({ format: SCENARIO_FORMAT }).name.zh).toBe('未命名情景');
    expect(() => workingFromDocument([1])).toThrow(/JSON object/);
  });
  // A tester's exported scenario with format "planpath/scenario@7" was imported without a word, replacing the
  // unsaved work, where the command line and a link of a newer version refuse it.
  it('refuse another format by name, and read a hand-typed file without one', () => {
    const doc = { format: 'planpath/scenario@7', name: { zh: '情景A' } };
    expect(() => workingFromDocument(doc)).toThrow(ScenarioDocumentError);
    try {
      workingFromDocument(doc);
    } catch (error) {
      expect(error).toMatchObject({ code: 'format', found: 'planpath/scenario@7' });
    }
    expect(workingFromDocument({ name: { zh: '手写' } }).name.zh).toBe('手写');
    expect(
      translator('zh')('scen.document.format', { found: 'planpath/scenario@7', format: SCENARIO_FORMAT }),
    ).toBe(
      '文件格式为“planpath/scenario@7”，本页只读“planpath/scenario@1”（可能来自更新的版本）；当前情景未改动',
    );
  });
});

describe('settingDiff', () => {
  it('lists the settings in which compared scenarios differ, with plan defaults', () => {
    const a = setLever(plan, empty, 'push', 1);
    const b = setParameter(plan, empty, 'g', 0.2);
    const rows = settingDiff(plan, [a, b, empty]);
    expect(rows.map((r) => `${r.kind}:${r.id}`)).toEqual(['lever:push', 'parameter:g']);
    const start = plan.meta.baseYear + 1;
    expect(rows[0]!.values).toEqual([{ intensity: 1, start }, null, null]);
    expect(rows[1]!.values).toEqual([null, { mean: 0.2, sd: 0 }, null]);
    expect(settingDiff(plan, [a, a])).toEqual([]);
  });

  // The same intensity from a later year is another scenario (五上 P(met) 78% → 59% on the Yaohai plan): the
  // comparison and the report's settings had listed intensities alone.
  it('lists a lever whose start year alone differs, and says the year', () => {
    const a = setLever(plan, empty, 'push', 1);
    const later = setLeverStart(plan, a, 'push', plan.meta.baseYear + 3);
    const rows = settingDiff(plan, [a, later]);
    expect(rows.map((r) => r.id)).toEqual(['push']);
    expect(settingValueText(plan, rows[0]!, rows[0]!.values[1]!, 'zh')).toBe(
      `1（${plan.meta.baseYear + 3}年起）`,
    );
    expect(settingValueText(plan, rows[0]!, rows[0]!.values[0]!, 'en')).toBe(
      `1 (from ${plan.meta.baseYear + 1})`,
    );
  });
});
