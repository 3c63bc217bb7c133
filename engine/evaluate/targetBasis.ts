// A target's base source and verdict basis read from the plan alone (for `plan --format json`, which does
// not simulate): the same rules as a run's (assessTargets), with the plan's observations as the only
// observations.
import type { Plan, Target } from '../plan/planSchema.ts';
import type { VerdictBasis } from '../run/runTypes.ts';
import { type BaseSource, baseSourceOf } from './baseSourceOf.ts';

export function targetBasis(
  plan: Plan,
  t: Target,
): { baseSource: BaseSource; verdictBasis: VerdictBasis } | null {
  if (t.kind === 'qualitative' || t.indicator === undefined) return null;
  const t0 = plan.meta.baseYear;
  const obs = (plan.observations ?? []).filter((o) => o.indicator === t.indicator);
  const origin = baseSourceOf(plan, t.indicator, (id) =>
    (plan.observations ?? []).some((o) => o.indicator === id && o.year === t0),
  );
  const latest = obs
    .filter((o) => o.year > t0 && o.year <= t.year)
    .reduce<(typeof obs)[number] | null>((a, o) => (a === null || o.year > a.year ? o : a), null);
  const verdictBasis: VerdictBasis =
    origin.source === 'unknown'
      ? 'unknown-base'
      : origin.data && latest
        ? latest.provenance.kind === 'derived'
          ? 'derived'
          : 'data'
        : 'assumption';
  return { baseSource: origin.source, verdictBasis };
}
