// A base a planner typed for an indicator the plan gives none for (录入基期 on the page), checked as a pasted
// actual is (checkValue), against what the plan gives for it: refused or questioned in the same words, in
// both languages, naming the indicator as the page names it.
import type { Plan } from '../plan/planSchema.ts';
import type { ActualsIssue } from './actualsIssue.ts';
import { checkValue } from './checkValue.ts';
import { at, IssueSink } from './issueSink.ts';
import { indicatorFacts } from './readObservation.ts';

/** `value` in the indicator's own unit (a share as a fraction); `raw`, as typed, quoted in a message. */
export function checkEnteredBase(
  plan: Plan,
  id: string,
  value: number,
  raw = String(value),
): { kept: boolean; issues: ActualsIssue[] } {
  const names = new Map(plan.indicators.map((i) => [i.id, i.name]));
  const sink = new IssueSink((i) => names.get(i));
  const kept = checkValue(value, raw, id, indicatorFacts(plan), at(null, null, raw), sink, true);
  return { kept, issues: sink.sorted() };
}
