// Whether an indicator's planned path is compound growth, so that mid-term progress is measured against
// x0·(1+r)^(t−t0) rather than a straight line: it grows at a rate in the model, the plan states an annual
// rate for it (a growth target), or it is a sum of indicators that do.

import { formulaShape } from '../check/formulaShape.ts';
import type { Plan } from '../plan/planSchema.ts';

const cache = new WeakMap<Plan, Map<string, boolean>>();

export function growsAtRate(plan: Plan, id: string): boolean {
  const known = cache.get(plan) ?? new Map<string, boolean>();
  cache.set(plan, known);
  let v = known.get(id);
  if (v === undefined) {
    v = grows(plan, id, new Set());
    known.set(id, v);
  }
  return v;
}

function grows(plan: Plan, id: string, seen: Set<string>): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  const ind = plan.indicators.find((i) => i.id === id);
  if (!ind) return false;
  if (ind.dynamics.kind === 'growth') return true;
  if (plan.targets.some((t) => t.indicator === id && t.kind === 'growth')) return true;
  if (ind.dynamics.kind !== 'derived') return false;
  const shape = formulaShape(ind.dynamics.formula);
  return shape.kind === 'sum' && shape.parts.every((p) => grows(plan, p, new Set(seen)));
}
