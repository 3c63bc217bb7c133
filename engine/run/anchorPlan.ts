// How an actual (or observation) of a derived indicator pins the paths. A derived value is recomputed
// from its inputs every year, so pinning its row alone would let the next year fall back to the unpinned
// inputs (issue 9: pasting 2023 pillar_output = 300 or 600 changed nothing). Instead:
// - a sum a + b + c re-anchors its parts pro rata to their simulated shares in that year, so every later
//   year grows from the observed total (parts pinned by their own actuals keep their values);
// - a share simulated through its odds, o / (1 + o), pins its odds to s / (1 − s), exactly (oddsPart);
// - any other derived indicator (a ratio, a product) is honoured: its row is pinned and later years
//   continue from it by the formula's growth, x[t] = actual · f[t] / f[k], path by path.

import { formulaShape } from '../check/formulaShape.ts';
import type { CompiledModel } from '../compile/compileModel.ts';
import { oddsPart } from '../plan/oddsPart.ts';
import type { RunSetup } from './resolveScenario.ts';

export type Anchor =
  | { mode: 'sum'; id: string; slot: number; parts: { id: string; slot: number }[] }
  | { mode: 'odds'; id: string; slot: number; part: { id: string; slot: number } }
  | { mode: 'carry'; id: string; slot: number };

/** Derived indicators with actuals, by slot, and how each is anchored. */
export function anchorPlan(model: CompiledModel, setup: RunSetup): Map<number, Anchor> {
  const out = new Map<number, Anchor>();
  const byId = new Map(model.plan.indicators.map((i) => [i.id, i]));
  for (const ind of model.indicators) {
    if (ind.kind !== 'derived' || !setup.actuals.get(ind.id)?.size) continue;
    const d = byId.get(ind.id)?.dynamics;
    const odds = d?.kind === 'derived' ? oddsPart(d.formula) : null;
    const oddsSlot = odds === null ? undefined : model.slotOf.get(odds);
    if (odds !== null && oddsSlot !== undefined) {
      out.set(ind.slot, { mode: 'odds', id: ind.id, slot: ind.slot, part: { id: odds, slot: oddsSlot } });
      continue;
    }
    const shape = d?.kind === 'derived' ? formulaShape(d.formula) : { kind: 'other' as const };
    const ids = shape.kind === 'sum' ? shape.parts : shape.kind === 'symbol' ? [shape.id] : null;
    const scalable = (id: string) => {
      const k = model.indicators[model.slotOf.get(id) ?? -1]?.kind;
      // A yes/no event cannot be scaled; a count would stop being whole.
      return k !== undefined && k !== 'event' && k !== 'count';
    };
    if (ids?.every((id) => model.slotOf.has(id) && scalable(id))) {
      const parts = ids.map((id) => ({ id, slot: model.slotOf.get(id)! }));
      out.set(ind.slot, { mode: 'sum', id: ind.id, slot: ind.slot, parts });
    } else out.set(ind.slot, { mode: 'carry', id: ind.id, slot: ind.slot });
  }
  return out;
}
