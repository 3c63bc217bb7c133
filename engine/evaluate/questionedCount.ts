// How many verdicts rest on an entered figure that looks mistyped (a target's `questioned`): they stay in the
// summary's counts, as a questioned value is never refused, and this number is said beside them.
import type { Evaluation } from './evaluateTargets.ts';

export function questionedCount(ev: Pick<Evaluation, 'targets'>): number {
  return ev.targets.filter((t) => (t.questioned?.length ?? 0) > 0).length;
}
