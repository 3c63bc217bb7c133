// The yearly pace a plan sets for a flow: the largest yearly quota on the indicator (每年筛选5家以上 and 每年筛选8
// 家以上 → 8 a year), or a total over the period spread over its years (五年累计1500亿元 → 300 a year). The scale an
// entered year of the flow is read against (outlyingFlows); the most generous reading, so a plan's higher quota
// never makes a year look out of line.
import type { Plan } from '../plan/planSchema.ts';
import { convertUnit } from '../units/unitFactor.ts';

/** Indicator id → its yearly pace in the indicator's unit, for the flows the plan sets one for. */
export function flowPaces(plan: Plan): Map<string, number> {
  const units = new Map(plan.indicators.map((i) => [i.id, i.unit]));
  const paces = new Map<string, number>();
  const keep = (id: string, pace: number | null) => {
    if (pace !== null && pace > 0 && pace > (paces.get(id) ?? 0)) paces.set(id, pace);
  };
  // A figure in the target's unit, in the indicator's (家/年 and 家 are the same for a year's value).
  const inUnit = (v: number, from: string | undefined, id: string) =>
    from === undefined ? v : convertUnit(v, from, units.get(id) ?? from);
  for (const t of plan.targets) {
    if (!t.indicator || t.value === undefined) continue;
    const upper = Array.isArray(t.value) ? t.value[1]! : t.value;
    if (t.kind === 'quota') keep(t.indicator, inUnit(upper, t.unit, t.indicator));
    if (t.kind !== 'increase') continue;
    const d = plan.indicators.find((i) => i.id === t.indicator)?.dynamics;
    const years = t.year - plan.meta.baseYear;
    if (d?.kind !== 'cumulative' || !/^\w+$/.test(d.flow.trim()) || years <= 0) continue;
    const flow = d.flow.trim();
    const total = inUnit(upper, t.unit ?? units.get(t.indicator), flow);
    keep(flow, total === null ? null : total / years);
  }
  return paces;
}
