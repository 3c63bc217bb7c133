// The checks a schema cannot make: ids unique, references resolved, formulas valid over the names in scope,
// and no indicator that depends on itself in the same year. Returns issues; empty means sound.
import {
  checkFormula,
  type FormulaScope,
  formatFormulaErrors,
  formulaErrorsMessage,
} from '../compile/formula/checkFormula.ts';
import { dependencyOrder } from '../compile/formula/dependencyOrder.ts';
import { inputIssue } from './inputIssue.ts';
import type { InputIssue } from './PlanError.ts';
import type { Dynamics, Plan } from './planSchema.ts';
import type { UserFormula } from './scenarioSchema.ts';

/** The formulas of a dynamics, by field name. */
export function dynamicsFormulas(d: Dynamics): Record<string, string> {
  switch (d.kind) {
    case 'growth':
      return { rate: d.rate };
    case 'stock':
      return d.outflow === undefined ? { inflow: d.inflow } : { inflow: d.inflow, outflow: d.outflow };
    case 'cohort':
      return d.exit === undefined
        ? { inflow: d.inflow, renewal: d.renewal }
        : { inflow: d.inflow, renewal: d.renewal, exit: d.exit };
    case 'derived':
      return { formula: d.formula };
    case 'cumulative':
      return { flow: d.flow };
    case 'event':
      return { hazard: d.hazard };
    case 'count':
      return { mean: d.mean };
  }
}

/** Kinds whose value is carried from last year, so their own formulas may read same-year values freely. */
export function needsBase(d: Dynamics): boolean {
  return d.kind === 'growth' || d.kind === 'stock' || d.kind === 'cohort';
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** Ids used twice: indicators, parameters and formulas share one name space; targets, levers, shocks each one. */
function duplicateIdIssues(plan: Plan, userFormulas: readonly UserFormula[]): InputIssue[] {
  const issues: InputIssue[] = [];
  const names = [
    ...plan.indicators.map((i) => i.id),
    ...plan.parameters.map((p) => p.id),
    ...userFormulas.map((f) => f.id),
  ];
  for (const id of duplicates(names)) {
    issues.push(inputIssue('indicators/parameters', 'input.duplicateName', undefined, id));
  }
  for (const [list, ids] of [
    ['targets', plan.targets.map((t) => t.id)],
    ['levers', plan.levers.map((l) => l.id)],
    ['shocks', plan.shocks.map((s) => s.id)],
  ] as const) {
    for (const id of duplicates([...ids])) issues.push(inputIssue(list, 'input.duplicateId', undefined, id));
  }
  return issues;
}

/** Formulas valid over the names in scope, bases where a kind needs one, and no same-year cycle. */
function formulaIssues(
  plan: Plan,
  userFormulas: readonly UserFormula[],
  indicatorIds: Set<string>,
  scope: FormulaScope,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const deps = new Map<string, Set<string>>();

  plan.indicators.forEach((ind, k) => {
    const where = `indicators[${k}] (${ind.id})`;
    if (needsBase(ind.dynamics) && ind.base === undefined) {
      issues.push(inputIssue(`${where}.base`, 'input.needsBase', { kind: ind.dynamics.kind }));
    }
    const same = new Set<string>();
    for (const [field, source] of Object.entries(dynamicsFormulas(ind.dynamics))) {
      const check = checkFormula(source, scope);
      if (!check.ok) {
        issues.push({
          path: `${where}.dynamics.${field}`,
          value: JSON.stringify(source),
          message: formatFormulaErrors(check.errors),
          what: formulaErrorsMessage(check.errors),
        });
        continue;
      }
      for (const n of check.formula.sameYear) if (indicatorIds.has(n)) same.add(n);
    }
    deps.set(ind.id, same);
  });
  userFormulas.forEach((f, k) => {
    const check = checkFormula(f.formula, scope);
    if (!check.ok) {
      issues.push({
        path: `formulas[${k}] (${f.id}).formula`,
        value: JSON.stringify(f.formula),
        message: formatFormulaErrors(check.errors),
        what: formulaErrorsMessage(check.errors),
      });
      deps.set(f.id, new Set());
      return;
    }
    deps.set(f.id, new Set([...check.formula.sameYear].filter((n) => indicatorIds.has(n))));
  });
  const order = dependencyOrder(deps);
  if (!order.ok) {
    issues.push(inputIssue('indicators', 'input.sameYearCycle', undefined, order.cycle.join(' → ')));
  }
  return issues;
}

/** Targets, observations, levers, relations and shocks name things the plan has; years and ranges hold. */
function referenceIssues(plan: Plan, indicatorIds: Set<string>, parameterIds: Set<string>): InputIssue[] {
  const issues: InputIssue[] = [];
  const { baseYear, targetYear, visionYear } = plan.meta;
  const lastYear = Math.max(targetYear, visionYear ?? targetYear);
  plan.targets.forEach((t, k) => {
    const where = `targets[${k}] (${t.id})`;
    if (t.indicator !== undefined && !indicatorIds.has(t.indicator)) {
      issues.push(inputIssue(`${where}.indicator`, 'input.ref.noIndicator', undefined, t.indicator));
    }
    if (t.year <= baseYear || t.year > lastYear) {
      issues.push(
        inputIssue(
          `${where}.year`,
          'input.targetYearRange',
          { first: baseYear + 1, last: lastYear },
          String(t.year),
        ),
      );
    }
  });
  (plan.observations ?? []).forEach((o, k) => {
    if (!indicatorIds.has(o.indicator))
      issues.push(
        inputIssue(`observations[${k}].indicator`, 'input.ref.noIndicator', undefined, o.indicator),
      );
  });
  plan.levers.forEach((l, k) => {
    l.effects.forEach((e, j) => {
      if (!parameterIds.has(e.parameter)) {
        issues.push(
          inputIssue(
            `levers[${k}] (${l.id}).effects[${j}].parameter`,
            'input.shockParameter',
            undefined,
            e.parameter,
          ),
        );
      }
    });
    if (!(l.intensity.min <= l.intensity.default && l.intensity.default <= l.intensity.max)) {
      issues.push(inputIssue(`levers[${k}] (${l.id}).intensity`, 'input.leverDefault'));
    }
  });
  const targetIds = new Set(plan.targets.map((t) => t.id));
  plan.relations.forEach((r, k) => {
    const ids =
      r.kind === 'parts'
        ? [r.total, ...r.parts]
        : r.kind === 'share'
          ? [r.share, r.numerator]
          : [r.quota, r.stock];
    for (const id of ids) {
      if (!targetIds.has(id)) issues.push(inputIssue(`relations[${k}]`, 'input.ref.noTarget', undefined, id));
    }
    if (r.kind === 'share' && !indicatorIds.has(r.denominator)) {
      issues.push(
        inputIssue(`relations[${k}].denominator`, 'input.ref.noIndicator', undefined, r.denominator),
      );
    }
  });
  plan.shocks.forEach((s, k) => {
    s.effects.forEach((e, j) => {
      if (!parameterIds.has(e.parameter)) {
        issues.push(
          inputIssue(
            `shocks[${k}] (${s.id}).effects[${j}].parameter`,
            'input.shockParameter',
            undefined,
            e.parameter,
          ),
        );
      }
    });
  });
  return issues;
}

export function checkPlanReferences(plan: Plan, userFormulas: readonly UserFormula[] = []): InputIssue[] {
  const indicatorIds = new Set([...plan.indicators.map((i) => i.id), ...userFormulas.map((f) => f.id)]);
  const parameterIds = new Set(plan.parameters.map((p) => p.id));
  const scope: FormulaScope = { indicators: indicatorIds, parameters: parameterIds };
  return [
    ...duplicateIdIssues(plan, userFormulas),
    ...formulaIssues(plan, userFormulas, indicatorIds, scope),
    ...referenceIssues(plan, indicatorIds, parameterIds),
  ];
}
