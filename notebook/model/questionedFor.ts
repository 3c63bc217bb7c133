// The entered values a run's verdict on one target rests on that look mistyped (questionedBehind over the run's
// `questioned`), as the overview and its CSV mark them.
import {
  type Plan,
  type QuestionedActual,
  questionedBehind,
  type RunResult,
  settledIn,
  sumsItsYears,
  type Target,
} from '../../engine/index.ts';
import { indicatorOf, targetResultOf } from './targetFigures.ts';

export function questionedFor(plan: Plan, result: RunResult | null, target: Target): QuestionedActual[] {
  if (!target.indicator) return [];
  const tr = targetResultOf(result, target.id);
  return questionedBehind(
    result?.questioned ?? [],
    { indicator: target.indicator, year: target.year },
    {
      baseYear: plan.meta.baseYear,
      settled: tr !== undefined && settledIn(tr) !== null,
      // The year the verdict reads (the run's latest observation), as the evaluation table marks it.
      ...(tr ? { latest: tr.latest?.year ?? null } : {}),
      summed: sumsItsYears(target.kind, indicatorOf(plan, target.indicator)?.dynamics.kind),
    },
  );
}
