// The names behind a dynamics formula's ids, so "g_retail - post_plan_adjust" can be read by a planner:
// parameters with their value in the current scenario, indicators with their name.
import type { Plan } from '../../engine/index.ts';
import { formatUncertain } from '../format/formatUncertain.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { parameterValue, type Working } from '../state/scenarioOps.ts';

export function formulaSymbols(plan: Plan, scenario: Working, formula: string, lang: Lang): string {
  const ids = [...new Set(formula.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [])];
  const colon = lang === 'zh' ? '：' : ': ';
  const parts: string[] = [];
  for (const id of ids) {
    const p = plan.parameters.find((x) => x.id === id);
    if (p) {
      const v = parameterValue(plan, scenario, id);
      parts.push(`${id}${colon}${pick(p.name, lang)} ${formatUncertain(v.mean, v.sd, p.unit, lang)}`);
      continue;
    }
    const i = plan.indicators.find((x) => x.id === id);
    if (i) parts.push(`${id}${colon}${pick(i.name, lang)}`);
  }
  return parts.join(lang === 'zh' ? '；' : '; ');
}
