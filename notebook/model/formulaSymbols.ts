// The names behind a dynamics formula's ids, so "g_retail - post_plan_adjust" can be read by a planner:
// parameters with their value in the current scenario, indicators with their name.
import { formulaNames, type HistoryRate, historyRateBasis, type Plan } from '../../engine/index.ts';
import { formatUncertain } from '../format/formatUncertain.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { t } from '../i18n/t.ts';
import { parameterValue, type Working } from '../state/scenarioOps.ts';

const HISTORY_NOTE = {
  growth: 'detail.historyRate',
  odds: 'detail.historyRate.odds',
  entry: 'detail.historyRate.entry',
} as const;

/** `history`: the run's defaults that observed growth replaced (historyRates): shown as used, and said so. */
export function formulaSymbols(
  plan: Plan,
  scenario: Working,
  formula: string,
  lang: Lang,
  history: readonly HistoryRate[] = [],
): string {
  const ids = [...new Set(formulaNames(formula))];
  const colon = lang === 'zh' ? '：' : ': ';
  const parts: string[] = [];
  for (const id of ids) {
    const p = plan.parameters.find((x) => x.id === id);
    if (p) {
      const v = parameterValue(plan, scenario, id);
      const h = history.find((x) => x.parameter === id);
      const shown = h
        ? `${formatUncertain(h.rate, h.replaced.sd, p.unit, lang)}${t(lang, HISTORY_NOTE[h.reading], {
            from: h.from,
            to: h.to,
            basis: historyRateBasis(h),
            replaced: formatUncertain(h.replaced.mean, h.replaced.sd, p.unit, lang),
          })}`
        : formatUncertain(v.mean, v.sd, p.unit, lang);
      parts.push(`${id}${colon}${pick(p.name, lang)} ${shown}`);
      continue;
    }
    const i = plan.indicators.find((x) => x.id === id);
    if (i) parts.push(`${id}${colon}${pick(i.name, lang)}`);
  }
  return parts.join(lang === 'zh' ? '；' : '; ');
}
