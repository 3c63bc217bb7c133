// A yearly count's assumed pace gives way to the counts entered for it, as a default growth gives way to the
// observed growth (historyRates.ts). 高新技术企业年新认定数 entered as 32, 28 and 35 for 2021–2023 had stayed on
// its assumed 45 ± 10 a year for 2024–2025 while 进出口 and 专利 took their entered rates, and 培育150家 read 95%
// 依据数据 on 45 a year no figure gave (tester F). The entered mean replaces the assumption's mean; its spread is
// the entered values' own, but never less than the assumption's: three years are too few to narrow it, and the
// floor is that assumption, said as one. Like a rate, two entered years at least: one year is no pace.
import { dynamicsFormulas } from '../plan/checkPlanReferences.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { Scenario } from '../plan/scenarioSchema.ts';
import type { Uncertain } from '../plan/uncertainSchema.ts';
import { HISTORY_YEARS, wordOf } from './historyRates.ts';

export interface FlowHistory {
  parameter: string;
  /** The count flow observed. */
  indicator: string;
  /** The first and the last year entered, and how many years between them were (questioned ones left out). */
  from: number;
  to: number;
  years: number;
  /** The mean of the entered counts: the parameter's new mean. */
  mean: number;
  /** The entered counts' sample standard deviation. */
  observedSd: number;
  /** The spread used: the larger of `observedSd` and the replaced assumption's. */
  sd: number;
  /** The assumption it replaced. */
  replaced: Uncertain;
}

/**
 * The count flows whose yearly mean is one parameter of the plan, driving nothing else and not set by the
 * scenario, with `actuals` (indicator id → year index → value, 0 the base year) for HISTORY_YEARS years or
 * more: the entered mean and spread to use in that parameter's place.
 */
export function flowHistory(
  plan: Plan,
  scenario: Scenario | null,
  years: readonly number[],
  actuals: ReadonlyMap<string, ReadonlyMap<number, number>>,
  questioned: readonly { indicator: string; year: number }[] = [],
): FlowHistory[] {
  const out: FlowHistory[] = [];
  if (actuals.size === 0) return out;
  for (const ind of plan.indicators) {
    if (ind.dynamics.kind !== 'count') continue;
    const id = ind.dynamics.mean.trim();
    const p = plan.parameters.find((x) => x.id === id);
    if (!p || scenario?.parameters?.[id] !== undefined) continue;
    const seen = actuals.get(ind.id);
    if (!seen) continue;
    // A parameter shared with another indicator is not this flow's alone to re-estimate.
    const word = wordOf(id);
    const users = plan.indicators.filter((i) =>
      Object.values(dynamicsFormulas(i.dynamics)).some((f) => word.test(f)),
    );
    if (users.length !== 1) continue;
    const asked = new Set(questioned.filter((q) => q.indicator === ind.id).map((q) => q.year));
    const entered = [...seen]
      .filter(([k, v]) => Number.isFinite(v) && !asked.has(years[k]!))
      .sort(([a], [b]) => a - b);
    if (entered.length < HISTORY_YEARS) continue;
    const values = entered.map(([, v]) => v);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const observedSd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
    const replaced = p.value as Uncertain;
    out.push({
      parameter: id,
      indicator: ind.id,
      from: years[entered[0]![0]]!,
      to: years[entered.at(-1)![0]]!,
      years: values.length,
      mean,
      observedSd,
      sd: Math.max(observedSd, replaced.sd),
      replaced,
    });
  }
  return out;
}
