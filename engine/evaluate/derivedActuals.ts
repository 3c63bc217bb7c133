// Observations of derived indicators that follow from observations of their inputs by definition: a derived
// formula that is arithmetic of indicators (a share N / D, a total a + b + c, a growth since the base
// net ÷ (stock − net)) in a year where every indicator it reads is observed; a running sum of a flow in a year
// where every year of the flow since the base is; and the running sum of a stock's yearly changes, which is the
// stock less its base. A formula that reads a parameter is a model, and nothing is inferred from it. Observed
// values of the derived indicator itself always win.

import type { Arithmetic } from '../check/formulaArithmetic.ts';
import { formulaArithmetic, formulaSymbols } from '../check/formulaShape.ts';
import type { Plan } from '../plan/planSchema.ts';
import { runningSums } from '../plan/runningSums.ts';
import type { Actuals } from '../plan/scenarioSchema.ts';
import { type ObservedValue, observedFormula } from './observedFormula.ts';
import { stockChangeOf } from './stockChangeOf.ts';

export interface DerivedActuals {
  actuals: Actuals;
  /** indicator id → the ids its derived observations were computed from. */
  derivedFrom: Record<string, string[]>;
}

/** How each derived or cumulative indicator follows from others, read once per plan. */
interface Definition {
  id: string;
  /** 'stock': the running sum of `from[0]`'s yearly changes; 'sum': of a flow; 'formula': derived. */
  kind: 'stock' | 'sum' | 'formula';
  source: string;
  from: string[];
  /** Indicators read in the year itself (not in prev()): each must be observed for anything to follow. */
  needed: string[];
}

interface PlanDefinitions {
  definitions: Definition[];
  isIndicator: (name: string) => boolean;
  printedBase: Map<string, number>;
}

const byPlan = new WeakMap<Plan, PlanDefinitions>();

function definitionsOf(plan: Plan): PlanDefinitions {
  const known = byPlan.get(plan);
  if (known) return known;
  const ids = new Set(plan.indicators.map((i) => i.id));
  const isIndicator = (name: string) => ids.has(name);
  const indicatorsOf = (source: string) => [...formulaSymbols(source)].filter(isIndicator);
  const definitions: Definition[] = [];
  const printedBase = new Map<string, number>();
  for (const ind of plan.indicators) {
    if (ind.base && 'value' in ind.base) printedBase.set(ind.id, ind.base.value);
    const d = ind.dynamics;
    if (d.kind === 'cumulative') {
      const source = d.flow.trim();
      const stock = stockChangeOf(source);
      definitions.push(
        stock
          ? { id: ind.id, kind: 'stock', source, from: [stock], needed: [stock] }
          : { id: ind.id, kind: 'sum', source, from: indicatorsOf(source), needed: [] },
      );
    } else if (d.kind === 'derived') {
      const from = indicatorsOf(d.formula);
      const a = formulaArithmetic(d.formula);
      const needed = a === null ? [] : [...sameYearNames(a)].filter(isIndicator);
      if (from.length > 0) definitions.push({ id: ind.id, kind: 'formula', source: d.formula, from, needed });
    }
  }
  const out = { definitions, isIndicator, printedBase };
  byPlan.set(plan, out);
  return out;
}

export function derivedActuals(plan: Plan, observed: Actuals): DerivedActuals {
  const actuals: Actuals = { ...observed };
  const derivedFrom: Record<string, string[]> = {};
  const baseYear = plan.meta.baseYear;
  const { definitions, isIndicator, printedBase } = definitionsOf(plan);
  const entered: ObservedValue = (id, year) => actuals[id]?.[String(year)];
  // prev() in the year after the base reads the base: the plan's figure where none was entered for that year.
  const withBase: ObservedValue = (id, year) =>
    entered(id, year) ?? (year === baseYear ? printedBase.get(id) : undefined);

  // Repeat so that a total of shares or a share of totals resolves; bounded by the number of indicators.
  for (let pass = 0; pass < definitions.length; pass++) {
    let added = false;
    for (const { id, kind, source, from, needed } of definitions) {
      if (actuals[id] !== undefined || !from.some((x) => actuals[x] !== undefined)) continue;
      if (needed.some((x) => actuals[x] === undefined)) continue;
      let byYear: Record<string, number> | null = null;
      if (kind === 'stock') byYear = stockLessBase(actuals[from[0]!], withBase(from[0]!, baseYear), baseYear);
      else if (kind === 'sum')
        byYear = runningSums(flowValues(source, baseYear, withBase, isIndicator), baseYear);
      else {
        const values: Record<string, number> = {};
        for (const y of new Set(from.flatMap((x) => Object.keys(actuals[x] ?? {})))) {
          // The base year reads only what was entered for it: the plan's own base of a share is the run's.
          const v = observedFormula(
            source,
            Number(y),
            Number(y) === baseYear ? entered : withBase,
            isIndicator,
          );
          if (v === null) break;
          if (Number.isFinite(v)) values[y] = v;
        }
        byYear = values;
      }
      if (!byYear || Object.keys(byYear).length === 0) continue;
      actuals[id] = byYear;
      derivedFrom[id] = from;
      added = true;
    }
    if (!added) break;
  }
  return { actuals, derivedFrom };
}

/** The names an arithmetic formula reads in its own year (outside prev()). */
function sameYearNames(a: Arithmetic, into = new Set<string>()): Set<string> {
  if (typeof a === 'string') into.add(a);
  else if (Array.isArray(a) && a[0] !== 'prev')
    for (const x of a.slice(1)) sameYearNames(x as Arithmetic, into);
  return into;
}

/** x_t − x_base for each year after the base where x is observed. */
function stockLessBase(
  stock: Readonly<Record<string, number>> | undefined,
  base: number | undefined,
  baseYear: number,
): Record<string, number> | null {
  if (!stock || base === undefined) return null;
  const out: Record<string, number> = {};
  for (const [y, v] of Object.entries(stock)) if (Number(y) > baseYear) out[y] = v - base;
  return out;
}

/** The flow's value in each year after the base, as long as the years run unbroken. */
function flowValues(
  flow: string,
  baseYear: number,
  read: ObservedValue,
  isIndicator: (name: string) => boolean,
): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (let y = baseYear + 1; ; y++) {
    const v = observedFormula(flow, y, read, isIndicator);
    if (v === null || !Number.isFinite(v)) break;
    out[String(y)] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
