// Which indicators move only as an assumption standing in for something the plan does not have says: a record
// of delivery (计数类任务执行率: each year is drawn at the plan's own pace times an assumed ratio) or the
// indicator's history (a generated plan's default 5% ± 3% a year). A target on one of them, with nothing
// observed, has no verdict of its own: its chance only restates the assumption — "存在风险" for
// 国家级特色商业街区1条 said that 90% of the plan's pace rarely builds one street, and "难以达成" for an
// imported 年均增长8% said only that the default is 5%.
import { formulaSymbols } from '../check/formulaShape.ts';
import { dynamicsFormulas } from '../plan/checkPlanReferences.ts';
import type { Plan } from '../plan/planSchema.ts';

/**
 * Indicator id → the indicators it depends on (itself included, through any formula, this year's or last
 * year's) whose own dynamics read a `noRecord` or `noHistory` parameter, each with the ids of those it reads.
 * Indicators that depend on none are left out.
 */
export function recordlessIndicators(
  plan: Plan,
): ReadonlyMap<string, ReadonlyMap<string, readonly string[]>> {
  // Asked once a run, of a plan that does not change between runs: kept per plan object.
  let found = cache.get(plan);
  if (!found) {
    found = compute(plan);
    cache.set(plan, found);
  }
  return found;
}

const cache = new WeakMap<Plan, Map<string, Map<string, string[]>>>();

function compute(plan: Plan): Map<string, Map<string, string[]>> {
  const standIns = new Set(plan.parameters.filter((p) => p.noRecord || p.noHistory).map((p) => p.id));
  const out = new Map<string, Map<string, string[]>>();
  if (standIns.size === 0) return out;
  const ids = new Set(plan.indicators.map((i) => i.id));
  const reads = new Map<string, string[]>();
  const paced = new Map<string, string[]>();
  for (const ind of plan.indicators) {
    const names = Object.values(dynamicsFormulas(ind.dynamics)).flatMap((f) => [...formulaSymbols(f)]);
    reads.set(
      ind.id,
      names.filter((n) => ids.has(n) && n !== ind.id),
    );
    const own = [...new Set(names.filter((n) => standIns.has(n)))];
    if (own.length > 0) paced.set(ind.id, own);
  }
  for (const ind of plan.indicators) {
    const found = new Map<string, string[]>();
    const seen = new Set<string>();
    const stack = [ind.id];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const own = paced.get(id);
      if (own) found.set(id, own);
      stack.push(...(reads.get(id) ?? []));
    }
    if (found.size > 0) out.set(ind.id, found);
  }
  return out;
}
