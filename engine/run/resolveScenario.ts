// Applies a scenario to a plan: which value each parameter takes, what levers and shocks add to it in each
// year, which observations pin the paths, and over which years. The result is plain data for `simulate`.

import { type QuestionedActual, questionedActuals } from '../actuals/questionedActuals.ts';
import { inputIssue } from '../plan/inputIssue.ts';
import { isLowerBound } from '../plan/isLowerBound.ts';
import { nearestIds } from '../plan/nearestIds.ts';
import { type InputIssue, PlanError } from '../plan/PlanError.ts';
import type { Plan, Shock } from '../plan/planSchema.ts';
import { runningSums } from '../plan/runningSums.ts';
import type { Scenario } from '../plan/scenarioSchema.ts';
import type { Uncertain } from '../plan/uncertainSchema.ts';
import { isPercentUnit } from '../report/formatValue.ts';
import { list, num, pct } from '../report/messages/message.ts';
import { type Bridge, bridgeGaps } from './bridgeGaps.ts';
import { type FlowHistory, flowHistory } from './flowHistory.ts';
import { type HistoryRate, historyRates } from './historyRates.ts';
import { type LockedParameter, lockedParameters } from './lockedParameters.ts';

/** Something added to a parameter: an uncertain size times a known factor per year. */
export interface ParameterModifier {
  /** Name of the random stream its size is drawn from (one draw per path). */
  stream: string;
  size: Uncertain;
  /** Factor per simulated year index (0 = base year). */
  profile: Float64Array;
}

export interface ResolvedParameter {
  id: string;
  value: Uncertain;
  modifiers: ParameterModifier[];
}

export interface RunSetup {
  years: number[];
  parameters: ResolvedParameter[];
  /** indicator id → year index → observed value, or a gap year's value between two known ones (`bridges`). */
  actuals: Map<string, Map<number, number>>;
  /** The gaps between known values that `actuals` fills (bridgeGaps.ts). */
  bridges: Bridge[];
  /**
   * `indicator:yearIndex` of each pinned value the plan reckoned (provenance `derived`: 社零 2025 =
   * 435 × 1.03⁵) rather than observed, and no scenario replaced: a target it settles says so.
   */
  reckoned: ReadonlySet<string>;
  /** Defaults for when no history is given that the observed history replaced (historyRates.ts). */
  historyRates: HistoryRate[];
  /** Assumed yearly counts the entered counts replaced (flowHistory.ts). */
  flowHistory: FlowHistory[];
  /** Entered values that look mistyped (questionedActuals): left out of the history rates, said beside verdicts. */
  questioned: QuestionedActual[];
  /** Observed growth over a single year: said, not used (historyRates.ts). */
  shortHistory: HistoryRate[];
  /** Parameters the observations leave no say before the last target year (lockedParameters.ts). */
  lockedParameters: LockedParameter[];
  /** Observations for years the run does not simulate: reported, not silently dropped. */
  ignoredActuals: { indicator: string; year: number }[];
  /** Lever id → intensity, start year (for costs and display). */
  levers: { id: string; intensity: number; start: number; costPerUnit: number }[];
  costUnit: string;
}

/**
 * A parameter's value outside the range the plan gives it, refused as a lever's intensity is: 5 written for
 * 5% had run at 500% a year (中小企业增加值 3.8 million 亿元) without a word. For a percentage the range is
 * said in percent, with the value the planner most likely meant.
 */
function parameterRangeIssue(p: Plan['parameters'][number], mean: number): InputIssue | null {
  const { min = -Infinity, max = Infinity } = p;
  // Not a number: the scenario's schema says so, where it is read.
  if (!Number.isFinite(mean) || (mean >= min && mean <= max)) return null;
  const percent = isPercentUnit(p.unit);
  const shown = (v: number) => (percent ? pct(v, 2) : num(v));
  const meant = percent && mean / 100 >= min && mean / 100 <= max ? mean / 100 : null;
  return inputIssue(
    `parameters.${p.id}`,
    meant === null ? 'input.parameterOutOfRange' : 'input.parameterOutOfRangePercent',
    {
      min: Number.isFinite(min) ? shown(min) : '−∞',
      max: Number.isFinite(max) ? shown(max) : '∞',
      found: shown(mean),
      ...(meant === null ? {} : { meant: num(meant), percent: pct(meant, 2) }),
    },
    String(mean),
  );
}

/** An id the plan does not have, with the known ids a few edits from it (a typo in a hand-edited file). */
function unknownId(
  path: string,
  code: 'input.noParameter' | 'input.noLever' | 'input.noIndicator',
  id: string,
  known: readonly { id: string }[],
): InputIssue {
  const like = nearestIds(
    id,
    known.map((k) => k.id),
  );
  return like.length === 0
    ? inputIssue(path, code)
    : inputIssue(path, `${code}.like`, { ids: list(like, 'sep.or') });
}

/** Year the lever's effect begins to ramp (start + lag) and the share reached in `year`. */
export function rampFactor(year: number, start: number, lag: number, ramp: number): number {
  const first = start + lag;
  if (year < first) return 0;
  return Math.min(1, (year - first + 1) / Math.max(1, ramp));
}

export function resolveScenario(plan: Plan, scenario: Scenario | null, horizon: number): RunSetup {
  const { baseYear } = plan.meta;
  if (!Number.isInteger(horizon) || horizon <= baseYear || horizon > baseYear + 100) {
    throw new PlanError('options', [
      inputIssue('horizon', 'input.yearAfter', { year: baseYear }, String(horizon)),
    ]);
  }
  const years = Array.from({ length: horizon - baseYear + 1 }, (_, k) => baseYear + k);
  const Y = years.length;
  const file = 'scenario';
  const issues: InputIssue[] = [];

  const parameters = new Map<string, ResolvedParameter>(
    plan.parameters.map((p) => [p.id, { id: p.id, value: p.value, modifiers: [] }]),
  );
  for (const [id, value] of Object.entries(scenario?.parameters ?? {})) {
    const p = parameters.get(id);
    if (!p) {
      issues.push(unknownId(`parameters.${id}`, 'input.noParameter', id, plan.parameters));
      continue;
    }
    p.value = value;
    const range = parameterRangeIssue(plan.parameters.find((x) => x.id === id)!, value.mean);
    if (range) issues.push(range);
  }

  const levers: RunSetup['levers'] = [];
  const settings = scenario?.levers ?? {};
  for (const id of Object.keys(settings)) {
    if (!plan.levers.some((l) => l.id === id))
      issues.push(unknownId(`levers.${id}`, 'input.noLever', id, plan.levers));
  }
  for (const lever of plan.levers) {
    const setting = settings[lever.id];
    const intensity = setting?.intensity ?? lever.intensity.default;
    const start = setting?.start ?? baseYear + 1;
    if (intensity < lever.intensity.min || intensity > lever.intensity.max) {
      issues.push(
        inputIssue(
          `levers.${lever.id}.intensity`,
          'input.outOfRange',
          { min: lever.intensity.min, max: lever.intensity.max },
          String(intensity),
        ),
      );
    }
    levers.push({ id: lever.id, intensity, start, costPerUnit: lever.cost.perUnit });
    if (intensity === 0) continue;
    const profile = Float64Array.from(years, (y) => intensity * rampFactor(y, start, lever.lag, lever.ramp));
    for (const e of lever.effects) {
      parameters
        .get(e.parameter)
        ?.modifiers.push({ stream: `lever:${lever.id}:${e.parameter}`, size: e.perUnit, profile });
    }
  }

  const shocks: Shock[] = [];
  (scenario?.shocks ?? []).forEach((s, k) => {
    const found = typeof s === 'string' ? plan.shocks.find((x) => x.id === s) : s;
    if (found) shocks.push(found);
    else issues.push(inputIssue(`shocks[${k}]`, 'input.noShock', {}, String(s)));
  });
  for (const shock of shocks) {
    const duration = shock.duration ?? 1;
    const profile = Float64Array.from(years, (y) => (y >= shock.year && y < shock.year + duration ? 1 : 0));
    for (const e of shock.effects) {
      const p = parameters.get(e.parameter);
      if (!p) issues.push(inputIssue(`shocks.${shock.id}.effects`, 'input.shockParameter', {}, e.parameter));
      else p.modifiers.push({ stream: `shock:${shock.id}:${e.parameter}`, size: e.delta, profile });
    }
  }

  const indicatorIds = new Set([
    ...plan.indicators.map((i) => i.id),
    ...(scenario?.formulas ?? []).map((f) => f.id),
  ]);
  const actuals = new Map<string, Map<number, number>>();
  const reckoned = new Set<string>();
  // The plan's observations (published statistics, entered figures) pin every scenario; a scenario's own
  // actual for the same indicator and year, set below, overrides one.
  for (const o of plan.observations ?? []) {
    const k = o.year - baseYear;
    if (k < 0 || k >= Y || !indicatorIds.has(o.indicator) || isLowerBound(o.provenance)) continue;
    const m = actuals.get(o.indicator) ?? new Map<number, number>();
    actuals.set(o.indicator, m);
    m.set(k, o.value);
    if (o.provenance.kind === 'derived') reckoned.add(`${o.indicator}:${k}`);
  }
  const ignoredActuals: RunSetup['ignoredActuals'] = [];
  for (const [id, byYear] of Object.entries(scenario?.actuals ?? {})) {
    if (!indicatorIds.has(id)) {
      issues.push(
        unknownId(
          `actuals.${id}`,
          'input.noIndicator',
          id,
          [...indicatorIds].map((x) => ({ id: x })),
        ),
      );
      continue;
    }
    const m = actuals.get(id) ?? new Map<number, number>();
    for (const [yearText, value] of Object.entries(byYear)) {
      const k = Number(yearText) - baseYear;
      if (k >= 0 && k < Y) {
        m.set(k, value);
        reckoned.delete(`${id}:${k}`);
      } else ignoredActuals.push({ indicator: id, year: Number(yearText) });
    }
    actuals.set(id, m);
  }
  if (issues.length > 0) throw new PlanError(file, issues);
  // A running sum whose flow is observed every year since the base is observed too, by definition: the
  // assessment reads its latest value as it does any observation (the paths already sum the pinned flows).
  for (const ind of plan.indicators) {
    if (ind.dynamics.kind !== 'cumulative' || actuals.has(ind.id)) continue;
    const flow = actuals.get(ind.dynamics.flow.trim());
    const sums =
      flow && runningSums(Object.fromEntries([...flow].map(([k, v]) => [baseYear + k, v])), baseYear);
    if (sums) actuals.set(ind.id, new Map(Object.entries(sums).map(([y, v]) => [Number(y) - baseYear, v])));
  }
  // From the observations alone, before bridgeGaps fills the years between them.
  const questioned = questionedActuals(plan, scenario?.actuals);
  const { used: history, tooShort } = historyRates(plan, scenario, years, actuals, questioned);
  for (const h of history) parameters.get(h.parameter)!.value = { mean: h.rate, sd: h.replaced.sd };
  const flows = flowHistory(plan, scenario, years, actuals, questioned);
  for (const f of flows) parameters.get(f.parameter)!.value = { mean: f.mean, sd: f.sd };
  const bridges = bridgeGaps(plan, years, actuals);
  const locked = lockedParameters(plan, years, actuals);
  const costUnit = plan.levers[0]?.cost.unit ?? '万元';
  return {
    years,
    parameters: [...parameters.values()],
    actuals,
    bridges,
    reckoned,
    historyRates: history,
    flowHistory: flows,
    questioned,
    shortHistory: tooShort,
    lockedParameters: locked,
    ignoredActuals,
    levers,
    costUnit,
  };
}
