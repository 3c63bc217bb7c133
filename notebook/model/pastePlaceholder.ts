// The paste box's example: a header of the years after the plan's base year and one row naming an indicator
// of the plan loaded, its cells "…": a figure beside a real indicator's name would read as data.
import type { Plan } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { exampleIndicators } from './exampleIndicators.ts';

export function pastePlaceholder(plan: Plan, lang: Lang): string {
  const { baseYear, targetYear } = plan.meta;
  const years: number[] = [];
  for (let y = baseYear + 1; y <= Math.min(baseYear + 3, targetYear); y++) years.push(y);
  const ind = exampleIndicators(plan, 1)[0];
  // In English the id, which a paste reads as it reads a name: a plan of the planner's may have no English names.
  const name = ind ? (lang === 'zh' ? ind.name.zh : ind.id) : lang === 'zh' ? '指标名称' : 'indicator_id';
  return `${lang === 'zh' ? '指标' : 'indicator'}\t${years.join('\t')}\n${name}\t${years.map(() => '…').join('\t')}`;
}
