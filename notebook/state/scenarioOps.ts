// Edits to the planner's working scenario. The scenario holds only what differs from the plan's defaults:
// setting a value back to the default removes it, so a link or file never carries settings nobody changed.

import type {
  LeverSetting,
  Plan,
  Scenario,
  ScenarioInput,
  Uncertain,
  UncertainInput,
  UserFormula,
} from '../../engine/index.ts';
import { parseUncertain, scenarioChanges } from '../../engine/index.ts';

export type Working = Omit<ScenarioInput, 'format'>;

const EPS = 1e-12;

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Normalises an uncertain value as written; null when it cannot be read. */
export function readUncertain(value: UncertainInput): Uncertain | null {
  const parsed = parseUncertain(value as Parameters<typeof parseUncertain>[0]);
  return 'error' in parsed ? null : parsed;
}

function sameUncertain(a: UncertainInput, b: Uncertain): boolean {
  const u = readUncertain(a);
  return u !== null && near(u.mean, b.mean) && near(u.sd, b.sd);
}

function withRecord<K extends 'levers' | 'parameters'>(
  s: Working,
  key: K,
  record: Record<string, unknown>,
): Working {
  const next = { ...s } as Record<string, unknown>;
  if (Object.keys(record).length === 0) delete next[key];
  else next[key] = record;
  return next as Working;
}

export function defaultLeverIntensity(plan: Plan, id: string): number {
  const lever = plan.levers.find((l) => l.id === id);
  if (!lever) throw new Error(`unknown lever ${id}`);
  return lever.intensity.default;
}

export function leverIntensity(plan: Plan, s: Working, id: string): number {
  return s.levers?.[id]?.intensity ?? defaultLeverIntensity(plan, id);
}

/**
 * The year a lever first set starts acting: the year its policy was issued, when that is after the base year
 * (the Hefei opinions of February 2025 acting from 2021 had been every new lever's default, a counterfactual
 * the page then warned of). Written into the scenario, so a link and a file say it; the engine's own default
 * for a setting without a start stays the year after the base year, so older links mean what they meant.
 */
function firstStart(plan: Plan, id: string): number | undefined {
  const issued = plan.levers.find((l) => l.id === id)?.issued;
  return issued !== undefined && issued > plan.meta.baseYear + 1 ? issued : undefined;
}

export function setLever(plan: Plan, s: Working, id: string, intensity: number): Working {
  const levers: Record<string, LeverSetting> = { ...s.levers };
  const atDefault = near(intensity, defaultLeverIntensity(plan, id));
  const start = levers[id] ? levers[id].start : atDefault ? undefined : firstStart(plan, id);
  if (atDefault && (start === undefined || start === firstStart(plan, id))) delete levers[id];
  else levers[id] = start === undefined ? { intensity } : { intensity, start };
  return withRecord(s, 'levers', levers);
}

/** The scenario with every lever not set in it started from its policy's year, as setLever would start it. */
export function withFirstStarts(plan: Plan, s: Working): Working {
  const levers: Record<string, LeverSetting> = { ...s.levers };
  for (const l of plan.levers) {
    const start = firstStart(plan, l.id);
    if (!levers[l.id] && start !== undefined) levers[l.id] = { intensity: l.intensity.default, start };
  }
  return withRecord(s, 'levers', levers);
}

/** The year the lever starts acting in the scenario: its own; for a setting without one the engine's default
 * (the year after the base year, resolveScenario); for a lever not set, the year setLever would give it. */
export function leverStart(plan: Plan, s: Working, id: string): number {
  const setting = s.levers?.[id];
  if (setting) return setting.start ?? plan.meta.baseYear + 1;
  return firstStart(plan, id) ?? plan.meta.baseYear + 1;
}

export function setLeverStart(plan: Plan, s: Working, id: string, start: number): Working {
  const levers: Record<string, LeverSetting> = { ...s.levers };
  const intensity = leverIntensity(plan, s, id);
  const unset = firstStart(plan, id) ?? plan.meta.baseYear + 1;
  if (start === unset && near(intensity, defaultLeverIntensity(plan, id))) delete levers[id];
  else levers[id] = start === plan.meta.baseYear + 1 ? { intensity } : { intensity, start };
  return withRecord(s, 'levers', levers);
}

export function resetLever(s: Working, id: string): Working {
  const levers = { ...s.levers };
  delete levers[id];
  return withRecord(s, 'levers', levers);
}

export function defaultParameter(plan: Plan, id: string): Uncertain {
  const p = plan.parameters.find((q) => q.id === id);
  if (!p) throw new Error(`unknown parameter ${id}`);
  return p.value as Uncertain;
}

/** The parameter's value in the scenario, normalised. */
export function parameterValue(plan: Plan, s: Working, id: string): Uncertain {
  const v = s.parameters?.[id];
  return (v !== undefined ? readUncertain(v) : null) ?? defaultParameter(plan, id);
}

export function setParameter(plan: Plan, s: Working, id: string, value: UncertainInput): Working {
  const parameters: Record<string, UncertainInput> = { ...s.parameters };
  // A default that gives way to observed history (untilHistory) is not the value in force once actuals are
  // entered: a 5% typed over it is the planner's, kept even where it equals the plan's 5% (吴工: dropped as "no
  // change", it left the observed 6.11% running, and the saved 下行情景 had lost its GDP setting).
  const yields = plan.parameters.find((p) => p.id === id)?.untilHistory === true;
  if (!yields && sameUncertain(value, defaultParameter(plan, id))) delete parameters[id];
  else parameters[id] = value;
  return withRecord(s, 'parameters', parameters);
}

export function resetParameter(s: Working, id: string): Working {
  const parameters = { ...s.parameters };
  delete parameters[id];
  return withRecord(s, 'parameters', parameters);
}

/** Back to the plan: levers and assumptions cleared; name, notes, formulas and actuals kept. */
export function resetAssumptions(s: Working): Working {
  const next = { ...s };
  delete next.levers;
  delete next.parameters;
  delete next.shocks;
  return next;
}

export function isLeverChanged(s: Working, id: string): boolean {
  return s.levers?.[id] !== undefined;
}

export function isParameterChanged(s: Working, id: string): boolean {
  return s.parameters?.[id] !== undefined;
}

export function toggleShock(s: Working, id: string, on: boolean): Working {
  const others = (s.shocks ?? []).filter((x) => (typeof x === 'string' ? x : x.id) !== id);
  const shocks = on ? [...others, id] : others;
  const next = { ...s };
  if (shocks.length === 0) delete next.shocks;
  else next.shocks = shocks;
  return next;
}

export function hasShock(s: Working, id: string): boolean {
  return (s.shocks ?? []).some((x) => (typeof x === 'string' ? x : x.id) === id);
}

export function upsertFormula(s: Working, formula: UserFormula): Working {
  const formulas = (s.formulas ?? []).filter((f) => f.id !== formula.id);
  return { ...s, formulas: [...formulas, formula] };
}

/** Removes a formula and the cell that shows it. */
export function removeFormula(s: Working, id: string): Working {
  const formulas = (s.formulas ?? []).filter((f) => f.id !== id);
  const next: Working = { ...s, formulas };
  if (formulas.length === 0) delete next.formulas;
  return withoutDanglingCells(next);
}

/** Replaces the notes, dropping empty ones and the cells of notes no longer there. */
export function setNotes(s: Working, notes: NonNullable<Working['notes']>): Working {
  const kept = notes.filter((n) => n.text.trim() !== '' || (n.title ?? '').trim() !== '');
  const next: Working = { ...s, notes: kept };
  if (kept.length === 0) delete next.notes;
  return withoutDanglingCells(next);
}

/** Drops formula and note cells whose formula or note is gone (the engine refuses such a scenario). */
export function withoutDanglingCells(s: Working): Working {
  if (!s.cells) return s;
  const formulas = new Set((s.formulas ?? []).map((f) => f.id));
  const notes = new Set((s.notes ?? []).map((n) => n.id));
  const cells = s.cells.filter(
    (c) => (c.kind !== 'formula' || formulas.has(c.formula)) && (c.kind !== 'note' || notes.has(c.note)),
  );
  if (cells.length === s.cells.length) return s;
  const next: Working = { ...s, cells };
  if (cells.length === 0) delete next.cells;
  return next;
}

/**
 * The scenario's actuals replaced; `rates`, the yearly growth rates an index's levels were chained from,
 * replace those of their indicators. A paste of levels leaves earlier rates in place: they count only while
 * they still reproduce a level (ratesChain), and go with their indicator's last value.
 */
export function setActuals(
  s: Working,
  actuals: Record<string, Record<string, number>> | null,
  rates: Record<string, Record<string, number>> = {},
): Working {
  const next = { ...s };
  if (!actuals || Object.keys(actuals).length === 0) {
    delete next.actuals;
    delete next.actualRates;
    return next;
  }
  next.actuals = actuals;
  const kept = Object.fromEntries(
    Object.entries({ ...s.actualRates, ...rates }).filter(([id]) => id in actuals),
  );
  if (Object.keys(kept).length > 0) next.actualRates = kept;
  else delete next.actualRates;
  return next;
}

/** 评估截至 a year, or the latest data (null): the scenario carries it, so its link reopens that evaluation. */
export function setAsOf(s: Working, year: number | null): Working {
  const next = { ...s };
  if (year === null) delete next.asOf;
  else next.asOf = year;
  return next;
}

/** A scenario that changes nothing, to count changes from. */
const PLAN_ALONE = { format: 'planpath/scenario@1', name: { zh: '' } } as Scenario;

/**
 * How many of the scenario's levers, parameters and shocks act: the changes scenarioChanges finds from the plan
 * alone, by its rule (a parameter written out at its default's value is none). 高增长 writes 个体工商户年新设率 at
 * its default 25% ± 5%, and its card had said 22 settings where 21 act.
 */
export function changedCount(plan: Plan, s: Working): number {
  return actingSettings(plan, s).size;
}

/**
 * The levers, parameters and shocks that act, as `kind:id` keys (`parameter:g_ict`): what changedCount counts,
 * and what the levers panel marks 已修改, so the panel's header and the scenario's card agree.
 */
export function actingSettings(plan: Plan, s: Working): Set<string> {
  // The values as a run reads them ("25% ± 5%" as a mean and a spread); one that cannot be read stays as written.
  const parameters = Object.fromEntries(
    Object.entries(s.parameters ?? {}).map(([id, v]) => [id, readUncertain(v) ?? v]),
  );
  return new Set(
    scenarioChanges(plan, PLAN_ALONE, { ...s, parameters } as Scenario)
      .filter((c) => c.kind === 'lever' || c.kind === 'parameter' || c.kind === 'shock')
      .map((c) => `${c.kind}:${c.id}`),
  );
}

/**
 * What a scenario adds to the plan beyond its assumptions: its own formulas and the indicators it enters
 * actuals for. A scenario holding only a formula had been listed as "0 项" differing from the plan.
 */
export function additionsCount(s: Working): { formulas: number; actuals: number } {
  return { formulas: s.formulas?.length ?? 0, actuals: Object.keys(s.actuals ?? {}).length };
}
