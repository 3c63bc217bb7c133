// A formula of the plan loaded, for the 自定义指标 form's example and its intro: the ratio of two of its
// indicators, by id (the Yaohai plan's pillar_output / market_entities had been shown on every plan).
import type { Plan } from '../../engine/index.ts';
import { exampleIndicators } from './exampleIndicators.ts';

export function formulaExample(plan: Plan): string {
  const [a, b] = exampleIndicators(plan, 2);
  if (!a) return 'a / b';
  return b ? `${a.id} / ${b.id}` : `${a.id} / 2`;
}
