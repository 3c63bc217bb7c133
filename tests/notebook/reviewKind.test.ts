// The import review's 类型 offers 累计 for a total over the period: shown for a row the table read as one, and
// set or cleared with the kind (choosing 总量 had left the total flag on the row).
import { describe, expect, it } from 'vitest';
import type { GenerateTarget } from '../../engine/index.ts';
import { reviewKindOf, setReviewKind } from '../../notebook/model/reviewKind.ts';

describe('the review’s 类型 of a total over the period', () => {
  it('shows a total as 累计, a plain increase as 新增', () => {
    expect(reviewKindOf({ kind: 'increase', total: true })).toBe('total');
    expect(reviewKindOf({ kind: 'increase' })).toBe('increase');
    expect(reviewKindOf({ kind: 'level', total: true })).toBe('level');
  });

  it('sets the total with 累计 and clears it with any other kind', () => {
    const row: Pick<GenerateTarget, 'kind' | 'total'> = { kind: 'increase' };
    setReviewKind(row, 'total');
    expect(row).toEqual({ kind: 'increase', total: true });
    setReviewKind(row, 'increase');
    expect(row).toEqual({ kind: 'increase' });
    setReviewKind(row, 'total');
    setReviewKind(row, 'level');
    expect(row).toEqual({ kind: 'level' });
  });
});
