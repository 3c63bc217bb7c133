// Everything a target result says beyond the Monte Carlo counts: where its base comes from, what the
// verdict rests on, the one verdict (verdictFor), and for milestones and quotas their own readings. Runs
// after the simulation, from the plan, the deterministic path, the run's pinned values (scenario actuals
// and the plan's observations) and targetStats' numbers.

import { isMet, metInterval } from '../outputs/targetMeasure.ts';
import { targetCountStep } from '../outputs/targetStats.ts';
import { isCountIndicator } from '../plan/countUnit.ts';
import type { Plan, Target } from '../plan/planSchema.ts';
import { isPercentUnit } from '../report/formatValue.ts';
import type { RunSetup } from '../run/resolveScenario.ts';
import type { QuotaYear, RequiredGrowth, TargetResult, TargetStat, VerdictBasis } from '../run/runTypes.ts';
import type { Simulation } from '../run/simulate.ts';
import { baseSourceOf } from './baseSourceOf.ts';
import { compoundPath } from './compoundPath.ts';
import { forecastAssumption } from './forecastAssumption.ts';
import { levelToReach } from './levelToReach.ts';
import { observedByDefinition } from './observedByDefinition.ts';
import { standIns as standInsIn } from './standIns.ts';
import { targetProgress, toleranceBy } from './targetProgress.ts';
import { type VerdictReason, verdictFor } from './verdictFor.ts';

/**
 * The value pinned for that year is the plan's observation derived from published figures (not entered):
 * `true`, or the range its inputs allow when the file gives one; false otherwise.
 */
function derivedObservation(
  plan: Plan,
  indicator: string,
  year: number,
  value: number,
): boolean | readonly [number, number] {
  const o = plan.observations.find(
    (x) =>
      x.indicator === indicator && x.year === year && x.value === value && x.provenance.kind === 'derived',
  );
  if (o?.provenance.kind !== 'derived') return false;
  return o.provenance.range ?? true;
}

export function assessTargets(
  plan: Plan,
  setup: RunSetup,
  stats: TargetStat[],
  det: Simulation,
  slotOf: ReadonlyMap<string, number>,
  /** Indicators whose values are an even share of a total's actual (actual-split-evenly). */
  splitParts: ReadonlySet<string> = new Set(),
): TargetResult[] {
  const t0 = plan.meta.baseYear;
  const byId = new Map(plan.targets.map((t) => [t.id, t]));
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const pinnedAtBase = (id: string) => setup.actuals.get(id)?.has(0) ?? false;
  const standInsOf = standInsIn(plan, setup);
  // After the run, not in resolveScenario: its formulas' facts are remembered by compiling (formulaShape.ts).
  let byDefinition: Map<string, Map<number, number>> | undefined;
  const derived = () => (byDefinition ??= observedByDefinition(plan, setup));
  return stats.map((s) => {
    const t = byId.get(s.id)!;
    const kind = s.kind as Exclude<Target['kind'], 'qualitative'>;
    const ind = indicators.get(s.indicator)!;
    const origin = baseSourceOf(plan, s.indicator, pinnedAtBase);
    // A share or total whose inputs are observed is observed too (derivedActuals): its pace is data.
    const pinned = setup.actuals.get(s.indicator) ?? derived().get(s.indicator);
    const observed = new Map<number, number>();
    // The years bridgeGaps reckons between two known values are pinned too, but never a target's own year nor
    // after the last known one: the latest observation up to a target's year is always an observation.
    for (const [k, v] of pinned ?? []) observed.set(t0 + k, v);
    const years = [...observed.keys()].filter((y) => y > t0 && y <= t.year).sort((a, b) => a - b);
    const lastYear = years.at(-1);
    const latest = lastYear === undefined ? null : { year: lastYear, value: observed.get(lastYear)! };
    // A level or share is judged at the target year alone: once a later observation (an entered actual, a
    // published figure) makes that value computable, the unknown base no longer matters. An increase or a
    // growth rate is measured from the base, so it waits for it.
    const computable = !Number.isNaN(s.deterministicValue) && !splitParts.has(s.indicator);
    const fromLevel = kind === 'level' || kind === 'share';
    const baseUnknown = !computable || (origin.source === 'unknown' && !fromLevel);
    const anchoredLater = origin.source === 'unknown' && !baseUnknown;
    const comparable = t.comparable !== false;
    const countStep = targetCountStep(kind, ind);
    const base = observed.get(t0) ?? (baseUnknown || anchoredLater ? null : baseValue(ind, det, slotOf));
    // A yearly quota is measured by each year's flow, with no base: 28 entered for 2021 against 每年 30 had
    // left it unmeasured (a flow has no base), read 难以达成 rather than missed.
    // Nor does its unknown base keep its observed years from being read (工业互联网平台每年新增5个 entered 4, 6, 5
    // had read 基期待补 beside 2021 未完成).
    const measures =
      kind !== 'quota' && (base === null || baseUnknown)
        ? null
        : targetProgress({
            kind,
            comparator: s.comparator,
            value: s.value,
            tolerance: t.tolerance,
            baseYear: t0,
            targetYear: t.year,
            base: base ?? Number.NaN,
            latest,
            compound: compoundPath(plan, s.kind, s.indicator, ind.unit),
            flows: observed,
            rateReading: t.rateReading,
            countStep,
            percent: isPercentUnit(ind.unit),
          });
    const pMet = baseUnknown || !comparable ? null : s.pMet;
    const cohort = ind.dynamics;
    // A level or share is met or not by its latest value alone, even when the base is unknown (anchoredLater);
    // an increase or a growth rate needs the base (measures). Once the target's own year is observed, the
    // outcome is known: achieved or missed.
    const levelMet =
      latest !== null && measures === null && fromLevel
        ? isMet(
            {
              kind,
              comparator: s.comparator,
              value: s.value,
              tolerance: toleranceBy({ tolerance: t.tolerance, latest, targetYear: t.year }),
              countStep,
            },
            latest.value,
          )
        : null;
    const final = latest?.year === t.year && (measures !== null || levelMet !== null) ? latest : null;
    // Moved only by an assumption standing in for a record or a history, with nothing of it observed
    // (recordlessIndicators).
    const standIns = standInsOf(s.indicator);
    const standIn =
      standIns.length === 0 ? undefined : standIns.some((p) => p.noRecord) ? 'no-record' : 'no-history';
    const verdict = verdictFor({
      standIn,
      kind: s.kind,
      comparable,
      notComparableReason: t.reason as VerdictReason | undefined,
      baseUnknown,
      achieved: measures?.achieved ?? levelMet ?? false,
      reachedEarly:
        latest !== null && latest.year < t.year && kind !== 'quota' && kind !== 'milestone'
          ? {
              year: latest.year,
              targetYear: t.year,
              // A ceiling is kept, not reached: 5.3% under 5.5%以内 is within it so far.
              ...(s.comparator === '<=' ? { ceiling: 1 as const } : {}),
            }
          : null,
      pMet,
      deterministicMet: s.deterministicMet,
      pace: measures?.pace ?? null,
      paceBasis: measures?.basis,
      plannedPathRatio: measures?.plannedPathRatio ?? null,
      cohortLife: cohort?.kind === 'cohort' ? cohort.life : undefined,
      missedYears: measures?.missedYears,
      targetYearObserved: final && {
        year: t.year,
        value: final.value,
        base,
        years: t.year - t0,
        unit: ind.unit,
        reading: t.statedAs === 'change' ? 'change' : (t.rateReading ?? 'compound'),
        derived: derivedObservation(plan, s.indicator, t.year, final.value),
        fractional: !isCountIndicator(ind),
      },
    });
    if (verdict.code === 'no-record')
      Object.assign(verdict.params, {
        recordZh: standIns.map((p) => p.name.zh).join('、'),
        recordEn: standIns.map((p) => p.name.en ?? p.name.zh).join(', '),
        ...(kind === 'milestone' ? { milestone: 1 } : {}),
      });
    // The forecast overrules the pace by what it assumes for the years left: say which assumption that is.
    if (verdict.reason === 'forecast-differs-from-pace') {
      const a = forecastAssumption(plan, setup, s.indicator);
      if (a)
        Object.assign(verdict.params, {
          assumedZh: a.name.zh,
          assumedEn: a.name.en ?? a.name.zh,
          assumedMean: a.value.mean,
          assumedSd: a.value.sd,
          assumedLevers: a.levers ? 1 : 0,
          assumedUnit: a.unit,
          // Reckoned from the actuals of these years, not assumed: said as such.
          ...(a.observed
            ? {
                observedFrom: a.observed.from,
                observedTo: a.observed.to,
                observedReading: a.observed.reading,
              }
            : {}),
        });
    }
    // Data decide a verdict only where the forecast does not overrule them: when the pace so far says one
    // thing and the verdict follows the forecast, it rests on what the forecast assumes for the years left.
    // Nor where there is no pace to read (a level with no base: 高新技术企业 173 in 2023, no 2020 figure): the
    // verdict is then the forecast's alone, from the latest figure on by the assumed dynamics.
    // A ceiling the base keeps has no pace: its data say within the limit or over it, which decides when the
    // forecast agrees (within and on track, or over and not).
    const ceilingAgrees =
      measures?.ceiling != null && (measures.ceiling === 'within') === (verdict.code === 'on-track');
    // Reached early is an observation too: what it says (met in that year) is data.
    const judgedByData =
      final !== null ||
      verdict.reason === 'reached-early' ||
      (measures?.pace != null && verdict.reason !== 'forecast-differs-from-pace') ||
      ceilingAgrees;
    // A figure reckoned from published ones (社零 2025 from the published average growth) decides as data
    // does, but a director hears 依据数据 as "published": said apart (a tester).
    const latestReckoned = latest !== null && setup.reckoned.has(`${s.indicator}:${latest.year - t0}`);
    // A milestone achieved, or a level or share met or missed in its own year, is decided by the observed figure
    // whatever the base rests on: 国家级孵化器 entered as achieved in 2023 had read 已达成 · 依据假设 (a tester).
    // So is a yearly quota missed in an observed year, or met in every year to its own: no base is needed then.
    const quotaDecided =
      kind === 'quota' &&
      (verdict.reason === 'quota-every-year' || (verdict.code === 'achieved' && final !== null));
    const decidedByObservation =
      latest !== null &&
      ((kind === 'milestone' && verdict.code === 'achieved') ||
        (fromLevel && final !== null) ||
        quotaDecided);
    const verdictBasis: VerdictBasis =
      baseUnknown && !quotaDecided
        ? 'unknown-base'
        : ((origin.data || anchoredLater) && latest !== null && judgedByData) || decidedByObservation
          ? latestReckoned
            ? 'derived'
            : 'data'
          : 'assumption';
    return {
      id: s.id,
      indicator: s.indicator,
      kind: s.kind,
      year: s.year,
      value: s.value,
      comparator: s.comparator,
      deterministicMet: s.deterministicMet,
      deterministicValue: s.deterministicValue,
      pMet,
      firstYearMet: baseUnknown || !comparable ? null : s.firstYearMet,
      baseSource: baseUnknown ? 'unknown' : origin.source,
      verdictBasis,
      verdict,
      aspirational: t.aspirational === true,
      nature: t.nature ?? null,
      // A yearly quota grows nothing: "需年均增长 (1.2万人 ÷ 基期)^(1/5) − 1" had stood beside one (冯工).
      requiredGrowth: baseUnknown && t.kind !== 'quota' ? requiredGrowth(t, t0, countStep) : null,
      needs: baseUnknown && !quotaDecided ? 'base' : null,
      latest,
      latestReckoned,
      milestone: s.kind === 'milestone' ? milestoneReading(s, setup.years, pinned?.get(0)) : null,
      // Without its base the paths have no values: no year's chance to give (each had read <1%).
      quota:
        s.kind === 'quota'
          ? quotaRecord(t, setup.years, observed, baseUnknown ? null : s.quotaShares, countStep)
          : null,
    };
  });
}

function baseValue(
  ind: Plan['indicators'][number],
  det: Simulation,
  slotOf: ReadonlyMap<string, number>,
): number | null {
  if (ind.base && 'value' in ind.base) return ind.base.value;
  const slot = slotOf.get(ind.id);
  const v = slot !== undefined ? det.values[slot]![0] : undefined;
  return v !== undefined && Number.isFinite(v) ? v : null;
}

/** What the target needs from a base to be entered (from the base year: the base is what is missing). */
function requiredGrowth(t: Target, t0: number, countStep: number | undefined): RequiredGrowth {
  const printed = Array.isArray(t.value) ? t.value[0] : (t.value ?? Number.NaN);
  const v = t.kind === 'growth' ? printed : levelToReach(printed, t.comparator ?? '>=', countStep);
  const years = t.year - t0;
  return {
    years,
    level: t.kind === 'level' || t.kind === 'share' ? v : null,
    increase: t.kind === 'increase' ? v : null,
    rate: t.kind === 'growth' ? v : null,
  };
}

/**
 * P(achieved by each year) from the first-achievement shares, and the first year by which it is more likely
 * achieved than not (the median year of achievement). Not the year most paths first achieve it in: with a
 * constant yearly chance that is always the first year, however small the chance.
 */
function milestoneReading(
  s: TargetStat,
  years: number[],
  atBase: number | undefined,
): { pAchievedBy: number[]; evenChanceYear: number | null } {
  const first = s.firstYearMet;
  const pAchievedBy: number[] = [];
  let cum = atBase !== undefined && atBase >= 1 ? 1 : 0;
  let evenChanceYear: number | null = null;
  years.forEach((y, k) => {
    const f = k === 0 || !first ? 0 : first[k]!;
    cum = Math.min(1, cum + f);
    pAchievedBy.push(cum);
    if (evenChanceYear === null && cum >= 0.5) evenChanceYear = y;
  });
  return { pAchievedBy, evenChanceYear };
}

/** Each year from base + 1 to the target year: the observed count against the quota, or P(count ≥ quota)
 * as the run's loops counted it (targetStats; null without paths). */
function quotaRecord(
  t: Target,
  years: number[],
  observed: ReadonlyMap<number, number>,
  shares: Float64Array | null,
  countStep: number | undefined,
): QuotaYear[] {
  const q = Array.isArray(t.value) ? t.value[0] : (t.value ?? Number.NaN);
  const [lo, hi] = metInterval({
    kind: 'quota',
    comparator: t.comparator ?? '>=',
    value: t.value ?? q,
    tolerance: t.tolerance,
    countStep,
  });
  const out: QuotaYear[] = [];
  for (let k = 1; k < years.length && years[k]! <= t.year; k++) {
    const year = years[k]!;
    const x = observed.get(year);
    if (x !== undefined) out.push({ year, quota: q, observed: x, met: x >= lo && x <= hi, pMet: null });
    else out.push({ year, quota: q, observed: null, met: null, pMet: shares ? shares[k]! : null });
  }
  return out;
}
