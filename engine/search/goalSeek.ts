// Goal-seek: the smallest value of one lever's intensity or one parameter's mean (a growth assumption) at
// which a target's P(met) reaches p — or, with p = null, at which the deterministic path meets it.
//
// Method. Every evaluation is a full run with the same seed, so all of them use the same shock bank
// (common random numbers): P(met) then moves in small steps as the variable crosses each path's own
// threshold, instead of jumping with fresh noise, and the search converges on a stable answer.
//   1. Bracket: evaluate the ends of the search range. If the low end already suffices, that is the answer
//      ("already met"); if the high end does not, no value in the range suffices, and we say so with the
//      P(met) reached there.
//   2. Narrow the bracket [lo (not sufficient), hi (sufficient)] until hi − lo ≤ tolerance, by the ITP
//      method (Oliveira & Takahashi 2020): a regula-falsi step on the shortfall Φ⁻¹(P(met)) − Φ⁻¹(p) (in
//      probit units P(met) is nearly linear in the variable; for the deterministic path, on the signed
//      margin to the target), truncated and projected so that it never
//      needs more than one step beyond plain bisection, and usually needs far fewer. The answer is hi, a
//      value known to suffice; [lo, hi] is reported as the final bracket.
// Which way P(met) moves is read off the range's two ends: it rises with a lever or with the growth of an
// indicator a target wants high, and falls with the growth of one a target caps (能耗下降: the faster the
// indicator grows, the less likely the fall). Rising, the answer is the smallest value that suffices;
// falling, the largest (direction 'down'; the search runs on −x). Searched as rising only, a cap's growth had
// been "already met at −50%/year". If an evaluation contradicts the direction, the result says so
// (monotone: false).
import { pointsKind } from '../evaluate/pointsKind.ts';
import { settledIn } from '../evaluate/settledIn.ts';
import { DEFAULT_TOLERANCE, isDecrease, type TargetSpec } from '../outputs/targetMeasure.ts';
import { oddsRateShare } from '../plan/oddsRateShare.ts';
import type { Comparator, Plan, Target } from '../plan/planSchema.ts';
import type { Scenario } from '../plan/scenarioSchema.ts';
import { isPercentUnit } from '../report/formatValue.ts';
import type { HistoryRate } from '../run/historyRates.ts';
import { resolveScenario } from '../run/resolveScenario.ts';
import { run } from '../run/run.ts';
import type { LeverCost, Progress, RunResult, TargetResult } from '../run/runTypes.ts';
import { checkAnalysisBudget } from './analysisBudget.ts';
import {
  baseScenario,
  leverIntensity,
  parameterValue,
  throwIfAborted,
  withLever,
  withParameterMean,
} from './analyticsScenario.ts';
import { chanceShown } from './chanceShown.ts';
import { type GoalSeekPointsBasis, goalSeekPoints } from './goalSeekPoints.ts';
import { type GoalSeekRestsOn, goalSeekRestsOn } from './goalSeekRestsOn.ts';
import { probit } from './probit.ts';

export type GoalSeekVariable = { kind: 'lever'; id: string } | { kind: 'parameter'; id: string };

export interface GoalSeekOptions {
  target: string;
  variable: GoalSeekVariable;
  /** Required P(met) in (0, 1]; null: the deterministic path must meet the target. */
  probability: number | null;
  /** Search range; default the lever's intensity range or the parameter's min–max. */
  range?: [number, number];
  /** Stop when the bracket is this narrow; default 1/1000 of the range. */
  tolerance?: number;
  maxIterations?: number;
  paths?: number;
  seed?: number;
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

export interface GoalSeekEvaluation {
  value: number;
  pMet: number | null;
  deterministicMet: boolean;
  met: boolean;
  /** How far past the requirement: P(met) − p, or the deterministic path's signed margin to the target. */
  score: number;
  /** A target on a percentage: the indicator's level in the target year on the deterministic path (points). */
  level?: number;
}

export interface GoalSeekResult {
  /**
   * 'unknown-base': the target's indicator awaits its base (基期待补), so no value can be judged.
   * 'observed': the target's outcome is already observed (its year, or a quota's short year): no value
   * changes it. `observedYear` says which year.
   */
  status: 'found' | 'already-met' | 'no-solution' | 'unknown-base' | 'observed';
  /** 'observed': the year whose observation settled the target. */
  observedYear?: number;
  /**
   * No value in the range moves the target at all (its P(met) and deterministic value the same at both ends): the
   * variable does not bear on it. A 无解 then blames no variable (地区生产总值年增速 sought for 一般公共预算收入 in a
   * plan where the two are unlinked had read as if even 100% growth fell short: tester G).
   */
  noEffect?: true;
  target: string;
  variable: GoalSeekVariable;
  probability: number | null;
  /**
   * The smallest sufficient value found (within tolerance) — the largest, direction 'down' — or null; for
   * 'already-met', the end of the range least favourable to the target, where it is met all the same.
   */
  value: number | null;
  /** 'up': P(met) rises with the variable; 'down': it falls (a capped indicator's own growth). */
  direction: 'up' | 'down';
  /** Final bracket [not sufficient, sufficient]; null when there was nothing to bisect. */
  bracket: [number, number] | null;
  range: [number, number];
  /**
   * A target on a percentage (a share, its level or its rise in points): where its pace is counted from and the
   * level it reaches as the scenario is; each evaluation's `level` gives the rest (goalSeekPoints).
   */
  points?: GoalSeekPointsBasis;
  /**
   * The assumptions the answer rests on where no data moves the target's indicator (a generated plan's default
   * 5% ± 3%, an execution ratio standing in for a record): said with the answer; absent when data moves it.
   */
  restsOn?: GoalSeekRestsOn[];
  /** The value the scenario had before the search: for a default the observed history replaced, that history's. */
  current: number;
  /**
   * `current` is the rate the observed history gave (historyRates), which the run uses in the default's place:
   * its parts too, as a stock's entry rate is its observed net growth plus an exit rate not observed.
   */
  currentHistory?: HistoryRate;
  iterations: number;
  evaluations: GoalSeekEvaluation[];
  /** P(met) at `value` (or at the top of the range when no value suffices). */
  pMet: number | null;
  /** Fiscal cost of all levers at `value` (lever searches) — or at the top of the range. */
  cost: LeverCost | null;
  monotone: boolean;
  paths: number;
  seed: number;
  message: string;
}

/** The search range and the scenario modifier for a variable. */
export function goalSeekRange(plan: Plan, variable: GoalSeekVariable, scenario: Scenario): [number, number] {
  if (variable.kind === 'lever') {
    const lever = plan.levers.find((l) => l.id === variable.id);
    if (!lever) throw new RangeError(`no lever "${variable.id}" in plan ${plan.meta.id}`);
    return [lever.intensity.min, lever.intensity.max];
  }
  const p = plan.parameters.find((x) => x.id === variable.id);
  if (!p) throw new RangeError(`no parameter "${variable.id}" in plan ${plan.meta.id}`);
  if (p.min !== undefined && p.max !== undefined) return [p.min, p.max];
  // No slider range in the plan: ten spreads (or 0.1) either side of the current value.
  const { mean, sd } = parameterValue(plan, scenario, variable.id);
  const half = 10 * Math.max(sd, Math.abs(mean) * 0.5, 0.01);
  return [p.min ?? mean - half, p.max ?? mean + half];
}

/** The target to seek, checked: it exists, is quantitative, and the probability asked for is one. */
function seekableTarget(plan: Plan, options: GoalSeekOptions): Target {
  const { probability } = options;
  const target = plan.targets.find((t) => t.id === options.target);
  if (!target) throw new RangeError(`no target "${options.target}" in plan ${plan.meta.id}`);
  if (target.kind === 'qualitative')
    throw new RangeError(`target "${target.id}" is qualitative: nothing to seek`);
  if (probability !== null && !(probability > 0 && probability <= 1)) {
    throw new RangeError(`probability must be in (0, 1], not ${probability}`);
  }
  return target;
}

/**
 * How far a run is from the goal, signed (≥ 0 when met), to guide interpolation: the deterministic margin,
 * or P(met) − p in probit units, where P(met) is close to linear in a growth rate or an intensity.
 */
function seekScore(
  t: TargetResult,
  met: boolean,
  probability: number | null,
  paths: number,
  tolerance: number | undefined,
): number {
  // Clamp 0 and 1 to half a path, so probit stays finite.
  const half = 0.5 / Math.max(1, paths);
  const probitOf = (q: number) => probit(Math.min(1 - half, Math.max(half, q)));
  let score =
    probability === null
      ? margin(t.kind as TargetSpec['kind'], t.comparator, t.value, t.deterministicValue, tolerance)
      : probitOf(t.pMet ?? 0) - probitOf(probability);
  // The decision is the engine's `met`; the score only guides interpolation, so keep its sign consistent.
  if (!Number.isFinite(score)) score = met ? 0 : -1;
  if (met && score < 0) score = 0;
  if (!met && score >= 0) score = -Number.MIN_VALUE;
  return score;
}

/**
 * ITP (interpolate, truncate, project) between a bracket whose low end fails and high end meets the goal:
 * regula falsi, truncated towards the midpoint, projected into the bisection bound — never more evaluations
 * than bisection, usually far fewer.
 */
async function itpSearch(
  evaluate: (x: number) => Promise<{ met: boolean; score: number }>,
  range: [number, number],
  scoreLo: number,
  scoreHi: number,
  limits: { tolerance: number; maxIterations: number },
): Promise<{ lo: number; hi: number; iterations: number }> {
  const { tolerance, maxIterations } = limits;
  let lo = range[0];
  let hi = range[1];
  let fLo = scoreLo;
  let fHi = scoreHi;
  let iterations = 0;
  const eps = tolerance / 2;
  const nMax = Math.ceil(Math.log2((hi - lo) / (2 * eps))) + 1;
  const kappa1 = 0.2 / (hi - lo);
  while (hi - lo > tolerance && iterations < maxIterations) {
    const width = hi - lo;
    const half = lo + width / 2;
    const r = eps * 2 ** (nMax - iterations) - width / 2;
    const delta = kappa1 * width * width;
    const falsi = fHi > fLo ? (fHi * lo - fLo * hi) / (fHi - fLo) : half;
    const sigma = Math.sign(half - falsi);
    const truncated = delta <= Math.abs(half - falsi) ? falsi + sigma * delta : half;
    let x = Math.abs(truncated - half) <= r ? truncated : half - sigma * r;
    if (!(x > lo && x < hi)) x = half;
    if (x <= lo || x >= hi) break; // floating-point resolution reached
    const e = await evaluate(x);
    iterations++;
    if (e.met) {
      hi = x;
      fHi = e.score;
    } else {
      lo = x;
      fLo = e.score;
    }
  }
  return { lo, hi, iterations };
}

export async function goalSeek(
  plan: Plan,
  scenarioIn: Scenario | null,
  options: GoalSeekOptions,
): Promise<GoalSeekResult> {
  const { variable, probability, signal, onProgress } = options;
  const target = seekableTarget(plan, options);
  const scenario = baseScenario(plan, scenarioIn, '目标反推');
  const range = options.range ?? goalSeekRange(plan, variable, scenario);
  if (!(range[1] > range[0])) throw new RangeError(`invalid range: ${range[0]} to ${range[1]}`);
  const horizon = Math.max(scenario.horizon ?? plan.meta.targetYear, target.year);
  // A default for when no history is given runs, once the history is entered, at the observed growth: the
  // current value is that (a tester's 5%/年 had been shown beside a run at 6.81%).
  const setup = resolveScenario(plan, scenario, horizon);
  const history =
    variable.kind === 'parameter' ? setup.historyRates.find((h) => h.parameter === variable.id) : undefined;
  const restsOn =
    target.indicator === undefined
      ? []
      : goalSeekRestsOn(plan, setup, target.indicator, variable, probability);
  const current =
    variable.kind === 'lever'
      ? leverIntensity(plan, scenario, variable.id)
      : (history?.rate ?? parameterValue(plan, scenario, variable.id).mean);
  const tolerance = options.tolerance ?? (range[1] - range[0]) / 1000;
  const maxIterations = options.maxIterations ?? 60;
  const paths = probability === null ? 0 : options.paths;
  const expected = 2 + Math.ceil(Math.log2((range[1] - range[0]) / tolerance));
  const mostRuns = 2 + Math.min(maxIterations, Math.max(0, expected - 2));
  checkAnalysisBudget(plan, { analysis: 'goal-seek', paths, runs: mostRuns, horizon });

  const evaluations: GoalSeekEvaluation[] = [];
  let usedPaths = 0;
  let usedSeed = 0;
  const costs = new Map<number, LeverCost>();
  const projectedAt = new Map<number, number>();
  let unknownBase = false;
  let settled: number | null = null;
  // A target on a percentage is read in points a year and the level reached (goalSeekPoints).
  const indicator = plan.indicators.find((i) => i.id === target.indicator);
  const inPoints = indicator !== undefined && pointsKind(isPercentUnit(indicator.unit), target.kind);
  let from: GoalSeekPointsBasis['from'] | null = null;
  const evaluate = async (x: number): Promise<GoalSeekEvaluation> => {
    throwIfAborted(signal);
    const s =
      variable.kind === 'lever'
        ? withLever(scenario, variable.id, x)
        : withParameterMean(plan, scenario, variable.id, x);
    const r = await run(plan, s, {
      ...(paths === undefined ? {} : { paths }),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      horizon,
      quantiles: false,
      signal,
    });
    usedPaths = r.paths;
    usedSeed = r.seed;
    const t = r.targets.find((x) => x.id === target.id)!;
    if (t.verdictBasis === 'unknown-base') unknownBase = true;
    settled ??= settledIn(t);
    const level = inPoints ? levelIn(r, indicator.id, target.year) : undefined;
    if (inPoints && from === null) from = paceFrom(r, t, plan.meta.baseYear);
    const met = probability === null ? t.deterministicMet : t.pMet !== null && t.pMet >= probability - 1e-12;
    const score = seekScore(t, met, probability, r.paths, target.tolerance);
    const e = {
      value: x,
      pMet: t.pMet,
      deterministicMet: t.deterministicMet,
      met,
      score,
      ...(level === undefined ? {} : { level }),
    };
    evaluations.push(e);
    costs.set(x, r.cost);
    projectedAt.set(x, t.deterministicValue);
    onProgress?.({
      done: Math.min(0.99, evaluations.length / expected),
      stage: `goal-seek ${target.id}: ${evaluations.length}`,
    });
    return e;
  };
  const base = {
    target: target.id,
    variable,
    probability,
    range,
    current,
    ...(history ? { currentHistory: history } : {}),
    paths: 0,
    seed: 0,
  };
  const what =
    probability === null
      ? 'the deterministic path meets the target'
      : `P(met) ≥ ${Number((probability * 100).toFixed(4))}%`;
  const name = `${variable.kind} ${variable.id}`;
  // A growth rate stored as 0.1108 is written as its unit reads it, 11.08%, as the tables beside it are.
  const percent =
    variable.kind === 'parameter' &&
    isPercentUnit(plan.parameters.find((p) => p.id === variable.id)?.unit ?? '');
  const shown = (v: number, step: number) => (percent ? `${round(v * 100, step * 100)}%` : round(v, step));
  // A range's ends are the plan's own figures: written as they are.
  const exact = (v: number) => (percent ? `${Number((v * 100).toFixed(10))}%` : String(v));
  // A share's odds are the simulation's, not the planner's: their rate is said as what it does to the share.
  const odds = variable.kind === 'parameter' && oddsRateShare(plan, variable.id) !== null;
  let points: GoalSeekPointsBasis | undefined;
  const inShare = (v: number, own: string) => {
    const p = goalSeekPoints({ points, current, evaluations }, v);
    if (!p) return own;
    const pts = `${p.perYear < 0 ? '−' : '+'}${Number(Math.abs(p.perYear * 100).toFixed(3))} pp/yr, ${Number((p.level * 100).toFixed(3))}% in ${target.year}`;
    return odds || own === '' ? pts : `${own} (${pts})`;
  };

  /** A search that ends at a range's end, without bisecting. */
  const endedEarly = (
    fields: Pick<GoalSeekResult, 'status' | 'value' | 'pMet' | 'cost' | 'message'> & {
      direction?: GoalSeekResult['direction'];
    },
  ): GoalSeekResult => {
    onProgress?.({ done: 1, stage: 'goal-seek: done' });
    return {
      ...base,
      bracket: null,
      iterations: 0,
      evaluations,
      monotone: true,
      paths: usedPaths,
      seed: usedSeed,
      direction: 'up',
      ...(points ? { points } : {}),
      ...(restsOn.length > 0 ? { restsOn } : {}),
      ...fields,
    };
  };

  const low = await evaluate(range[0]);
  if (inPoints && from !== null && !unknownBase) {
    // The level as the scenario is, once: what the answer is set against (≤ 1 ms, the deterministic path).
    const now = await run(plan, scenario, { paths: 0, horizon, quantiles: false, signal });
    points = {
      indicator: indicator.id,
      from,
      year: target.year,
      current: levelIn(now, indicator.id, target.year),
    };
  }
  if (unknownBase) {
    // No path can be computed without the base, so "no value suffices" would blame the variable.
    return endedEarly({
      status: 'unknown-base',
      value: null,
      pMet: null,
      cost: null,
      message: `target ${target.id} waits for its indicator's base-year value (基期待补): enter it, then seek`,
    });
  }
  if (settled !== null) {
    // What was observed decides it; "no value suffices" would blame the variable for the past.
    return {
      ...endedEarly({
        status: 'observed',
        value: null,
        pMet: low.pMet,
        cost: null,
        message: `target ${target.id} is settled by its figure for ${settled} (published, entered or reckoned from published figures): no value of ${name} changes it`,
      }),
      observedYear: settled,
    };
  }
  const high = await evaluate(range[1]);
  // Falling: the low end suffices and the high one does not, or neither does and the low end comes closer, or
  // both do and the high end is the nearer miss.
  const direction: GoalSeekResult['direction'] =
    low.met === high.met ? (low.score > high.score ? 'down' : 'up') : low.met ? 'down' : 'up';
  const [worst, best] = direction === 'up' ? [range[0], range[1]] : [range[1], range[0]];
  const atWorst = direction === 'up' ? low : high;
  const atBest = direction === 'up' ? high : low;
  if (low.met && high.met) {
    return endedEarly({
      status: 'already-met',
      value: worst,
      direction,
      pMet: atWorst.pMet,
      cost: costs.get(worst) ?? null,
      message: `already met at the ${direction === 'up' ? 'bottom' : 'top'} of the range: ${name} = ${inShare(worst, exact(worst))} gives ${describe(atWorst, probability)}`,
    });
  }
  if (!atBest.met) {
    const noEffect =
      low.pMet === high.pMet && Object.is(projectedAt.get(range[0]), projectedAt.get(range[1]));
    return {
      ...endedEarly({
        status: 'no-solution',
        value: null,
        direction,
        pMet: atBest.pMet,
        cost: costs.get(best) ?? null,
        message: noEffect
          ? `${name} does not move ${what}: every value in ${exact(range[0])}–${exact(range[1])} gives ${describe(atBest, probability)}`
          : `no value of ${name} in ${odds ? `${inShare(range[0], '')} to ${inShare(range[1], '')}` : `${exact(range[0])}–${exact(range[1])}`} suffices for ${what}: at ${inShare(best, exact(best))} it gives ${describe(atBest, probability)}`,
      }),
      ...(noEffect ? { noEffect: true as const } : {}),
    };
  }
  // Falling, the search runs on −x, where P(met) rises: its smallest sufficient −x is the largest x.
  const sign = direction === 'up' ? 1 : -1;
  const searched = await itpSearch(
    (y) => evaluate(sign * y),
    direction === 'up' ? range : [-range[1], -range[0]],
    atWorst.score,
    atBest.score,
    { tolerance, maxIterations },
  );
  const { iterations } = searched;
  const lo = sign * searched.lo;
  const hi = sign * searched.hi;
  // Monotone means: no sufficient value before an insufficient one, in the search's direction.
  const sorted = [...evaluations].sort((a, b) => sign * (a.value - b.value));
  const firstMet = sorted.findIndex((e) => e.met);
  const monotone = sorted.slice(firstMet).every((e) => e.met);
  const atHi = evaluations.find((e) => e.value === hi)!;
  onProgress?.({ done: 1, stage: 'goal-seek: done' });
  return {
    ...base,
    status: 'found',
    value: hi,
    direction,
    bracket: [lo, hi],
    iterations,
    evaluations,
    pMet: atHi.pMet,
    cost: costs.get(hi) ?? null,
    monotone,
    paths: usedPaths,
    seed: usedSeed,
    ...(points ? { points } : {}),
    ...(restsOn.length > 0 ? { restsOn } : {}),
    // The odds' tolerance is no step of the share's: the bracket, in points, says the precision instead.
    message: `${name} = ${inShare(hi, shown(hi, tolerance))} is the ${direction === 'up' ? 'smallest' : 'largest'} value (${odds ? `bracket ${inShare(lo, '')} to ${inShare(hi, '')}` : `to ±${shown(tolerance, tolerance / 10)}`}) at which ${what}: ${describe(atHi, probability)}`,
  };
}

/** An indicator's value in `year` on the deterministic path. */
function levelIn(r: RunResult, id: string, year: number): number {
  return r.indicators[id]?.deterministic[r.years.indexOf(year)] ?? Number.NaN;
}

/** Where a share's pace is counted from: its latest observation before the target year, else the base year. */
function paceFrom(r: RunResult, t: TargetResult, baseYear: number): GoalSeekPointsBasis['from'] {
  return t.latest && t.latest.year < t.year
    ? { year: t.latest.year, value: t.latest.value, observed: true }
    : { year: baseYear, value: levelIn(r, t.indicator, baseYear), observed: false };
}

/** The deterministic path's signed distance to the target: ≥ 0 when met (relative tolerance for ≈). */
function margin(
  kind: TargetSpec['kind'],
  comparator: Comparator,
  value: number | [number, number],
  measured: number,
  tolerance?: number,
): number {
  const v = Array.isArray(value) ? value[0] : value;
  switch (comparator) {
    case '>=':
    case '>':
    case 'range':
      return measured - v;
    case '<=':
      return v - measured;
    case '~=':
      // One-sided: 约 N is met from N·(1 − tolerance) up; a decrease of about N (N < 0) from there down.
      return isDecrease({ kind, value })
        ? v * (1 - (tolerance ?? DEFAULT_TOLERANCE)) - measured
        : measured - v * (1 - (tolerance ?? DEFAULT_TOLERANCE));
  }
}

function describe(e: GoalSeekEvaluation, goal: number | null): string {
  return e.pMet === null
    ? `deterministic path ${e.deterministicMet ? 'meets' : 'misses'} it`
    : `P(met) = ${chanceShown(e.pMet, goal)}${e.deterministicMet ? '' : ' (deterministic path misses it)'}`;
}

/** A value printed to the precision that `step` resolves. */
function round(v: number, step: number): string {
  const digits = Math.max(0, Math.min(12, -Math.floor(Math.log10(Math.abs(step) || 1))));
  return v.toFixed(digits);
}
