// The scenario comparison names its columns and legend by scenario: two of one name (the current scenario still
// called after the saved one it came from) had read alike over different numbers.
import { describe, expect, it } from 'vitest';
import { distinctNames } from '../../notebook/state/comparisonRuns.ts';

describe('distinctNames', () => {
  it('numbers a repeated name from its second use, in the page language', () => {
    expect(distinctNames(['按规划增速', '下行', '按规划增速'], 'zh')).toEqual([
      '按规划增速',
      '下行',
      '按规划增速（2）',
    ]);
    expect(distinctNames(['Plan pace', 'Plan pace', 'Plan pace'], 'en')).toEqual([
      'Plan pace',
      'Plan pace (2)',
      'Plan pace (3)',
    ]);
    expect(distinctNames(['a', 'b'], 'zh')).toEqual(['a', 'b']);
  });
});
