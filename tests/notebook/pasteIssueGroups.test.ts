import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { pasteIssueGroups } from '../../notebook/model/pasteIssueGroups.ts';
import { yaohaiWithStatistics } from '../engine/planFixtures.ts';

describe('pasteIssueGroups', () => {
  it('lists an entered value used over a published one as read, not as passed over', () => {
    // 高新技术企业数 2023 is published as 173; the repeated row is passed over.
    const parsed = parseActuals(
      '指标\t2023\n高新技术企业数\t166\n高新技术企业数\t166\n',
      yaohaiWithStatistics(),
    );
    const groups = pasteIssueGroups(parsed.issues);
    expect(groups.replaced.map((i) => i.code)).toEqual(['enteredOverPublished']);
    expect(groups.passedOver.map((i) => i.code)).toEqual(['repeatedSame']);
    expect(groups.refused).toEqual([]);
    expect(groups.questioned).toEqual([]);
  });
});
