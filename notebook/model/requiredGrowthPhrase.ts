// What a 基期待补 target needs, as a function of the base the planner has not entered yet: the yearly
// growth from that base to the target, written out ("(607 ÷ 基期)^(1/5) − 1").
import type { Plan, Target } from '../../engine/index.ts';
import { formatRate, formatValue, isPercentUnit } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Translate } from '../i18n/t.ts';
import { indicatorOf } from './targetFigures.ts';

export function requiredGrowthPhrase(plan: Plan, target: Target, lang: Lang, t: Translate): string {
  if (target.value === undefined || target.kind === 'qualitative') return '';
  const years = target.year - plan.meta.baseYear;
  // A growth target needs its own rate whatever the base: said as a requirement, never bare in the median
  // column, where "+18.5%" read as a forecast that exactly meets the target.
  if (target.kind === 'growth') {
    const rate = Array.isArray(target.value) ? target.value[0] : target.value;
    if (target.statedAs === 'change')
      return t('feas.requiredChange', { rate: formatRate(rate * years, lang), years });
    // A rate the plan reckons as its period's total ÷ the years (工商户数年均增长18.5% = 92.5% ÷ 5) needs less
    // a year compounded (14.0%): "+18.5%（即目标本身）" had asked 4.5 points a year more than the tool's own
    // reading, its plan check and its 按规划速度 scenario.
    if (target.rateReading === 'arithmetic')
      return t('feas.requiredRate.arithmetic', {
        compound: formatRate((1 + rate * years) ** (1 / years) - 1, lang, 2),
        total: formatRate(rate * years, lang),
        rate: formatRate(rate, lang, 2),
        years,
      });
    return t('feas.requiredRate', { rate: formatRate(rate, lang) });
  }
  const unit = target.unit ?? indicatorOf(plan, target.indicator)?.unit ?? '';
  const low = Array.isArray(target.value) ? target.value[0] : target.value;
  // The plan's own figure, with its decimals (每千人口托位数 4.5 个, not 5).
  const x = formatValue(low, unit, lang, true);
  // A yearly quota grows nothing: it is met year by year (冯工: "(1.2万人 ÷ 基期)^(1/5) − 1" beside 年均1.2万人).
  if (target.kind === 'quota') return t('feas.quotaEachYear', { target: x.replace(/\/(年|yr)$/, '') });
  // A total over the period of a yearly flow (全社会固定资产投资 [2600]) is a sum of years, not the rise of a
  // stock: "((基期 + 2,600) ÷ 基期)^(1/5) − 1" had asked 45% a year of it. Said as the sum and its yearly mean.
  if (target.kind === 'increase' && indicatorOf(plan, target.indicator)?.dynamics.kind === 'cumulative')
    return t('feas.periodTotal', { target: x, years, perYear: formatValue(low / years, unit, lang, true) });
  // A change in points (提高3个百分点, stored as an increase of a share) is additive: the points over the period and
  // their yearly mean, whatever the base. "((基期 + 3%) ÷ 基期)^(1/5) − 1" had read as a relative 3% and a growth.
  if (target.kind === 'increase' && isPercentUnit(unit))
    return t(low < 0 ? 'feas.requiredPointsFall' : 'feas.requiredPoints', {
      points: formatValue(Math.abs(low), '百分点', lang, true),
      perYear: formatValue(Math.abs(low) / years, '百分点', lang),
      years,
    });
  // A share moves in points, not by growing: 失业率 ≤ 5.5% had read "年均增速不高于 (5.5% ÷ 基期)^(1/5) − 1" (a tester).
  if (target.kind === 'share')
    return t(target.comparator === '<=' ? 'feas.requiredShareAtMost' : 'feas.requiredShare', {
      target: x,
      years,
    });
  const baseWord = lang === 'zh' ? '基期' : 'base';
  const figure = target.kind === 'increase' ? `(${baseWord} + ${x})` : x;
  // A ceiling (≤ 30 微克/立方米, 失业率 ≤ 5.5%) is kept by growing no faster than that, not by growing.
  return t(target.comparator === '<=' ? 'feas.requiredGrowthAtMost' : 'feas.requiredGrowth', {
    target: figure,
    years,
  });
}
