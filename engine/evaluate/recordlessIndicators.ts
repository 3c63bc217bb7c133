// Which indicators move only as an assumption without a record says (计数类任务执行率: no delivery record of
// the plan's counted tasks exists, so each year is drawn at the plan's own pace times an assumed ratio). A
// target on one of them, with nothing observed, has no verdict of its own: its chance only restates the
// assumption — "存在风险" for 国家级特色商业街区1条 said that 90% of the plan's pace rarely builds one street.
import { formulaSymbols } from '../check/formulaShape.ts';
import { dynamicsFormulas } from '../plan/checkPlanReferences.ts';
import type { Plan } from '../plan/planSchema.ts';

/**
 * Indicator id → the indicators it depends on (itself included, through any formula, this year's or last
 * year's) whose own dynamics read a `noRecord` parameter. Indicators that depend on none are left out.
 */
export function recordlessIndicators(plan: Plan): ReadonlyMap<string, ReadonlySet<string>> {
  // Asked once a run, of a plan that does not change between runs: kept per plan object.
  let found = cache.get(plan);
  if (!found) {
    found = compute(plan);
    cache.set(plan, found);
  }
  return found;
}

const cache = new WeakMap<Plan, Map<string, Set<string>>>();

function compute(plan: Plan): Map<string, Set<string>> {
  const noRecord = new Set(plan.parameters.filter((p) => p.noRecord).map((p) => p.id));
  const out = new Map<string, Set<string>>();
  if (noRecord.size === 0) return out;
  const ids = new Set(plan.indicators.map((i) => i.id));
  const reads = new Map<string, string[]>();
  const paced = new Set<string>();
  for (const ind of plan.indicators) {
    const names = Object.values(dynamicsFormulas(ind.dynamics)).flatMap((f) => [...formulaSymbols(f)]);
    reads.set(
      ind.id,
      names.filter((n) => ids.has(n) && n !== ind.id),
    );
    if (names.some((n) => noRecord.has(n))) paced.add(ind.id);
  }
  for (const ind of plan.indicators) {
    const found = new Set<string>();
    const seen = new Set<string>();
    const stack = [ind.id];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      if (paced.has(id)) found.add(id);
      stack.push(...(reads.get(id) ?? []));
    }
    if (found.size > 0) out.set(ind.id, found);
  }
  return out;
}
