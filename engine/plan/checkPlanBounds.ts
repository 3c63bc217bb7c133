// The checks on a plan's numbers that a field-by-field schema cannot make: a parameter's slider range and its
// own value agree, the plan's years leave a horizon to simulate, facts and relations are stated once, and a
// growth target has a base it can grow from. Returns issues; empty means sound.
import { inputIssue } from './inputIssue.ts';
import type { InputIssue } from './PlanError.ts';
import type { Plan } from './planSchema.ts';

function duplicateKeys<T>(items: readonly T[], key: (x: T) => string): Map<string, number[]> {
  const at = new Map<string, number[]>();
  items.forEach((x, i) => {
    const k = key(x);
    at.set(k, [...(at.get(k) ?? []), i]);
  });
  return new Map([...at].filter(([, list]) => list.length > 1));
}

export function checkPlanBounds(plan: Plan): InputIssue[] {
  const issues: InputIssue[] = [];
  plan.parameters.forEach((p, k) => {
    const where = `parameters[${k}] (${p.id})`;
    if (p.min !== undefined && p.max !== undefined && p.min > p.max) {
      issues.push(inputIssue(`${where}.min`, 'input.minAboveMax', undefined, `${p.min} > ${p.max}`));
      return;
    }
    const mean = p.value.mean;
    if ((p.min !== undefined && mean < p.min) || (p.max !== undefined && mean > p.max)) {
      const range = { min: p.min ?? '−∞', max: p.max ?? '∞' };
      issues.push(inputIssue(`${where}.value`, 'input.valueOutsideRange', range, String(mean)));
    }
  });
  for (const [id, at] of duplicateKeys(plan.facts, (f) => f.id)) {
    issues.push(inputIssue(`facts[${at.join(', ')}]`, 'input.duplicateId', undefined, id));
  }
  for (const [, at] of duplicateKeys(plan.relations, (r) => JSON.stringify(r))) {
    issues.push(inputIssue(`relations[${at.join(', ')}]`, 'input.relationTwice'));
  }
  const bases = new Map(
    plan.indicators.map((i) => [i.id, i.base && 'value' in i.base ? i.base.value : undefined]),
  );
  plan.targets.forEach((t, k) => {
    if (t.kind !== 'growth' || t.indicator === undefined) return;
    const base = bases.get(t.indicator);
    if (base !== undefined && !(base > 0)) {
      const params = { indicator: t.indicator, base };
      issues.push(inputIssue(`targets[${k}] (${t.id})`, 'input.growthBase', params, String(base)));
    }
  });
  return issues;
}
