// Where an indicator's base-year value comes from, and whether it is data (printed, published or
// entered) or rests on an assumption or a derivation — what `baseSource` and `verdictBasis` report.
// A derived indicator (a sum, a share) has the weakest source of the indicators it is computed from: one
// unknown part makes it unknown (sums of unknown parts are unknown), one assumed part makes it assumed.
import { formulaSymbols } from '../check/formulaShape.ts';
import { INDEX_UNIT } from '../plan/indexUnit.ts';
import { declaredUnknown, knownBase } from '../plan/knownBase.ts';
import type { Plan } from '../plan/planSchema.ts';

export type BaseSource = 'plan' | 'statistic' | 'entered' | 'assumption' | 'derived' | 'unknown';

export interface BaseOrigin {
  source: BaseSource;
  /** Printed, published or entered, all the way down. */
  data: boolean;
}

const DATA = new Set<string>(['plan', 'statistic', 'entered']);

/** A figure printed, published or entered (a provenance kind or a BaseSource): shown with its own decimals. */
export function isDataSource(kind: string): boolean {
  return DATA.has(kind);
}

/**
 * `pinnedAtBase(id)`: the run pins the indicator's base year (an actual or an observation); its
 * provenance kind is looked up in the plan's observations, else it was entered in the scenario.
 */
export function baseSourceOf(plan: Plan, id: string, pinnedAtBase: (id: string) => boolean): BaseOrigin {
  const lookup = lookups.get(plan) ?? new Map(plan.indicators.map((i) => [i.id, i]));
  lookups.set(plan, lookup);
  return originOf(plan, lookup, id, pinnedAtBase, new Set());
}

const lookups = new WeakMap<Plan, Map<string, Plan['indicators'][number]>>();

function originOf(
  plan: Plan,
  byId: Map<string, Plan['indicators'][number]>,
  id: string,
  pinnedAtBase: (id: string) => boolean,
  seen: Set<string>,
): BaseOrigin {
  const t0 = plan.meta.baseYear;
  if (pinnedAtBase(id)) {
    const o = plan.observations?.find((x) => x.indicator === id && x.year === t0);
    const source: BaseSource = o ? (o.provenance.kind as BaseSource) : 'entered';
    return { source, data: DATA.has(source) };
  }
  const ind = byId.get(id);
  if (!ind || seen.has(id)) return { source: 'derived', data: true };
  seen.add(id);
  if (declaredUnknown(ind)) return { source: 'unknown', data: false };
  const b = knownBase(ind);
  // An index of a rate-only target is 1 in its base year by definition, as a running sum is 0: no assumption
  // (a binding 能耗 target missed on the published rates had read 依据假设).
  if (ind.unit === INDEX_UNIT && b?.value === 1) return { source: 'derived', data: true };
  // An exact transform of a printed, published or entered figure (a share's odds) is that figure's kind.
  if (b?.provenance.kind === 'derived' && b.provenance.from) return { source: b.provenance.from, data: true };
  if (b) return { source: b.provenance.kind, data: DATA.has(b.provenance.kind) };
  const d = ind.dynamics;
  // Starts at 0 by definition (a running sum since the base year, an event not yet achieved, a count).
  if (d.kind !== 'derived') return { source: 'derived', data: true };
  let data = true;
  const parts: BaseOrigin[] = [];
  const symbols = formulaSymbols(d.formula);
  for (const name of symbols) {
    if (!byId.has(name)) continue;
    const part = originOf(plan, byId, name, pinnedAtBase, seen);
    if (part.source === 'unknown') return part;
    data &&= part.data;
    parts.push(part);
  }
  // A function of one indicator alone (a share from its odds), no parameter in it, is as sourced as that one.
  if (parts.length === 1 && [...symbols].every((name) => byId.has(name))) return parts[0]!;
  return { source: 'derived', data };
}
