// What a run's assessment reads as observed for a derived indicator: the values that follow by definition from
// the observations pinning the run (derivedActuals), never from the years bridgeGaps reckons between them. The
// run itself pins only the inputs; a share or total whose inputs are pinned has its pace read from data too.
import type { Plan } from '../plan/planSchema.ts';
import type { RunSetup } from '../run/resolveScenario.ts';
import { derivedActuals } from './derivedActuals.ts';

/** indicator id → year index → value, for derived indicators not pinned themselves. */
export function observedByDefinition(
  plan: Plan,
  setup: Pick<RunSetup, 'actuals' | 'bridges'>,
): Map<string, Map<number, number>> {
  const { baseYear } = plan.meta;
  const reckoned = (id: string, year: number) =>
    setup.bridges.some((b) => b.indicator === id && year > b.from && year < b.to);
  const observed: Record<string, Record<string, number>> = {};
  for (const [id, byIndex] of setup.actuals) {
    const years: Record<string, number> = {};
    for (const [k, v] of byIndex) if (!reckoned(id, baseYear + k)) years[String(baseYear + k)] = v;
    observed[id] = years;
  }
  const { actuals, derivedFrom } = derivedActuals(plan, observed);
  const out = new Map<string, Map<number, number>>();
  for (const id of Object.keys(derivedFrom))
    out.set(id, new Map(Object.entries(actuals[id]!).map(([y, v]) => [Number(y) - baseYear, v])));
  return out;
}
