// The growth a target needs once its base is known was reckoned by two helpers no shipped code called, both
// compounding an increase ((x0 + Δ) / x0)^(1/n) − 1 — wrong for a share's rise in points, which is added. They
// are gone; what the page and report say of a points target is the phrase in points.
import { describe, expect, it } from 'vitest';
import * as engine from '../../engine/index.ts';
import { translator } from '../../notebook/i18n/t.ts';
import * as phrase from '../../notebook/model/requiredGrowthPhrase.ts';
import { planFromText } from '../extract/planFromText.ts';

describe('the required growth of a target with a base to be entered', () => {
  it('has no compounding helper left to apply to points', () => {
    expect(Object.keys(engine)).not.toContain('requiredGrowthAt');
    expect(Object.keys(phrase)).not.toContain('requiredGrowthFrom');
  });

  it('says a share’s rise in points as points, not as a growth rate', () => {
    const plan = planFromText('二、主要目标\n到2025年，常住人口城镇化率提高4个百分点。', 2025);
    const target = plan.targets[0]!;
    expect(target.kind).toBe('increase');
    const said = phrase.requiredGrowthPhrase(plan, target, 'zh', translator('zh'));
    expect(said).toContain('个百分点');
    expect(said).not.toContain('^(1/');
  });
});
