// 常住人口城镇化率：提高3个百分点 waiting for its base had read "需年均增长 ((基期 + 3%) ÷ 基期)^(1/5) − 1": a change
// in points is additive, 3 points over 5 years (0.6 a year) whatever the base, and "基期 + 3%" reads as a relative 3%.
import { describe, expect, it } from 'vitest';
import { translator } from '../../notebook/i18n/t.ts';
import { requiredGrowthPhrase } from '../../notebook/model/requiredGrowthPhrase.ts';
import { planFromTable } from '../extract/planFromTable.ts';
import { planFromText } from '../extract/planFromText.ts';

describe('a change in percentage points waiting for its base', () => {
  const plan = planFromText('到2025年，常住人口城镇化率提高3个百分点。', 2025);
  const target = plan.targets[0]!;

  it('needs the points over the period and their yearly mean, in either language', () => {
    expect(requiredGrowthPhrase(plan, target, 'zh', translator('zh'))).toBe(
      '需 5 年内提高 3 个百分点（年均 0.6 个百分点）',
    );
    expect(requiredGrowthPhrase(plan, target, 'en', translator('en'))).toBe(
      'Needs a rise of 3 pp within 5 years (0.6 pp a year)',
    );
  });

  it('says a fall in points as one', () => {
    const fall = planFromTable(
      ['指标,单位,基期年,基期值,目标年,目标值,类型', '城镇调查失业率,个百分点,2020,,2025,-0.5,提高百分点'],
      2025,
    );
    const t = fall.targets[0]!;
    expect(requiredGrowthPhrase(fall, t, 'zh', translator('zh'))).toBe(
      '需 5 年内下降 0.5 个百分点（年均 0.1 个百分点）',
    );
    expect(requiredGrowthPhrase(fall, t, 'en', translator('en'))).toBe(
      'Needs a fall of 0.5 pp within 5 years (0.1 pp a year)',
    );
  });
});
