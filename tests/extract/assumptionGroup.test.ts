// The levers panel names a generated plan's assumptions' group in the page's language: the English page had
// read "Growth and parameter assumptions · 默认假设" (a tester).
import { describe, expect, it } from 'vitest';
import { bilingual } from '../../notebook/i18n/bilingual.ts';
import { planFromText } from './planFromText.ts';

describe('a generated plan’s assumptions group', () => {
  it('reads in either language', () => {
    const plan = planFromText('到2025年，全区地区生产总值达到850亿元（2020年为612亿元）。', 2025);
    const groups = new Set(plan.parameters.map((p) => p.group));
    expect(groups.size).toBe(1);
    const [group] = groups;
    expect(bilingual(group!, 'zh')).toBe('默认假设');
    expect(bilingual(group!, 'en')).toBe('Default assumptions');
  });
});
