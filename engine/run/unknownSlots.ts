// The indicators a run can tell in advance are unknown (NaN) on every path in every year: those awaiting a
// base (基期待补) and whatever is computed from them alone. Their rows are not simulated; they all read one
// shared row of NaN (Workspace.pointRows), so a run neither computes nor stores them. In the embedded plan
// that is 37 of 86 indicators: 47 MB of a 10,000-path run to 2035 that used to be written with NaN, and
// 11 ms of its simulation.
//
// The proof is by induction over the years: every slot of the set is NaN in the base year, and each of its
// steps gives NaN whenever the set's rows read so far are NaN (certainlyNaN). The set is the largest one
// for which both hold, found by striking out candidates until none fails. What would make a row finite
// keeps it out: an actual in any year, anchoring (which writes into a sum and its parts), a cumulative
// indicator (it starts from 0).

import type { CompiledIndicator, CompiledKernel, CompiledModel } from '../compile/compileModel.ts';
import { certainlyNaN } from '../compile/formula/certainlyNaN.ts';
import type { Anchor } from './anchorPlan.ts';
import type { RunSetup } from './resolveScenario.ts';

/**
 * By model, by the ids that have actuals: the set depends on nothing else (anchors follow from the model and
 * the actuals), and finding it costs ≈ 0.19 ms, a quarter of a deterministic path, on every run of a
 * goal-seek or a sensitivity sweep.
 */
const cache = new WeakMap<CompiledModel, Map<string, ReadonlySet<number>>>();
const CACHE_LIMIT = 16;

export function unknownSlots(
  model: CompiledModel,
  setup: RunSetup,
  anchors: ReadonlyMap<number, Anchor>,
): ReadonlySet<number> {
  const observed = [...setup.actuals].filter(([, byYear]) => byYear.size > 0).map(([id]) => id);
  const key = observed.sort().join('\n');
  let byKey = cache.get(model);
  if (!byKey) {
    byKey = new Map();
    cache.set(model, byKey);
  }
  let set = byKey.get(key);
  if (!set) {
    set = findUnknown(model, setup, anchors);
    if (byKey.size >= CACHE_LIMIT) byKey.clear();
    byKey.set(key, set);
  }
  return set;
}

function findUnknown(
  model: CompiledModel,
  setup: RunSetup,
  anchors: ReadonlyMap<number, Anchor>,
): ReadonlySet<number> {
  // Parts of a sum with an actual: the actual is split among them (anchorActual); the odds of a share with an
  // actual take s / (1 − s). The sum or share has actuals itself.
  const anchored = new Set<number>();
  for (const a of anchors.values()) {
    if (a.mode === 'sum') for (const p of a.parts) anchored.add(p.slot);
    if (a.mode === 'odds') anchored.add(a.part.slot);
  }
  const set = new Set<number>();
  for (const ind of model.indicators)
    if (!anchored.has(ind.slot) && !setup.actuals.get(ind.id)?.size && startsUnknown(ind)) set.add(ind.slot);

  const nanKernel = (k: CompiledKernel) =>
    certainlyNaN(k.expr, (j) => {
      const inp = k.inputs[j]!;
      return inp.kind === 'indicator' && set.has(model.slotOf.get(inp.id)!);
    });
  for (let changed = true; changed; ) {
    changed = false;
    for (const ind of model.indicators) {
      if (!set.has(ind.slot) || staysUnknown(ind, nanKernel)) continue;
      set.delete(ind.slot);
      changed = true;
    }
  }
  return set;
}

/** NaN in the base year before any kernel runs (derived indicators are decided by their kernels). */
function startsUnknown(ind: CompiledIndicator): boolean {
  switch (ind.kind) {
    case 'derived':
      return true;
    case 'cumulative':
      return false;
    default:
      return ind.base === undefined || Number.isNaN(ind.base);
  }
}

/**
 * Every year's step gives NaN when the set's rows are NaN. A growth or stock kernel reads its own last value;
 * an event stays NaN once its last value is (stepEvent); a cohort's expiring block re-enters as
 * inflow + NaN · renewal, so its ring stays NaN whatever the inflow (stepCohort); a count of NaN mean is NaN
 * (countQuantile).
 */
function staysUnknown(ind: CompiledIndicator, nanKernel: (k: CompiledKernel) => boolean): boolean {
  switch (ind.kind) {
    case 'event':
    case 'cohort':
      return true;
    case 'derived':
      return nanKernel(ind.atBase!) && nanKernel(ind.main);
    default:
      return nanKernel(ind.main);
  }
}
