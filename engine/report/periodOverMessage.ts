// A final evaluation whose data stop short of the target year: the period is over, but its last year's
// verdicts still rest on a forecast from the latest data. Said beside 实际数据截至, so a 终期评估 title is not
// read as a judgement on figures that are not in yet.
import type { Evaluation } from '../evaluate/evaluateTargets.ts';
import { isFinalEvaluation } from '../evaluate/isFinalEvaluation.ts';
import { type Message, msg } from './messages/message.ts';

export function periodOverMessage(
  ev: Pick<Evaluation, 'plan' | 'summary'>,
  thisYear?: number,
): Message | null {
  const asOf = ev.summary.asOf;
  // Evaluated as of a chosen year, the later figures are left out on purpose, not missing.
  if (ev.summary.chosenAsOf != null) return null;
  if (asOf === null || asOf >= ev.plan.targetYear || !isFinalEvaluation(ev, thisYear)) return null;
  return msg('eval.asOf.periodOver', { target: ev.plan.targetYear, asOf });
}
