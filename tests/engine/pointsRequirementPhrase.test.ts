// What the page and report say a share's rise in points needs once its base is known: points, added, never
// a compound growth ((x0 + Δ) / x0)^(1/n) − 1 (two unused helpers had reckoned that, and were removed).
import { describe, expect, it } from 'vitest';
import { translator } from '../../notebook/i18n/t.ts';
import * as phrase from '../../notebook/model/requiredGrowthPhrase.ts';
import { planFromText } from '../extract/planFromText.ts';

describe('the required growth of a target with a base to be entered', () => {
  it('says a share’s rise in points as points, not as a growth rate', () => {
    const plan = planFromText('二、主要目标\n到2025年，常住人口城镇化率提高4个百分点。', 2025);
    const target = plan.targets[0]!;
    expect(target.kind).toBe('increase');
    const said = phrase.requiredGrowthPhrase(plan, target, 'zh', translator('zh'));
    expect(said).toContain('个百分点');
    expect(said).not.toContain('^(1/');
  });
});
