// The settings in which scenarios differ, for the comparison table: every lever, parameter and shock that
// any of them changes, with each scenario's value (or the plan default). Asked for, also the settings they all
// share where that is not the plan's default (何工: a comparison of two scenarios that both set a lever to 3
// had said nothing of it, and neither scenario could be reproduced from its table). A lever's value is its
// intensity and the year it starts acting: the same intensity from 2025 rather than 2021 had moved a target's
// P(met) from 78% to 59%, and the tables that say how to reproduce a result had given the intensity alone.
import { DEFAULT_SEED, type Plan } from '../../engine/index.ts';
import { FULL_PATHS } from '../client/runSizes.ts';
import { hasShock, leverIntensity, leverStart, parameterValue, type Working } from '../state/scenarioOps.ts';

/** A lever's setting: how hard and from which year. */
export interface LeverValue {
  intensity: number;
  start: number;
}

export interface SettingRow {
  kind: 'lever' | 'parameter' | 'shock' | 'actuals' | 'formulas' | 'run';
  /** A lever's, parameter's or shock's id; 'actuals', 'formulas'; a run setting: horizon, seed, paths, asOf. */
  id: string;
  /** Per scenario: the value, or null when it is the plan default. */
  values: (LeverValue | { mean: number; sd: number } | boolean | string | number | null)[];
  planDefault: LeverValue | { mean: number; sd: number } | boolean | string | number | null;
  /** Every scenario has the same value, and it is not the plan default (only with `shared: true`). */
  shared?: true;
}

export interface SettingDiffOptions {
  /** Also list the settings every scenario shares, where that is not the plan default (after those that differ). */
  shared?: boolean;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function settingDiff(
  plan: Plan,
  scenarios: readonly Working[],
  options: SettingDiffOptions = {},
): SettingRow[] {
  const rows: SettingRow[] = [];
  const shared: SettingRow[] = [];
  /** A row all scenarios share: kept apart, for `options.shared`, unless it is the plan default. */
  const add = (row: SettingRow, differ: boolean, isDefault: boolean) => {
    if (differ) rows.push(row);
    else if (!isDefault) shared.push({ ...row, shared: true });
  };
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
    add(
      { kind: 'lever', id, values, planDefault: def },
      !values.every((v) => same(v ?? def, values[0] ?? def)),
      same(values[0] ?? def, def),
    );
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
    // Set to the default's own value is still set when the default gives way to history (see alike).
    const isDefault = values[0] === null || (!param.untilHistory && same(values[0], def));
    add({ kind: 'parameter', id, values, planDefault: def }, !values.every(alike), isDefault);
  }
  const shockIds = new Set(
    scenarios.flatMap((s) => (s.shocks ?? []).map((x) => (typeof x === 'string' ? x : x.id))),
  );
  for (const id of shockIds) {
    const values = scenarios.map((s) => (hasShock(s, id) ? true : null));
    add({ kind: 'shock', id, values, planDefault: false }, !values.every((v) => v === values[0]), !values[0]);
  }
  const actuals = scenarios.map((s) =>
    s.actuals ? String(Object.values(s.actuals).reduce((n, r) => n + Object.keys(r).length, 0)) : null,
  );
  // Alike by what was entered, not by how many: 6 values each may be 6 different ones.
  const entered = scenarios.map((s) => JSON.stringify(s.actuals ?? null));
  add(
    { kind: 'actuals', id: 'actuals', values: actuals, planDefault: '0' },
    !entered.every((v) => v === entered[0]),
    actuals[0] === null || actuals[0] === '0',
  );
  const formulas = scenarios.map((s) => (s.formulas?.length ? s.formulas.map((f) => f.id).join(', ') : null));
  const written = scenarios.map((s) => JSON.stringify(s.formulas?.length ? s.formulas : null));
  add(
    { kind: 'formulas', id: 'formulas', values: formulas, planDefault: '' },
    !written.every((v) => v === written[0]),
    formulas[0] === null,
  );
  // The run's own settings: a different seed or count of paths moves every chance a little (sampling), a horizon
  // what is drawn; 评估截至 only the evaluation. The table had read "设置完全相同" over two such scenarios (a tester).
  for (const field of RUN_FIELDS) {
    const values = scenarios.map((s) => s[field] ?? null);
    const def = runDefault(plan, field);
    const at = (v: number | null) => v ?? def;
    add(
      { kind: 'run', id: field, values, planDefault: def },
      !values.every((v) => at(v) === at(values[0]!)),
      at(values[0]!) === def,
    );
  }
  return options.shared ? [...rows, ...shared] : rows;
}

const RUN_FIELDS = ['horizon', 'seed', 'paths', 'asOf'] as const;

/** What a scenario that sets none runs at: the page's paths, the engine's seed, the plan's target year, the
 * latest data (null). */
function runDefault(plan: Plan, field: (typeof RUN_FIELDS)[number]): number | null {
  if (field === 'paths') return FULL_PATHS;
  if (field === 'seed') return DEFAULT_SEED;
  if (field === 'horizon') return plan.meta.targetYear;
  return null;
}
