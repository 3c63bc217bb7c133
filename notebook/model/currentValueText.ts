// Goal-seek says the value the current scenario gives the variable it searched, beside its answer. A director's
// first question is where that value comes from: "当前情景取值 5%/年" had not said that the 5% was the plan's
// default assumption, not a figure the planner set or a statistic. Said with its kind of source.
import type { Plan } from '../../engine/index.ts';
import type { Translate } from '../i18n/t.ts';
import type { Working } from '../state/scenarioOps.ts';

/** "当前情景取值 {value}", with whether the scenario set it or which kind of default it is. */
export function currentValueText(
  plan: Pick<Plan, 'parameters'>,
  scenario: Pick<Working, 'levers' | 'parameters'>,
  kind: 'lever' | 'parameter',
  id: string,
  value: string,
  t: Translate,
): string {
  if (kind === 'lever')
    return scenario.levers?.[id] !== undefined
      ? t('gs.currentSet', { value })
      : t('gs.currentLeverOff', { value });
  if (scenario.parameters?.[id] !== undefined) return t('gs.currentSet', { value });
  const source = plan.parameters.find((p) => p.id === id)?.provenance.kind;
  return source ? t('gs.currentDefault', { value, source: t(`prov.${source}`) }) : t('gs.current', { value });
}
