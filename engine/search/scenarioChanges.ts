// The settings in which one scenario differs from another, each as a change that can be applied alone: a
// lever (its intensity and start year), a parameter (mean and spread), a shock switched on or off, the entered
// data (actuals with the rates they were chained from), and the run's own settings (horizon, seed, paths).
// Names, descriptions, notes, cells and the planner's own formulas are left out, and so is 评估截至 (asOf),
// which the evaluation reads and a run does not: none of them moves a run's chance.
import type { Plan } from '../plan/planSchema.ts';
import type { Scenario } from '../plan/scenarioSchema.ts';
import { leverIntensity, parameterValue } from './analyticsScenario.ts';

export type ScenarioChangeKind = 'lever' | 'parameter' | 'shock' | 'actuals' | 'run';

export interface ScenarioChange {
  kind: ScenarioChangeKind;
  /** A lever's, parameter's or shock's id; 'actuals'; or the run setting's field: horizon, seed, paths. */
  id: string;
}

/** The run settings a scenario may carry, in the order they are listed. */
const RUN_FIELDS = ['horizon', 'seed', 'paths'] as const;

const json = (x: unknown) => JSON.stringify(x ?? null);

const shockId = (x: NonNullable<Scenario['shocks']>[number]) => (typeof x === 'string' ? x : x.id);

function shockOf(s: Scenario, id: string) {
  return (s.shocks ?? []).find((x) => shockId(x) === id);
}

/** A lever as it acts: the intensity it runs at (set or the plan's default) and the start year, if set. */
function leverAsRun(plan: Plan, s: Scenario, id: string) {
  return { intensity: leverIntensity(plan, s, id), start: s.levers?.[id]?.start ?? null };
}

/** What a run setting a scenario leaves unset runs at (a seed of 1 written out is no change from none). */
export type RunDefaults = Partial<Record<(typeof RUN_FIELDS)[number], number>>;

/** The changes that take `from` to `to`, in the plan's order of levers and parameters. */
export function scenarioChanges(
  plan: Plan,
  from: Scenario,
  to: Scenario,
  defaults: RunDefaults = {},
): ScenarioChange[] {
  const changes: ScenarioChange[] = [];
  for (const l of plan.levers)
    if (json(leverAsRun(plan, from, l.id)) !== json(leverAsRun(plan, to, l.id)))
      changes.push({ kind: 'lever', id: l.id });
  // A parameter set to its default's value is no change (high-growth writes out 个体工商户年新设率's), except
  // where the default gives way to observed history (untilHistory): set, it stays put; unset, it follows the
  // data. There it is compared as written.
  for (const p of plan.parameters) {
    const asRun = (s: Scenario) =>
      p.untilHistory ? (s.parameters?.[p.id] ?? null) : parameterValue(plan, s, p.id);
    if (json(asRun(from)) !== json(asRun(to))) changes.push({ kind: 'parameter', id: p.id });
  }
  const shocks = new Set([...(from.shocks ?? []), ...(to.shocks ?? [])].map(shockId));
  for (const id of shocks)
    if (json(shockOf(from, id)) !== json(shockOf(to, id))) changes.push({ kind: 'shock', id });
  if (json([from.actuals, from.actualRates]) !== json([to.actuals, to.actualRates]))
    changes.push({ kind: 'actuals', id: 'actuals' });
  for (const field of RUN_FIELDS)
    if (json(from[field] ?? defaults[field]) !== json(to[field] ?? defaults[field]))
      changes.push({ kind: 'run', id: field });
  return changes;
}

/** `from` with one change taken from `to`, all else as it was. */
export function withChange(from: Scenario, to: Scenario, change: ScenarioChange): Scenario {
  const s: Scenario = { ...from };
  const { id } = change;
  switch (change.kind) {
    case 'lever':
      s.levers = keyed(from.levers, id, to.levers?.[id]);
      break;
    case 'parameter':
      s.parameters = keyed(from.parameters, id, to.parameters?.[id]);
      break;
    case 'shock': {
      const theirs = shockOf(to, id);
      const rest = (from.shocks ?? []).filter((x) => shockId(x) !== id);
      s.shocks = theirs === undefined ? rest : [...rest, theirs];
      break;
    }
    case 'actuals':
      s.actuals = to.actuals;
      s.actualRates = to.actualRates;
      break;
    case 'run':
      (s as Record<string, unknown>)[id] = (to as Record<string, unknown>)[id];
      break;
  }
  // Undefined fields are dropped, so the scenario reads as one written without them.
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as Scenario;
}

/** `record` with `id` set to `value`, or removed when `value` is undefined. */
function keyed<T>(record: Record<string, T> | undefined, id: string, value: T | undefined) {
  const out = { ...(record ?? {}) };
  if (value === undefined) delete out[id];
  else out[id] = value;
  return out;
}
