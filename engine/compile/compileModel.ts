// A plan (plus a scenario's formula cells) compiled into kernels in dependency order. Compilation depends
// only on formulas, never on parameter values, levers or actuals, so one compiled model serves every run
// of a plan: sliders, goal-seek iterations and scenario comparisons reuse it. The formulas are parsed into
// kernels by planKernels.ts, or, for a plan whose kernels a program ships (the CLI: the embedded plan's), come
// ready (shippedKernels.ts).

import { rememberFormulas } from '../check/formulaShape.ts';
import { countStep, isCountIndicator } from '../plan/countUnit.ts';
import { declaredUnknown, knownBase } from '../plan/knownBase.ts';
import type { Indicator, Plan } from '../plan/planSchema.ts';
import type { UserFormula } from '../plan/scenarioSchema.ts';
import type { Kernel } from './buildKernel.ts';
import { compileInputs, planKernels } from './planKernels.ts';
import { shippedKernels } from './shippedKernels.ts';
import { type KernelModule, kernelModule } from './wasm/kernelModule.ts';
import { simdSupported } from './wasm/simdSupported.ts';

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
  /**
   * Count dynamics: items in one of the unit (10,000 in 万人), so the count is drawn in items. Drawn in the unit,
   * 每年1.2万人 had been a Poisson of mean 1.2: 0, 1, 2 or 3 万人 a year, never 1.2. 1 for other units.
   */
  itemsPerUnit: number;
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
  /** The kernels came ready (shippedKernels.ts) rather than compiled from the formulas. */
  shipped: boolean;
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

/** Throws PlanError when a formula does not compile (planKernels). */
export function compileModel(
  plan: Plan,
  userFormulas: readonly UserFormula[] = [],
  file = 'scenario',
  simd = simdSupported(),
): CompiledModel {
  const inputs = compileInputs(plan, userFormulas);
  // Kernels shipped for exactly these inputs (useShippedKernels) come ready: no formula is parsed.
  const shipped = userFormulas.length === 0 ? shippedKernels(inputs, simd) : null;
  const planned = shipped?.plan ?? planKernels(inputs, file);
  // What the run, the checks and the evaluation ask of these formulas later, without parsing them again.
  rememberFormulas(planned.formulas);
  const byId = new Map(formulaList(plan, userFormulas).map((i) => [i.id, i]));
  const slotOf = new Map(planned.order.map((id, slot) => [id, slot]));
  const kernel = (index: number | undefined): CompiledKernel | undefined =>
    index === undefined ? undefined : { ...planned.kernels[index]!, index };
  const indicators = planned.order.map((id, slot): CompiledIndicator => {
    const ind = byId.get(id)!;
    const d = ind.dynamics;
    const k = planned.byIndicator[id]!;
    return {
      id,
      slot,
      unit: ind.unit,
      kind: d.kind,
      // 基期待补 simulates as NaN, which every formula reading it carries on; never a substitute.
      base: declaredUnknown(ind)
        ? Number.NaN
        : (knownBase(ind)?.value ?? (d.kind === 'event' ? 0 : undefined)),
      whole: ind.count === true,
      count: isCountIndicator(ind),
      dispersion: d.kind === 'count' ? d.dispersion : undefined,
      itemsPerUnit: d.kind === 'count' ? Math.round(1 / (countStep(ind.unit) ?? 1)) : 1,
      volatility: 'volatility' in d ? (d.volatility ?? 0) : 0,
      macroLoading: 'macroLoading' in d ? (d.macroLoading ?? 0) : 0,
      life: d.kind === 'cohort' ? d.life : 0,
      main: kernel(k.main)!,
      atBase: kernel(k.atBase),
      renewal: kernel(k.renewal),
      exit: kernel(k.exit),
    };
  });
  const kernels = shipped?.module ?? kernelModule(planned.kernels, simd);
  return {
    plan,
    indicators,
    slotOf,
    kernels,
    kernelCount: planned.kernels.length,
    shipped: shipped !== null,
  };
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
