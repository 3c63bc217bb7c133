// What an indicator's forecast assumes for the years after its latest actual: the parameter its dynamics read
// first (a growth's rate, a yearly count's mean), as the scenario resolved it. A verdict that follows the
// forecast over the pace so far names it, so the planner sees which assumption — the plan's, theirs or an
// import's default — the verdict rests on, and can change it. A running total (累计, 新增城镇就业 summed since
// 2021) is forecast by its flow: the flow's is named (it had named nothing). Where the observed history took the
// parameter's place (historyRates, flowHistory), it is no assumption but a figure reckoned from the actuals, of
// the years it spans, and is said as one: a trend of 7.99% a year had read "按假设… 8%", the plan's own target.
import { formulaNames } from '../plan/formulaNames.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { Uncertain } from '../plan/uncertainSchema.ts';
import type { RunSetup } from '../run/resolveScenario.ts';

export interface ForecastAssumption {
  id: string;
  name: Plan['parameters'][number]['name'];
  /** The parameter's unit: %/年 for a rate, 家/年 for a yearly count. */
  unit: string;
  value: Uncertain;
  /** Levers move it besides its value in the years they act. */
  levers: boolean;
  /** Reckoned from the actuals of these years rather than assumed: a growth (of a level or a share's odds) or a mean. */
  observed?: { from: number; to: number; reading: 'growth' | 'odds' | 'mean' };
}

const WORD = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function forecastAssumption(
  plan: Plan,
  setup: RunSetup,
  indicatorId: string,
): ForecastAssumption | null {
  let ind = plan.indicators.find((i) => i.id === indicatorId);
  // A running sum of one flow indicator is forecast by that flow.
  if (ind?.dynamics.kind === 'cumulative') {
    const flow = ind.dynamics.flow.trim();
    ind = WORD.test(flow) ? plan.indicators.find((i) => i.id === flow) : undefined;
  }
  if (!ind) return null;
  // A yearly count's mean is named only when it is one parameter (listing_pace), not a product (pace × 执行比例).
  const ids =
    ind.dynamics.kind === 'growth'
      ? formulaNames(ind.dynamics.rate)
      : ind.dynamics.kind === 'count' && WORD.test(ind.dynamics.mean.trim())
        ? [ind.dynamics.mean.trim()]
        : [];
  for (const name of ids) {
    const param = plan.parameters.find((p) => p.id === name);
    const resolved = setup.parameters.find((p) => p.id === name);
    if (!param || !resolved) continue;
    const rate = setup.historyRates.find((h) => h.parameter === name);
    const mean = setup.flowHistory.find((f) => f.parameter === name);
    const observed =
      rate && rate.reading !== 'entry'
        ? { from: rate.from, to: rate.to, reading: rate.reading }
        : mean
          ? { from: mean.from, to: mean.to, reading: 'mean' as const }
          : undefined;
    return {
      id: name,
      name: param.name,
      unit: param.unit,
      value: resolved.value,
      levers: resolved.modifiers.length > 0,
      ...(observed ? { observed } : {}),
    };
  }
  return null;
}
