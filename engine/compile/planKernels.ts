// The part of compiling a plan that parses its formulas: each formula checked (mathjs), the indicators put in
// evaluation order, and every step lowered to a kernel's expression. It reads only what CompileInputs names,
// so those fields, written out (compileKey), say when two plans compile to the same kernels: a plan whose
// kernels a program ships has them ready (shippedKernels.ts), and the rest of compileModel is cheap.

import { type FormulaFacts, factsOfNode } from '../check/formulaShape.ts';
import { dynamicsFormulas } from '../plan/checkPlanReferences.ts';
import { inputIssue } from '../plan/inputIssue.ts';
import { type InputIssue, PlanError } from '../plan/PlanError.ts';
import type { Indicator, Plan } from '../plan/planSchema.ts';
import type { UserFormula } from '../plan/scenarioSchema.ts';
import { buildKernel, type Kernel, type KernelShape } from './buildKernel.ts';
import {
  type CheckedFormula,
  checkFormula,
  formatFormulaErrors,
  formulaErrorsMessage,
} from './formula/checkFormula.ts';
import { dependencyOrder } from './formula/dependencyOrder.ts';
import { readersAfterSums } from './formula/readersAfterSums.ts';

/** All of a plan the kernels depend on. */
export interface CompileInputs {
  indicators: Pick<Indicator, 'id' | 'count' | 'dynamics'>[];
  parameters: string[];
}

/** Where each of an indicator's kernels lies in `kernels` (see CompiledIndicator). */
export interface IndicatorKernels {
  main: number;
  atBase?: number;
  renewal?: number;
  exit?: number;
}

export interface KernelPlan {
  /** Indicator ids in evaluation order (an indicator after every one it reads in the same year). */
  order: string[];
  /** By indicator id. */
  byIndicator: Record<string, IndicatorKernels>;
  kernels: Kernel[];
  /** What else parsing found, by formula text, for formulaShape and formulaSymbols (rememberFormulas). */
  formulas: Record<string, FormulaFacts>;
}

/** The plan's compile inputs, with the scenario's formula cells as derived indicators after its own. */
export function compileInputs(plan: Plan, userFormulas: readonly UserFormula[] = []): CompileInputs {
  const own = plan.indicators.map(({ id, count, dynamics }) => ({ id, count, dynamics }));
  const extra = userFormulas.map((f) => ({
    id: f.id,
    count: undefined,
    dynamics: { kind: 'derived' as const, formula: f.formula },
  }));
  return { indicators: [...own, ...extra], parameters: plan.parameters.map((p) => p.id) };
}

/** The inputs written out: equal keys, equal kernel plans. */
export function compileKey(inputs: CompileInputs): string {
  return JSON.stringify(inputs);
}

/** Throws PlanError (naming each formula that fails, or the cycle) when the formulas do not compile. */
export function planKernels(inputs: CompileInputs, file = 'scenario'): KernelPlan {
  const all = inputs.indicators;
  const indicatorIds = new Set(all.map((i) => i.id));
  const scope = { indicators: indicatorIds, parameters: new Set(inputs.parameters) };
  const checked = new Map<string, Record<string, CheckedFormula>>();
  const deps = new Map<string, Set<string>>();
  const issues: InputIssue[] = [];
  const facts: Record<string, FormulaFacts> = {};
  for (const ind of all) {
    const fields: Record<string, CheckedFormula> = {};
    const same = new Set<string>();
    for (const [field, source] of Object.entries(dynamicsFormulas(ind.dynamics))) {
      const c = checkFormula(source, scope);
      if (!c.ok) {
        issues.push({
          path: `${ind.id}.${field}`,
          value: JSON.stringify(source),
          message: formatFormulaErrors(c.errors),
          what: formulaErrorsMessage(c.errors),
        });
        continue;
      }
      fields[field] = c.formula;
      facts[source] ??= factsOfNode(c.formula.node);
      for (const n of c.formula.sameYear) if (indicatorIds.has(n) && n !== ind.id) same.add(n);
      if (c.formula.sameYear.has(ind.id)) {
        issues.push(inputIssue(`${ind.id}.${field}`, 'input.readsItself', undefined, ind.id));
      }
    }
    checked.set(ind.id, fields);
    deps.set(ind.id, same);
  }
  const sums = new Map<string, string[]>();
  for (const ind of all) {
    if (ind.dynamics.kind !== 'derived' || !checked.get(ind.id)?.formula) continue;
    const shape = facts[ind.dynamics.formula]!.shape;
    if (shape.kind === 'sum' && shape.parts.every((p) => indicatorIds.has(p))) sums.set(ind.id, shape.parts);
  }
  const order = dependencyOrder(readersAfterSums(deps, sums));
  if (!order.ok) issues.push(inputIssue('indicators', 'input.cycle', undefined, order.cycle.join(' → ')));
  if (issues.length > 0 || !order.ok) throw new PlanError(file, issues);

  const byId = new Map(all.map((i) => [i.id, i]));
  const isIndicator = (name: string) => indicatorIds.has(name);
  const kernels: Kernel[] = [];
  const byIndicator: Record<string, IndicatorKernels> = {};
  for (const id of order.order) {
    const ind = byId.get(id)!;
    const f = checked.get(id)!;
    const d = ind.dynamics;
    const noisy = ('volatility' in d ? (d.volatility ?? 0) : 0) > 0;
    // Flows are rounded only where the plan says count: true (rounding a large stock's flows would break
    // identities such as a growth ratio computed from its unrounded net additions); display infers counts.
    const whole = ind.count === true;
    byIndicator[id] = kernelsOf(
      d,
      f,
      noisy,
      whole,
      (shape, formulas, noisy, whole) =>
        kernels.push(buildKernel(shape, id, formulas, noisy, isIndicator, whole)) - 1,
    );
  }
  return { order: order.order, byIndicator, kernels, formulas: facts };
}

/** Adds a kernel of the indicator being planned (buildKernel's arguments) and gives its index. */
type AddKernel = (shape: KernelShape, formulas: CheckedFormula[], noisy: boolean, whole?: boolean) => number;

function kernelsOf(
  d: Indicator['dynamics'],
  f: Record<string, CheckedFormula>,
  noisy: boolean,
  whole: boolean,
  add: AddKernel,
): IndicatorKernels {
  switch (d.kind) {
    case 'growth':
      return { main: add('growth', [f.rate!], noisy) };
    case 'stock':
      return { main: add('stock', f.outflow ? [f.inflow!, f.outflow] : [f.inflow!], noisy, whole) };
    case 'event':
      // The hazard, clamped to [0, 1]; the draw that decides each path's year is made in simulate.
      return { main: add('rate', [f.hazard!], false) };
    case 'count':
      // The mean count, ≥ 0; the whole-number draw around it is made in simulate.
      return { main: add('flow', [f.mean!], false) };
    case 'cumulative':
      return { main: add('cumulative', [f.flow!], false) };
    case 'derived':
      return { main: add('value', [f.formula!], noisy), atBase: add('value', [f.formula!], false) };
    case 'cohort':
      return {
        main: add('flow', [f.inflow!], noisy, whole),
        renewal: add('rate', [f.renewal!], false),
        ...(f.exit ? { exit: add('rate', [f.exit], false) } : {}),
      };
    default:
      throw new Error(`unknown dynamics ${(d as { kind: string }).kind}`);
  }
}
