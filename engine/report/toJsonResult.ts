// A run result as plain JSON (the CLI's --format json): typed arrays become number arrays, NaN becomes null.
import { QUANTILE_KEYS, type RunResult } from '../run/runTypes.ts';

const list = (a: Float64Array): (number | null)[] => Array.from(a, (v) => (Number.isFinite(v) ? v : null));

export function toJsonResult(r: RunResult) {
  return {
    plan: r.planId,
    years: r.years,
    paths: r.paths,
    seed: r.seed,
    /** Why a number below may be null: every non-finite value is named here with its cause. */
    warnings: r.warnings,
    indicators: Object.fromEntries(
      Object.entries(r.indicators).map(([id, ind]) => [
        id,
        {
          unit: ind.unit,
          deterministic: list(ind.deterministic),
          quantiles: Object.fromEntries(QUANTILE_KEYS.map((k) => [k, list(ind.quantiles[k])])),
          mean: list(ind.mean),
          count: ind.count,
        },
      ]),
    ),
    targets: r.targets.map((t) => ({
      id: t.id,
      indicator: t.indicator,
      kind: t.kind,
      year: t.year,
      value: t.value,
      comparator: t.comparator,
      pMet: t.pMet,
      deterministicMet: t.deterministicMet,
      deterministicValue: Number.isFinite(t.deterministicValue) ? t.deterministicValue : null,
      firstYearMet: t.firstYearMet
        ? Object.fromEntries(r.years.map((y, k) => [y, t.firstYearMet![k]]))
        : null,
      baseSource: t.baseSource,
      verdictBasis: t.verdictBasis,
      verdict: t.verdict,
      aspirational: t.aspirational,
      nature: t.nature,
      requiredGrowth: t.requiredGrowth,
      needs: t.needs,
      latest: t.latest,
      milestone: t.milestone
        ? {
            pAchievedBy: Object.fromEntries(r.years.map((y, k) => [y, t.milestone!.pAchievedBy[k]])),
            evenChanceYear: t.milestone.evenChanceYear,
          }
        : null,
      quota: t.quota,
    })),
    summary: r.summary,
    reanchored: r.reanchored,
    actualIssues: r.actualIssues,
    bridges: r.bridges,
    historyRates: r.historyRates,
    ...(r.shortHistory ? { shortHistory: r.shortHistory } : {}),
    ...(r.flowHistory ? { flowHistory: r.flowHistory } : {}),
    cost: r.cost,
  };
}
