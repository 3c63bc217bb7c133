// The 类型 a row of the import review shows and sets: the draft's kind, or 累计 for an increase that is a sum of
// yearly figures (the draft's `total`: 实际利用外资五年累计15亿美元). Without that choice a total read 新增 like a
// rise of a stock, and choosing another kind left the total flag behind it.
import type { GenerateTarget } from '../../engine/index.ts';

type Row = Pick<GenerateTarget, 'kind' | 'total'>;
export type ReviewKind = GenerateTarget['kind'] | 'total';

export function reviewKindOf(t: Row): ReviewKind {
  return t.total && t.kind === 'increase' ? 'total' : t.kind;
}

/** Sets the row's kind as chosen (in place, as the review edits its rows). */
export function setReviewKind(t: Row, kind: ReviewKind): void {
  t.kind = kind === 'total' ? 'increase' : kind;
  if (kind === 'total') t.total = true;
  else delete t.total;
}
