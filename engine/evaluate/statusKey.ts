// A row's status for counting, filtering and labelling: its progress status, or why it has none — observed
// but with no base to measure progress from (no-base), or not observed at all (no-data).
import type { EvaluationStatus } from './classifyStatus.ts';

export type StatusCountKey = EvaluationStatus | 'no-base' | 'no-data';

export function statusKey(t: {
  status: EvaluationStatus | null;
  latest: { year: number; value: number } | null;
  base: number | null;
}): StatusCountKey {
  if (t.status !== null) return t.status;
  return t.latest !== null && t.base === null ? 'no-base' : 'no-data';
}
