// Per target: the share of paths that meet it, whether the deterministic path does, and in which year
// paths first meet it.
import type { Plan } from '../plan/planSchema.ts';
import type { TargetResult } from '../runTypes.ts';
import type { Simulation } from './simulate.ts';
import { isMet, measureAt, type TargetSpec } from './targetMeasure.ts';

export function targetStats(
  plan: Plan,
  slotOf: ReadonlyMap<string, number>,
  mc: Simulation | null,
  det: Simulation,
): TargetResult[] {
  const results: TargetResult[] = [];
  const years = det.years;
  const baseYear = years[0]!;
  for (const t of plan.targets) {
    if (
      t.kind === 'qualitative' ||
      t.indicator === undefined ||
      t.value === undefined ||
      t.comparator === undefined
    )
      continue;
    const spec: TargetSpec = {
      kind: t.kind,
      comparator: t.comparator,
      value: t.value,
      tolerance: t.tolerance,
    };
    const slot = slotOf.get(t.indicator)!;
    const y = t.year - baseYear;
    const inRange = y >= 1 && y < years.length;
    const deterministicValue = inRange ? measureAt(spec.kind, det.values[slot]!, 1, 0, y) : Number.NaN;
    let pMet: number | null = null;
    let firstYearMet: Float64Array | null = null;
    if (mc && mc.n > 0 && inRange) {
      const values = mc.values[slot]!;
      const n = mc.n;
      let met = 0;
      for (let i = 0; i < n; i++) if (isMet(spec, measureAt(spec.kind, values, n, i, y))) met++;
      pMet = met / n;
      if (spec.kind !== 'quota') {
        firstYearMet = new Float64Array(years.length);
        for (let i = 0; i < n; i++) {
          for (let k = 1; k < years.length; k++) {
            if (isMet(spec, measureAt(spec.kind, values, n, i, k))) {
              firstYearMet[k]! += 1 / n;
              break;
            }
          }
        }
      }
    }
    results.push({
      id: t.id,
      indicator: t.indicator,
      kind: t.kind,
      year: t.year,
      value: t.value,
      comparator: t.comparator,
      pMet,
      deterministicMet: inRange && isMet(spec, deterministicValue),
      deterministicValue,
      firstYearMet,
    });
  }
  return results;
}
