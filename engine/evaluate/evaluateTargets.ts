// Mid-term evaluation (中期评估): every quantitative target measured against observed values. The
// formulas are in targetProgress.ts; this file gathers the numbers each target needs from the plan and the
// actuals, and asks the engine for P(met) on paths re-anchored on the actuals (pinned where observed,
// simulated onward from the last observation).

import { type QuestionedActual, questionedActuals } from '../actuals/questionedActuals.ts';
import { questionedBehind } from '../actuals/questionedBehind.ts';
import { type RatesChain, ratesChain } from '../actuals/ratesChain.ts';
import { sameFigure } from '../actuals/sameFigure.ts';
import { sumsItsYears } from '../actuals/sumsItsYears.ts';
import { targetCountStep } from '../outputs/targetStats.ts';
import { isCountIndicator } from '../plan/countUnit.ts';
import { knownBase } from '../plan/knownBase.ts';
import type { Plan, Target, Text } from '../plan/planSchema.ts';
import type { Actuals, Scenario } from '../plan/scenarioSchema.ts';
import { chainFormula } from '../report/chainFormula.ts';
import { isPercentUnit } from '../report/formatValue.ts';
import { joined, list, type Message, msg, named } from '../report/messages/message.ts';
import type { Bridge } from '../run/bridgeGaps.ts';
import type { FlowHistory } from '../run/flowHistory.ts';
import type { HistoryRate } from '../run/historyRates.ts';
import { run } from '../run/run.ts';
import type { Progress, RunResult, TargetResult, VerdictSummary } from '../run/runTypes.ts';
import type { RunWarning } from '../run/runWarnings.ts';
import type { ActualIssue, Reanchored } from '../run/simulate.ts';
import { baseScenario, throwIfAborted } from '../search/analyticsScenario.ts';
import {
  checkThresholds,
  classifyStatus,
  DEFAULT_STATUS_THRESHOLDS,
  type EvaluationStatus,
  STATUS_ORDER,
  type StatusThresholds,
} from './classifyStatus.ts';
import { compoundPath } from './compoundPath.ts';
import { derivedActuals } from './derivedActuals.ts';
import { enteredPastReckoned } from './enteredPastReckoned.ts';
import { ESCAP_THRESHOLDS, type EscapCategory } from './escapCategory.ts';
import { type LaterSource, laterSources } from './laterSources.ts';
import { type LatestSource, planObservations, type Sources } from './planObservations.ts';
import { remainingFromLatest } from './remainingFromLatest.ts';
import { settledIn } from './settledIn.ts';
import { statusKey } from './statusKey.ts';
import { type SumGap, sumGap } from './sumGap.ts';
import { type PaceBasis, type ProgressMeasures, targetProgress } from './targetProgress.ts';

export interface TargetEvaluation {
  id: string;
  name: Text;
  indicator: string;
  kind: Exclude<Target['kind'], 'qualitative'>;
  comparator: NonNullable<Target['comparator']>;
  year: number;
  /** The target's threshold as the plan states it (a level, a rate, an increase or a yearly quota). */
  value: number | [number, number];
  /** A growth target the plan states as the change over its period (statedAs: change), over `years`. */
  printedChange?: { years: number };
  /** A growth target whose rate the plan reckons as the total ÷ the years (15.27% = 76.35% ÷ 5). */
  arithmetic?: true;
  /** The indicator's unit: of base, latest, targetLevel and (except for growth targets) value. */
  unit: string;
  /** Its values are whole items (isCountIndicator); false for a quantity per head in a counted unit (每万人口…件). */
  whole: boolean;
  /** Base-year value x0 and where this evaluation took it from (an actual, the plan data, the model's path). */
  base: number | null;
  baseOrigin: 'actual' | 'plan' | 'model' | null;
  /** Provenance of the base: plan | statistic | entered | assumption | derived | unknown (基期待补). */
  baseSource: TargetResult['baseSource'];
  verdictBasis: TargetResult['verdictBasis'];
  /** The one verdict (verdictFor): pace and forecast by the stated rule. */
  verdict: TargetResult['verdict'];
  aspirational: boolean;
  nature: TargetResult['nature'];
  requiredGrowth: TargetResult['requiredGrowth'];
  needs: TargetResult['needs'];
  milestone: TargetResult['milestone'];
  quota: TargetResult['quota'];
  /** The level the target implies in its year (X); the total quota for quota targets. */
  targetLevel: number | null;
  latest: { year: number; value: number } | null;
  /**
   * Where the latest value comes from: a published statistic the plan carries, a figure entered by the
   * planner (pasted, in the scenario, or saved into the plan), or derived from such figures (a share N/D).
   */
  latestSource: LatestSource | null;
  /**
   * The indicators the latest value was computed from (a share from its numerator and denominator, each
   * published or entered); absent when the value itself was observed or published as derived.
   */
  latestFrom?: string[];
  /**
   * The yearly growth rates the latest value (an index) was chained from, as the planner entered them
   * (ratesChain.ts); its source is then `derived`, from entered figures.
   */
  latestChain?: RatesChain;
  /** The published statistic the entered latest value replaced, where they differ (the entered one is used). */
  latestReplaced?: number;
  /** The latest value is one the plan reckoned (provenance `derived`), not observed nor computed from parts. */
  latestReckoned: boolean;
  /** A published latest value's caveats, as its provenance records them: a 预计数, a secondhand copy. */
  latestCaveats: ('preliminary' | 'secondhand')[];
  tau: number | null;
  progress: number | null;
  plannedPathRatio: number | null;
  achievedCagr: number | null;
  requiredCagr: number | null;
  /** A year's change so far and the plan's, in the indicator's unit (a percentage's in points). */
  achievedChange: number | null;
  requiredChange: number | null;
  ratioR: number | null;
  escapCategory: EscapCategory | null;
  requiredGrowthRemaining: number | null;
  requiredChangeRemaining: number | null;
  pace: number | null;
  paceBasis: PaceBasis;
  /** Share of paths, re-anchored on the actuals, on which the target is met; null without a Monte Carlo. */
  pMet: number | null;
  /** The measured quantity on the re-anchored deterministic path, and whether it meets the target. */
  projected: number | null;
  projectedMet: boolean | null;
  status: EvaluationStatus | null;
  missedYears: number[];
  /** The years a ceiling went over its limit after it had been kept (said beside its status). */
  breachedYears: number[];
  /** Why a measure is missing, which quota years fell short, where the observed value came from. */
  note: Message | null;
  /** Values entered for it (or its parts) that look like a slipped decimal point: the verdict rests on them as entered. */
  questioned?: QuestionedActual[];
  /** A running sum stopped short by a year its flow lacks, where later years are entered (see sumGap). */
  sumGap?: SumGap;
  /**
   * The parts of `note` that ask the planner to enter or check a figure (a blank year that breaks a running sum,
   * an entered value the plan's reckoning contradicts): the page shows them under the verdict.
   */
  asks?: Message[];
}

export interface EvaluationSummary {
  /** Targets per status; `no-data` counts targets with no observation after the base year. */
  /** no-base: observed, but progress needs the base (statusKey). */
  counts: Record<EvaluationStatus | 'no-base' | 'no-data', number>;
  escapCounts: Record<EscapCategory | 'none', number>;
  thresholds: StatusThresholds;
  escapThresholds: typeof ESCAP_THRESHOLDS;
  /** Latest year observed over all targets: published or entered, or computed from such parts; not a figure the plan derived with an assumption. */
  asOf: number | null;
  /**
   * Indicators whose latest value the tables show is such a derived figure for a year after `asOf` (社零 2025 =
   * 435 × 1.03⁵ beside data to 2023): a heading that says 截至2023年 names them (reckonedLaterMessage).
   */
  reckonedLater: { indicator: string; name: Text; year: number }[];
  /** The year the evaluation was asked to stand at (options.asOf): later data left out; null for all the data. */
  chosenAsOf: number | null;
  /** Evaluated as of a chosen year: the assumptions resting on figures published after it (laterSources.ts). */
  laterSources: LaterSource[];
  targets: number;
  qualitative: number;
  paths: number;
  seed: number;
  /** How many verdicts rest on data, on assumptions, or wait for a base (力争 apart). */
  verdicts: VerdictSummary;
}

export interface Evaluation {
  plan: { id: string; title: Text; baseYear: number; targetYear: number };
  targets: TargetEvaluation[];
  summary: EvaluationSummary;
  /** How the run carried actuals of derived indicators (anchoringMessages renders it). */
  anchoring: {
    reanchored: Reanchored[];
    actualIssues: ActualIssue[];
    bridges: Bridge[];
    historyRates: HistoryRate[];
    /** Growth observed over one year only, which kept its default (historyRates.ts). */
    shortHistory: HistoryRate[];
    /** Assumed yearly counts the entered counts replaced (flowHistory.ts). */
    flowHistory: FlowHistory[];
    /** Actuals for years the evaluation's run does not cover (2031 typed for 2021), said as `run` says them. */
    outsideRun: Extract<RunWarning, { code: 'actualsOutsideHorizon' }>[];
  };
}

export interface EvaluateOptions {
  thresholds?: StatusThresholds;
  /** Monte Carlo paths for P(met); 0 skips it. Default: the scenario's or the engine's. */
  paths?: number;
  seed?: number;
  /** Yearly growth rates the pasted `actuals` of an index were chained from (ParsedActuals.rates). */
  actualRates?: Actuals;
  /** Ignore observations after this year (evaluate "as of" an earlier year). */
  asOf?: number;
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

/** Observed values for one indicator, by year, from `actuals` (at or before `asOf`). */
function observed(actuals: Actuals, id: string, asOf: number): Map<number, number> {
  const m = new Map<number, number>();
  for (const [y, v] of Object.entries(actuals[id] ?? {})) if (Number(y) <= asOf) m.set(Number(y), v);
  return m;
}

/** Merges actuals: later sources win per indicator and year. */
export function mergeActuals(...sources: (Actuals | undefined)[]): Actuals {
  const out: Actuals = {};
  for (const src of sources) {
    for (const [id, byYear] of Object.entries(src ?? {})) out[id] = { ...(out[id] ?? {}), ...byYear };
  }
  return out;
}

/** The base a target's progress is measured from: observed, printed in the plan, or the plan's own path. */
function baseOf(
  obs: Map<number, number>,
  ind: Plan['indicators'][number],
  planRun: RunResult,
  t0: number,
): { base: number | null; baseSource: TargetEvaluation['baseOrigin'] } {
  let base: number | null = null;
  let baseSource: TargetEvaluation['baseOrigin'] = null;
  if (obs.has(t0)) {
    base = obs.get(t0)!;
    baseSource = 'actual';
  } else if (knownBase(ind)) {
    base = knownBase(ind)!.value;
    baseSource = 'plan';
  } else {
    const v = planRun.indicators[ind.id]?.deterministic[0];
    if (v !== undefined && Number.isFinite(v)) {
      base = v;
      baseSource = 'model';
    }
  }
  return { base, baseSource };
}

/** The caveats the plan's published figure for that value records (not one the planner entered over it). */
function caveatsOf(
  plan: Plan,
  indicator: string,
  latest: { year: number; value: number },
  sources: Sources,
): ('preliminary' | 'secondhand')[] {
  if (sources.get(`${indicator}:${latest.year}`) !== 'statistic') return [];
  const p = plan.observations.find((o) => o.indicator === indicator && o.year === latest.year)?.provenance;
  if (p?.kind !== 'statistic') return [];
  return [
    ...(p.preliminary ? (['preliminary'] as const) : []),
    ...(p.secondhand ? (['secondhand'] as const) : []),
  ];
}

/**
 * The published statistic an entered latest value replaced (the entered one wins, as in a run), said beside it:
 * a tester's entered figure had silently taken the place of the statistics office's.
 */
function replacedOf(
  indicator: string,
  latest: { year: number; value: number } | null,
  input: Pick<TargetInput, 'sources' | 'published' | 'derivedFrom'>,
): { latestReplaced?: number } {
  if (latest === null || input.derivedFrom[indicator]) return {};
  if (input.sources.get(`${indicator}:${latest.year}`) !== 'entered') return {};
  const was = input.published[indicator]?.[String(latest.year)];
  return was === undefined || sameFigure(was, latest.value) ? {} : { latestReplaced: was };
}

/** What evaluating one target needs besides the target itself. */
interface TargetInput {
  plan: Plan;
  ind: Plan['indicators'][number];
  actuals: Actuals;
  asOf: number;
  planRun: RunResult;
  /** The target's result on the paths re-anchored on the actuals. */
  r: TargetResult | undefined;
  thresholds: StatusThresholds;
  derivedFrom: Record<string, string[]>;
  sources: Sources;
  /** The plan's published observations, which entered values override. */
  published: Actuals;
  /** The rates entered indexes were chained from, the scenario's and the pasted ones. */
  rates: Actuals;
  questioned: QuestionedActual[];
}

/** One target measured against its observations, with the re-anchored forecast's verdict and P(met). */
function evaluateTarget(
  t: Target & { indicator: string; kind: TargetEvaluation['kind'] },
  input: TargetInput,
): TargetEvaluation {
  const { plan, ind, actuals, asOf, planRun, r, thresholds, derivedFrom, sources } = input;
  const t0 = plan.meta.baseYear;
  const obs = observed(actuals, t.indicator, Math.min(asOf, t.year));

  const { base, baseSource } = baseOf(obs, ind, planRun, t0);
  const years = [...obs.keys()].filter((y) => y > t0).sort((a, b) => a - b);
  const lastYear = years.at(-1);
  const latest = lastYear === undefined ? null : { year: lastYear, value: obs.get(lastYear)! };
  const compound = compoundPath(plan, t.kind, t.indicator, ind.unit);
  // A yearly quota needs no base: each year's flow is measured against it (quotaProgress).
  const measures =
    base === null && t.kind !== 'quota'
      ? null
      : targetProgress({
          kind: t.kind,
          comparator: t.comparator!,
          value: t.value!,
          tolerance: t.tolerance,
          baseYear: t0,
          targetYear: t.year,
          base: base ?? Number.NaN,
          latest,
          compound,
          flows: obs,
          rateReading: t.rateReading,
          countStep: targetCountStep(t.kind, ind),
          percent: isPercentUnit(ind.unit),
        });
  const fromLatest =
    measures === null
      ? remainingFromLatest(
          { ...t, comparator: t.comparator!, value: t.value! },
          latest,
          targetCountStep(t.kind, ind),
        )
      : null;
  const projected = r && Number.isFinite(r.deterministicValue) ? r.deterministicValue : null;
  const questioned = questionedBehind(input.questioned, t, {
    baseYear: t0,
    settled: latest?.year === t.year,
    asOf,
    parts: derivedFrom[t.indicator] ?? [],
    latest: latest?.year ?? null,
    summed: sumsItsYears(t.kind, ind.dynamics.kind),
  });
  let status = measures
    ? classifyStatus(measures.pace, measures.achieved, thresholds, measures.ceiling, measures.floor)
    : null;
  // A quota must be met every year: a missed year caps the status at 滞后 however well the total runs.
  if (measures && measures.missedYears.length > 0 && (status === 'ahead' || status === 'on-track'))
    status = 'behind';
  // A level is met by its value, base or no base, as the run's verdict already says (reached-early): met before
  // its year it is 提前实现 (高企 210 in 2024 had read 进度待补基期 beside 已提前达到, and the summary counted none).
  if (status === null && r?.verdict.code === 'achieved' && r.verdict.reason === 'reached-early')
    status = 'achieved';
  // The years a ceiling went over its limit after it was kept (by the base, or by an earlier year): said beside
  // the latest value's status, as the director will be asked about them. Above it before it was ever kept is
  // the way down to it, not a breach.
  const cap = measures?.targetLevel ?? fromLatest?.targetLevel ?? null;
  const overCap: number[] = [];
  let kept = base !== null && cap !== null && base <= cap;
  if (ceilingKind(t) && cap !== null) {
    for (const y of years) {
      const v = obs.get(y)!;
      if (v <= cap) kept = true;
      else if (kept) overCap.push(y);
    }
  }
  // A ceiling without a base is judged as one with: within its limit by the latest value, never 提前实现 (失业率
  // 5.3% in 2023 against 5.5%以内 by 2025 had read 提前实现, after 5.6% in 2022); over it once it had been kept.
  // Above a limit it has never been within (PM2.5 38, 35, 33 against 32 by 2025) is the way down, whose pace
  // needs the base: 进度待补基期, not 超出控制目标.
  if (measures === null && fromLatest && ceilingKind(t))
    status = fromLatest.achieved ? 'within' : kept ? 'breached' : null;
  // Once the target's own year is observed its outcome is a fact, base or no base (a level is met by its
  // value): 已完成 or 未完成, not a pace — 95% of the way at the end is not on plan.
  if (r && latest?.year === t.year && settledIn(r) !== null)
    status = r.verdict.code === 'missed' ? 'missed' : 'met';
  const chain =
    latest !== null && !derivedFrom[t.indicator] && sources.get(`${t.indicator}:${latest.year}`) === 'entered'
      ? ratesChain(input.actuals, input.rates, t.indicator, latest.year, t0)
      : null;
  // Only a gap the latest total stops short of: the sum is not yet known past it.
  const gap = sumGap(plan, t.indicator, actuals, Math.min(asOf, t.year));
  const brokenSum = gap !== null && (latest === null || latest.year < gap.last) ? gap : null;
  const gapNote = brokenSum
    ? msg('eval.note.sumGap', {
        flows: list(
          brokenSum.flows.map((id) => nameOf(plan, id)),
          'sep.enum',
        ),
        years: list(brokenSum.missing, 'sep.enum'),
        upTo: brokenSum.missing[0]! - 1,
        last: brokenSum.last,
      })
    : null;
  const latestReckoned =
    latest !== null &&
    !derivedFrom[t.indicator] &&
    sources.get(`${t.indicator}:${latest.year}`) === 'derived';
  const contradicted =
    latestReckoned && latest
      ? enteredPastReckoned(
          obs,
          (y) => sources.get(`${t.indicator}:${y}`) === 'entered',
          latest,
          !ceilingKind(t),
        )
      : null;
  const reckonedNote =
    contradicted && latest
      ? msg(ceilingKind(t) ? 'eval.note.reckonedBelowEntered' : 'eval.note.reckonedUnderEntered', {
          year: contradicted.year,
          entered: { qty: contradicted.value, unit: ind.unit, printed: true },
          latestYear: latest.year,
          reckoned: { qty: latest.value, unit: ind.unit, printed: true },
        })
      : null;
  return {
    id: t.id,
    name: t.name,
    indicator: t.indicator,
    kind: t.kind,
    comparator: t.comparator!,
    year: t.year,
    value: t.value!,
    ...(t.statedAs === 'change' ? { printedChange: { years: t.year - t0 } } : {}),
    ...(t.rateReading === 'arithmetic' ? { arithmetic: true as const } : {}),
    unit: ind.unit,
    whole: isCountIndicator(ind),
    base,
    baseOrigin: baseSource,
    baseSource: r?.baseSource ?? 'unknown',
    verdictBasis: r?.verdictBasis ?? 'unknown-base',
    verdict: r?.verdict ?? { code: 'unknown-base', reason: null, params: {} },
    aspirational: t.aspirational === true,
    nature: t.nature ?? null,
    requiredGrowth: r?.requiredGrowth ?? null,
    needs: r?.needs ?? null,
    milestone: r?.milestone ?? null,
    quota: r?.quota ?? null,
    targetLevel: measures?.targetLevel ?? fromLatest?.targetLevel ?? null,
    latest,
    latestSource:
      latest === null
        ? null
        : derivedFrom[t.indicator] || chain
          ? 'derived'
          : (sources.get(`${t.indicator}:${latest.year}`) ?? 'entered'),
    ...(latest !== null && derivedFrom[t.indicator] ? { latestFrom: derivedFrom[t.indicator] } : {}),
    ...(chain ? { latestChain: chain } : {}),
    ...replacedOf(t.indicator, latest, input),
    latestReckoned,
    // A value computed from parts carries their caveats: a share over a GDP that is 预计数 and 转载 is too.
    latestCaveats:
      latest === null
        ? []
        : [
            ...new Set(
              [t.indicator, ...(derivedFrom[t.indicator] ?? [])].flatMap((id) =>
                caveatsOf(plan, id, latest, sources),
              ),
            ),
          ],
    tau: measures?.tau ?? null,
    progress: measures?.progress ?? null,
    plannedPathRatio: measures?.plannedPathRatio ?? null,
    achievedCagr: measures?.achievedCagr ?? null,
    achievedChange: measures?.achievedChange ?? null,
    requiredChange: measures?.requiredChange ?? null,
    requiredCagr: measures?.requiredCagr ?? null,
    ratioR: measures?.ratioR ?? null,
    escapCategory: measures?.escap ?? null,
    // A running sum (新增城镇就业 so far) grows by what is added, not at a rate: its "growth still needed" read
    // 35% a year for 1.49 万人 more in three years. Its change still needed says it (requiredChangeRemaining).
    requiredGrowthRemaining:
      ind.dynamics.kind === 'cumulative'
        ? null
        : (measures?.requiredGrowthRemaining ?? fromLatest?.requiredGrowthRemaining ?? null),
    requiredChangeRemaining: measures?.requiredChangeRemaining ?? fromLatest?.requiredChangeRemaining ?? null,
    pace: measures?.pace ?? null,
    paceBasis: measures?.basis ?? (compound ? 'planned-path' : 'linear'),
    pMet: r?.pMet ?? null,
    projected,
    projectedMet: r && projected !== null ? r.deterministicMet : null,
    status,
    missedYears: measures?.missedYears ?? [],
    breachedYears: overCap,
    // No base: the status column says so (statusText), in the reader's language. A quota needs none: its
    // short years are its note (a 滞后 beside 进度比 105% had said nothing of the 2021 it rests on).
    note:
      base === null && t.kind !== 'quota'
        ? overCap.length > 0
          ? msg('eval.ceilingBreachedYears', { years: list(overCap, 'sep.enum') })
          : null
        : evaluationNote(
            plan,
            measures ?? null,
            latest ? derivedFrom[t.indicator] : undefined,
            overCap,
            chain,
            gapNote,
            reckonedNote,
          ),
    ...(questioned.length > 0 ? { questioned } : {}),
    ...(brokenSum ? { sumGap: brokenSum } : {}),
    ...(gapNote || reckonedNote
      ? { asks: [gapNote, reckonedNote].filter((m): m is Message => m !== null) }
      : {}),
  };
}

function nameOf(plan: Plan, id: string) {
  const ind = plan.indicators.find((i) => i.id === id);
  return ind ? named(ind) : id;
}

/**
 * A target's note, the one the CLI, the reports and the page show: why a measure is missing, which quota
 * years fell short, and which indicators (by name) an observed value was computed from.
 */
function evaluationNote(
  plan: Plan,
  measures: ProgressMeasures | null,
  computedFrom: string[] | undefined,
  overCap: readonly number[] = [],
  chain: RatesChain | null = null,
  gap: Message | null = null,
  reckoned: Message | null = null,
): Message | null {
  const notes: Message[] = [gap, reckoned].filter((m): m is Message => m !== null);
  // "No observation after the base" is untrue beside figures entered past a missing year; the gap says it.
  if (measures?.note && !(gap && measures.note.code === 'eval.note.noObservation')) notes.push(measures.note);
  if (overCap.length > 0) notes.push(msg('eval.ceilingBreachedYears', { years: list(overCap, 'sep.enum') }));
  if (measures && measures.missedYears.length > 0)
    notes.push(msg('eval.missedYears', { years: list(measures.missedYears, 'sep.enum') }));
  if (computedFrom) {
    const names = computedFrom.map((id) => nameOf(plan, id));
    notes.push(msg('eval.note.derivedFrom', { parts: list(names, 'sep.enum') }));
  }
  if (chain)
    notes.push(
      msg('eval.note.chainedFromRates', {
        years: chain.year === chain.baseYear + 1 ? String(chain.year) : `${chain.baseYear + 1}–${chain.year}`,
        base: chain.baseYear,
        formula: { formula: chainFormula(chain) },
      }),
    );
  return notes.length === 0 ? null : notes.length === 1 ? notes[0]! : joined(notes, 'eval.listSep');
}

export async function evaluateTargets(
  plan: Plan,
  scenario: Scenario | null,
  actualsIn: Actuals,
  options: EvaluateOptions = {},
): Promise<Evaluation> {
  const thresholds = options.thresholds ?? DEFAULT_STATUS_THRESHOLDS;
  const bad = checkThresholds(thresholds);
  if (bad) throw new RangeError(bad);
  const { signal, onProgress } = options;
  const asOf = options.asOf ?? Number.POSITIVE_INFINITY;
  const t0 = plan.meta.baseYear;
  // The plan's observations pin every run of it, so the evaluation measures progress from them too: a row's
  // latest actual is the one its P(met) was simulated from.
  const published = planObservations(plan, asOf);
  const observedActuals = mergeActuals(published.actuals, scenario?.actuals, actualsIn);
  // A scenario's or a pasted actual overrides the plan's for its year, as it does in a run.
  const sources: Sources = new Map(published.sources);
  for (const src of [scenario?.actuals, actualsIn])
    for (const [id, byYear] of Object.entries(src ?? {}))
      for (const year of Object.keys(byYear)) sources.set(`${id}:${year}`, 'entered');
  // Shares and totals whose inputs are all observed are observed too (N/D, a + b); used for measuring
  // progress only — the engine's re-anchored run pins the inputs and derives them itself.
  const { actuals, derivedFrom } = derivedActuals(plan, observedActuals);
  const quantitative = plan.targets.filter(
    (t): t is Target & { indicator: string; kind: TargetEvaluation['kind'] } =>
      t.kind !== 'qualitative' &&
      t.indicator !== undefined &&
      t.value !== undefined &&
      t.comparator !== undefined,
  );
  const horizon = Math.max(scenario?.horizon ?? plan.meta.targetYear, ...quantitative.map((t) => t.year));

  // The plan's own path gives base values for indicators that state none (derived ones): with the actuals
  // pasted here as with a scenario's own, so a share's base from an entered 2020 part (430 ÷ 616 = 69.8%) is
  // the same whichever way the actuals came — the CLI's file had left it unknown where the page showed it.
  throwIfAborted(signal);
  const planScenario =
    Object.keys(actualsIn).length === 0
      ? scenario
      : { ...baseScenario(plan, scenario, '中期评估'), actuals: mergeActuals(scenario?.actuals, actualsIn) };
  const planRun = await run(plan, planScenario, { paths: 0, horizon, signal });
  const paths = options.paths;
  // What the planner entered; the plan's own observations pin the run through anchoredPlan, each with its
  // provenance (a reckoned one stays reckoned: its verdict rests on reckoned figures, as a run's does).
  const entered = mergeActuals(scenario?.actuals, actualsIn);
  const anchoredScenario: Scenario = {
    ...baseScenario(plan, scenario, '中期评估'),
    actuals: asOf === Number.POSITIVE_INFINITY ? entered : trimActuals(entered, asOf),
  };
  // "As of" a year: the plan's later observations (published after it) do not pin the forecast either.
  const anchoredPlan =
    asOf === Number.POSITIVE_INFINITY
      ? plan
      : { ...plan, observations: plan.observations.filter((o) => o.year <= asOf) };
  const anchored = await run(anchoredPlan, anchoredScenario, {
    ...(paths === undefined ? {} : { paths }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    horizon,
    quantiles: false,
    signal,
    onProgress: onProgress && ((p) => onProgress({ done: p.done, stage: `evaluate: ${p.stage}` })),
  });
  const byId = new Map(anchored.targets.map((t) => [t.id, t]));
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  // Only what was entered: a published figure is the statistics office's, not a typing slip.
  const questioned = questionedActuals(plan, entered);

  const targets: TargetEvaluation[] = quantitative.map((t) =>
    evaluateTarget(t, {
      plan,
      ind: indicators.get(t.indicator)!,
      actuals,
      asOf,
      planRun,
      r: byId.get(t.id),
      thresholds,
      derivedFrom,
      sources,
      published: published.actuals,
      rates: mergeActuals(scenario?.actualRates, options.actualRates),
      questioned,
    }),
  );

  const counts = Object.fromEntries(
    [...STATUS_ORDER, 'no-base', 'no-data'].map((s) => [s, 0]),
  ) as EvaluationSummary['counts'];
  const escapCounts = {
    achieved: 0,
    'on-track': 0,
    'acceleration-needed': 0,
    'limited-progress': 0,
    deterioration: 0,
    none: 0,
  };
  for (const t of targets) {
    counts[statusKey(t)]++;
    escapCounts[t.escapCategory ?? 'none']++;
  }
  // A figure the plan derived from published ones with an assumption (社零 2025 = 435 × 1.03⁵) is no data the
  // evaluation reaches: counted, it had titled a report of actuals to 2023 终期评估, 实际数据截至2025年.
  // A running sum stopped by a blank year still pins its run on the later years entered (sumGap).
  const latestYears = targets
    .filter((t) => !t.latestReckoned)
    .flatMap((t) => [t.latest?.year, t.sumGap?.last])
    .filter((y): y is number => y !== undefined);
  const dataYear = latestYears.length > 0 ? Math.max(...latestYears) : null;
  const reckonedLater = new Map<string, { indicator: string; name: Text; year: number }>();
  for (const t of targets)
    if (t.latest && t.latestReckoned && (dataYear === null || t.latest.year > dataYear))
      reckonedLater.set(t.indicator, {
        indicator: t.indicator,
        name: indicators.get(t.indicator)!.name,
        year: t.latest.year,
      });
  // Its year reached by the data (others have figures for it) but its own figure missing: the pace shown is an
  // earlier year's, said beside it (专利 快于预期 from 2024 had read as the outcome of a period that had ended).
  for (const t of targets) {
    if (dataYear === null || t.latest === null || t.latest.year >= t.year || dataYear < t.year) continue;
    const missing = msg('eval.note.targetYearMissing', { year: t.year, latest: t.latest.year });
    t.note = t.note === null ? missing : joined([missing, t.note], 'eval.listSep');
  }
  return {
    anchoring: {
      reanchored: anchored.reanchored,
      actualIssues: anchored.actualIssues,
      bridges: anchored.bridges,
      historyRates: anchored.historyRates,
      shortHistory: anchored.shortHistory ?? [],
      flowHistory: anchored.flowHistory ?? [],
      // After the run's years only: a year before the base is said where the actuals are read (yearBeforeBase).
      outsideRun: anchored.warnings.filter(
        (w): w is Extract<RunWarning, { code: 'actualsOutsideHorizon' }> =>
          w.code === 'actualsOutsideHorizon' && w.year > w.last,
      ),
    },
    plan: { id: plan.meta.id, title: plan.meta.title, baseYear: t0, targetYear: plan.meta.targetYear },
    targets,
    summary: {
      counts,
      escapCounts,
      thresholds,
      escapThresholds: ESCAP_THRESHOLDS,
      asOf: dataYear,
      reckonedLater: [...reckonedLater.values()],
      chosenAsOf: options.asOf ?? null,
      laterSources: options.asOf === undefined ? [] : laterSources(plan, scenario, options.asOf),
      targets: targets.length,
      qualitative: plan.targets.length - quantitative.length,
      paths: anchored.paths,
      seed: anchored.seed,
      verdicts: anchored.summary,
    },
  };
}

function trimActuals(actuals: Actuals, asOf: number): Actuals {
  const out: Actuals = {};
  for (const [id, byYear] of Object.entries(actuals)) {
    const kept = Object.fromEntries(Object.entries(byYear).filter(([y]) => Number(y) <= asOf));
    if (Object.keys(kept).length > 0) out[id] = kept;
  }
  return out;
}

/** A ceiling on a level or share (控制在5.5%以内): kept or not, year by year, with no way to go. */
function ceilingKind(t: { kind: string; comparator?: string | undefined }): boolean {
  return t.comparator === '<=' && (t.kind === 'level' || t.kind === 'share');
}
