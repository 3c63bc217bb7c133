// An evaluation that reaches the plan's target year is a final one (终期评估), not a mid-term one: the period
// is over and its targets are judged on what happened. The reports title themselves by it.
import type { Evaluation } from './evaluateTargets.ts';

export function isFinalEvaluation(ev: Pick<Evaluation, 'plan' | 'summary'>): boolean {
  return ev.summary.asOf !== null && ev.summary.asOf >= ev.plan.targetYear;
}
