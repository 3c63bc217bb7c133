// A tester: the dashboard's 新增各类市场主体约10万户 asked for a base with no word of the published 18.6万户.
import { describe, expect, it } from 'vitest';
import { otherReadingNote } from '../../notebook/format/otherReadingNote.ts';
import { translator } from '../../notebook/i18n/t.ts';
import { yaohaiPlan, yaohaiWithStatistics } from '../engine/planFixtures.ts';

describe('otherReadingNote', () => {
  const target = (id: string) => yaohaiPlan().targets.find((t) => t.id === id)!;

  it('says the published figure on another reading under the target it reads, and nothing elsewhere', () => {
    const plan = yaohaiWithStatistics();
    const zh = otherReadingNote(plan, target('market_entities_new'), 'zh', translator('zh'));
    expect(zh).toContain('另有公布数（另一读法，未用于判断）');
    expect(zh).toContain('2025年 18.6 万户');
    expect(zh).toContain('规划校核');
    expect(otherReadingNote(plan, target('market_entities_new'), 'en', translator('en'))).toContain(
      '186,000',
    );
    expect(otherReadingNote(plan, target('enterprises_new'), 'zh', translator('zh'))).toBe('');
    // The plan alone carries no statistics, so nothing to say.
    expect(otherReadingNote(yaohaiPlan(), target('market_entities_new'), 'zh', translator('zh'))).toBe('');
  });
});

// A tester: 市场主体突破23万户 (a floor, pinned to nothing) showed only in the report's reading note; the row of
// 新增各类市场主体约10万户 read 无数据 with no word of it.
describe('otherReadingNote of a published floor', () => {
  const target = (id: string) => yaohaiPlan().targets.find((t) => t.id === id)!;
  it('says the floor under the targets of its indicator, with the phrase as printed', () => {
    const zh = otherReadingNote(
      yaohaiWithStatistics(),
      target('market_entities_new'),
      'zh',
      translator('zh'),
    );
    expect(zh).toContain('另有公布数（下限，未用于判断）：');
    expect(zh).toContain('2025年超过 23 万户（原文“市场主体突破23万户”）');
    expect(
      otherReadingNote(yaohaiWithStatistics(), target('market_entities_new'), 'en', translator('en')),
    ).toContain('more than 230,000');
    expect(
      otherReadingNote(yaohaiWithStatistics(), target('enterprises_new'), 'zh', translator('zh')),
    ).not.toContain('下限');
  });
});
