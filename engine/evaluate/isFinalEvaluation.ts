// An evaluation is a final one (终期评估), not a mid-term one, once its data reach the plan's target year, or
// once the reader's year is past it: the period is over, and a December 2026 report on a 2021–2025 plan with
// figures to 2024 had been titled 中期评估 (孙科长). Such a report says which of its verdicts are still
// forecasts (periodOverMessage). The reports title themselves by it.
import type { Evaluation } from './evaluateTargets.ts';

/** `thisYear`: the reader's calendar year (the page's clock, the CLI's); left out, the data alone decide. */
export function isFinalEvaluation(ev: Pick<Evaluation, 'plan' | 'summary'>, thisYear?: number): boolean {
  if (ev.summary.asOf === null) return false;
  // A review as of a chosen year is what was known then: 评估截至 2023 on a 2021–2025 plan is a mid-term one,
  // whatever the reader's clock (it had been titled 终期评估报告 in 2026, a tester).
  if (ev.summary.chosenAsOf != null) return ev.summary.chosenAsOf >= ev.plan.targetYear;
  return ev.summary.asOf >= ev.plan.targetYear || (thisYear !== undefined && thisYear > ev.plan.targetYear);
}
