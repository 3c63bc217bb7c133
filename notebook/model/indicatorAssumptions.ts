// The parameters an indicator's path is projected with: those its dynamics read, and, through the indicators it
// is computed from, theirs. The report cites them beside a target projected without data (新增注册企业4.5万户
// 达成概率 88% had rested on entry and exit rates the report named nowhere: a tester).
import { formulaNames, type Plan } from '../../engine/index.ts';

type Parameter = Plan['parameters'][number];

/** Identifiers in every formula of a dynamics (rate, mean, formula, entry, exit…), nested objects included. */
function formulaIds(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') for (const id of formulaNames(value)) out.add(id);
  else if (Array.isArray(value)) for (const v of value) formulaIds(v, out);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (k !== 'kind') formulaIds(v, out);
}

export function indicatorAssumptions(plan: Plan, indicatorId: string, depth = 3): Parameter[] {
  const params = new Map(plan.parameters.map((p) => [p.id, p]));
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const found = new Map<string, Parameter>();
  const seen = new Set<string>();
  const visit = (id: string, left: number) => {
    if (seen.has(id) || left < 0) return;
    seen.add(id);
    const ids = new Set<string>();
    formulaIds(indicators.get(id)?.dynamics, ids);
    for (const name of ids) {
      const p = params.get(name);
      if (p) found.set(name, p);
      else if (indicators.has(name)) visit(name, left - 1);
    }
  };
  visit(indicatorId, depth);
  return [...found.values()];
}
