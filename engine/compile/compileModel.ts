// A plan (plus a scenario's formula cells) compiled into kernels in dependency order. Compilation depends
// only on formulas, never on parameter values, levers or actuals, so one compiled model serves every run
// of a plan: sliders, goal-seek iterations and scenario comparisons reuse it.

import { dynamicsFormulas } from '../plan/checkPlanReferences.ts';
import { isCountIndicator } from '../plan/countUnit.ts';
import { inputIssue } from '../plan/inputIssue.ts';
import { declaredUnknown, knownBase } from '../plan/knownBase.ts';
import { type InputIssue, PlanError } from '../plan/PlanError.ts';
import type { Indicator, Plan } from '../plan/planSchema.ts';
import type { UserFormula } from '../plan/scenarioSchema.ts';
import { buildKernel, type Kernel } from './buildKernel.ts';
import {
  type CheckedFormula,
  checkFormula,
  formatFormulaErrors,
  formulaErrorsMessage,
} from './formula/checkFormula.ts';
import { dependencyOrder } from './formula/dependencyOrder.ts';
import { type KernelModule, kernelModule } from './wasm/kernelModule.ts';

/** A kernel with its export number in the model's WebAssembly module. */
export type CompiledKernel = Kernel & { index: number };

export interface CompiledIndicator {
  id: string;
  /** Position of this indicator's buffer in the run's value arrays. */
  slot: number;
  unit: string;
  kind: Indicator['dynamics']['kind'];
  base: number | undefined;
  volatility: number;
  macroLoading: number;
  /** Cohort life in years (cohort only). */
  life: number;
  /** Flows rounded to whole items (count: true in the plan). */
  whole: boolean;
  /** Shown as whole numbers (count: true, or inferred from a count unit; see isCountIndicator). */
  count: boolean;
  /** Count dynamics: negative binomial dispersion (undefined = Poisson). */
  dispersion: number | undefined;
  /** The step kernel; for a cohort, the inflow kernel. */
  main: CompiledKernel;
  /** Value in the base year (derived only; others start from base or 0). */
  atBase: CompiledKernel | undefined;
  renewal: CompiledKernel | undefined;
  exit: CompiledKernel | undefined;
}

export interface CompiledModel {
  plan: Plan;
  /** In evaluation order. */
  indicators: CompiledIndicator[];
  slotOf: ReadonlyMap<string, number>;
  /** Every kernel, compiled into one WebAssembly module. */
  kernels: KernelModule;
  kernelCount: number;
}

function formulaList(plan: Plan, userFormulas: readonly UserFormula[]): Indicator[] {
  const extra: Indicator[] = userFormulas.map((f) => ({
    id: f.id,
    name: f.name,
    unit: f.unit,
    category: 'formula',
    dynamics: { kind: 'derived', formula: f.formula },
  }));
  return [...plan.indicators, ...extra];
}

export function compileModel(
  plan: Plan,
  userFormulas: readonly UserFormula[] = [],
  file = 'scenario',
  simd?: boolean,
): CompiledModel {
  const all = formulaList(plan, userFormulas);
  const indicatorIds = new Set(all.map((i) => i.id));
  const scope = { indicators: indicatorIds, parameters: new Set(plan.parameters.map((p) => p.id)) };
  const checked = new Map<string, Record<string, CheckedFormula>>();
  const deps = new Map<string, Set<string>>();
  const issues: InputIssue[] = [];
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
      for (const n of c.formula.sameYear) if (indicatorIds.has(n) && n !== ind.id) same.add(n);
      if (c.formula.sameYear.has(ind.id)) {
        issues.push(inputIssue(`${ind.id}.${field}`, 'input.readsItself', undefined, ind.id));
      }
    }
    checked.set(ind.id, fields);
    deps.set(ind.id, same);
  }
  const order = dependencyOrder(deps);
  if (!order.ok) issues.push(inputIssue('indicators', 'input.cycle', undefined, order.cycle.join(' → ')));
  if (issues.length > 0 || !order.ok) throw new PlanError(file, issues);

  const byId = new Map(all.map((i) => [i.id, i]));
  const slotOf = new Map(order.order.map((id, slot) => [id, slot]));
  const isIndicator = (name: string) => indicatorIds.has(name);
  const kernels: Kernel[] = [];
  const kernel = (...args: Parameters<typeof buildKernel>): CompiledKernel => {
    const k = buildKernel(...args);
    return { ...k, index: kernels.push(k) - 1 };
  };
  const indicators = order.order.map((id, slot): CompiledIndicator => {
    const ind = byId.get(id)!;
    const f = checked.get(id)!;
    const d = ind.dynamics;
    const volatility = 'volatility' in d ? (d.volatility ?? 0) : 0;
    const noisy = volatility > 0;
    // Flows are rounded only where the plan says count: true (rounding a large stock's flows would break
    // identities such as a growth ratio computed from its unrounded net additions); display infers counts.
    const whole = ind.count === true;
    const common = {
      id,
      slot,
      unit: ind.unit,
      kind: d.kind,
      // 基期待补 simulates as NaN, which every formula reading it carries on; never a substitute.
      base: declaredUnknown(ind)
        ? Number.NaN
        : (knownBase(ind)?.value ?? (d.kind === 'event' ? 0 : undefined)),
      whole,
      count: isCountIndicator(ind),
      dispersion: d.kind === 'count' ? d.dispersion : undefined,
      volatility,
      macroLoading: 'macroLoading' in d ? (d.macroLoading ?? 0) : 0,
      life: d.kind === 'cohort' ? d.life : 0,
      atBase: undefined,
      renewal: undefined,
      exit: undefined,
    };
    switch (d.kind) {
      case 'growth':
        return { ...common, main: kernel('growth', id, [f.rate!], noisy, isIndicator) };
      case 'stock':
        return {
          ...common,
          main: kernel(
            'stock',
            id,
            f.outflow ? [f.inflow!, f.outflow] : [f.inflow!],
            noisy,
            isIndicator,
            whole,
          ),
        };
      case 'event':
        // The hazard, clamped to [0, 1]; the draw that decides each path's year is made in simulate.
        return { ...common, main: kernel('rate', id, [f.hazard!], false, isIndicator) };
      case 'count':
        // The mean count, ≥ 0; the whole-number draw around it is made in simulate.
        return { ...common, main: kernel('flow', id, [f.mean!], false, isIndicator) };
      case 'cumulative':
        return { ...common, main: kernel('cumulative', id, [f.flow!], false, isIndicator) };
      case 'derived':
        return {
          ...common,
          main: kernel('value', id, [f.formula!], noisy, isIndicator),
          atBase: kernel('value', id, [f.formula!], false, isIndicator),
        };
      case 'cohort':
        return {
          ...common,
          main: kernel('flow', id, [f.inflow!], noisy, isIndicator, whole),
          renewal: kernel('rate', id, [f.renewal!], false, isIndicator),
          exit: f.exit ? kernel('rate', id, [f.exit], false, isIndicator) : undefined,
        };
      default:
        throw new Error(`unknown dynamics ${(d as { kind: string }).kind}`);
    }
  });
  return { plan, indicators, slotOf, kernels: kernelModule(kernels, simd), kernelCount: kernels.length };
}

/** Compiled models by plan object and formula cells, so repeated runs skip compilation. */
const cache = new WeakMap<Plan, Map<string, CompiledModel>>();

export function compiledModelFor(plan: Plan, userFormulas: readonly UserFormula[] = []): CompiledModel {
  let byFormulas = cache.get(plan);
  if (!byFormulas) {
    byFormulas = new Map();
    cache.set(plan, byFormulas);
  }
  const key = JSON.stringify(userFormulas.map((f) => [f.id, f.formula, f.unit]));
  let model = byFormulas.get(key);
  if (!model) {
    model = compileModel(plan, userFormulas);
    if (byFormulas.size > 16) byFormulas.clear();
    byFormulas.set(key, model);
  }
  return model;
}
