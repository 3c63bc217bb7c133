// The fiscal cost of the scenario's levers over the plan period, under the levers' heading.

import type { App } from '../app.ts';
import type { RunState } from '../client/runController.ts';
import { totalCostText } from '../format/totalCostText.ts';
import type { Lang } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';

export function costLine(app: App, lang: Lang, s: RunState): HTMLElement | null {
  const t = translator(lang);
  const cost = s.result?.cost;
  if (!cost || app.plan.levers.length === 0) return null;
  const el = document.createElement('div');
  el.dataset.tip = `${t('prov.derived')}${t('common.colon')}Σ ${lang === 'zh' ? '强度 × 每单位年成本 × 实施年数' : 'intensity × annual cost per unit × years applied'}`;
  el.tabIndex = 0;
  el.textContent = t('levers.totalCost', { cost: totalCostText(cost.total, cost.unit, lang) });
  return el;
}
