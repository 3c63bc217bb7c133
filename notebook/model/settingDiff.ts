// The settings in which scenarios differ, for the comparison table: every lever, parameter and shock that
// any of them changes, with each scenario's value (or the plan default). A lever's value is its intensity and
// the year it starts acting: the same intensity from 2025 rather than 2021 had moved a target's P(met) from 78%
// to 59%, and the tables that say how to reproduce a result had given the intensity alone.
import type { Plan } from '../../engine/index.ts';
import { hasShock, leverIntensity, leverStart, parameterValue, type Working } from '../state/scenarioOps.ts';

/** A lever's setting: how hard and from which year. */
export interface LeverValue {
  intensity: number;
  start: number;
}

export interface SettingRow {
  kind: 'lever' | 'parameter' | 'shock' | 'actuals' | 'formulas';
  id: string;
  /** Per scenario: the value, or null when it is the plan default. */
  values: (LeverValue | { mean: number; sd: number } | boolean | string | null)[];
  planDefault: LeverValue | { mean: number; sd: number } | boolean | string;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function settingDiff(plan: Plan, scenarios: readonly Working[]): SettingRow[] {
  const rows: SettingRow[] = [];
  const leverIds = new Set(scenarios.flatMap((s) => Object.keys(s.levers ?? {})));
  for (const id of plan.levers.map((l) => l.id).filter((x) => leverIds.has(x))) {
    const values = scenarios.map((s) =>
      s.levers?.[id] ? { intensity: leverIntensity(plan, s, id), start: leverStart(plan, s, id) } : null,
    );
    // Not set: the default intensity from the year a first move would start it (leverStart).
    const def = {
      intensity: plan.levers.find((l) => l.id === id)!.intensity.default,
      start: leverStart(plan, {} as Working, id),
    };
    if (!values.every((v) => same(v ?? def, values[0] ?? def)))
      rows.push({ kind: 'lever', id, values, planDefault: def });
  }
  const paramIds = new Set(scenarios.flatMap((s) => Object.keys(s.parameters ?? {})));
  for (const id of plan.parameters.map((p) => p.id).filter((x) => paramIds.has(x))) {
    const values = scenarios.map((s) =>
      s.parameters?.[id] !== undefined ? parameterValue(plan, s, id) : null,
    );
    const param = plan.parameters.find((p) => p.id === id)!;
    const def = param.value as { mean: number; sd: number };
    // A default that gives way to observed history is not what an unset one runs at: 5% set differs from 5%
    // left to the history (6.11%), and the report that dropped it could not reproduce its numbers (钱主任).
    const alike = (v: typeof def | null) =>
      param.untilHistory
        ? (v === null) === (values[0] === null) && (v === null || same(v, values[0]))
        : same(v ?? def, values[0] ?? def);
    if (!values.every(alike)) rows.push({ kind: 'parameter', id, values, planDefault: def });
  }
  const shockIds = new Set(
    scenarios.flatMap((s) => (s.shocks ?? []).map((x) => (typeof x === 'string' ? x : x.id))),
  );
  for (const id of shockIds) {
    const values = scenarios.map((s) => (hasShock(s, id) ? true : null));
    if (!values.every((v) => v === values[0])) rows.push({ kind: 'shock', id, values, planDefault: false });
  }
  const actuals = scenarios.map((s) =>
    s.actuals ? String(Object.values(s.actuals).reduce((n, r) => n + Object.keys(r).length, 0)) : null,
  );
  if (!actuals.every((v) => v === actuals[0]))
    rows.push({ kind: 'actuals', id: 'actuals', values: actuals, planDefault: '0' });
  const formulas = scenarios.map((s) => (s.formulas?.length ? s.formulas.map((f) => f.id).join(', ') : null));
  if (!formulas.every((v) => v === formulas[0]))
    rows.push({ kind: 'formulas', id: 'formulas', values: formulas, planDefault: '' });
  return rows;
}
