// What a run must say besides its numbers: values it could not use (actuals for years it does not simulate)
// and values it could not compute (NaN or ±∞ from a formula such as 1/0, log(-1), exp(1000)). A non-finite
// number is never left to print as a blank: each is reported with the indicator, the first year, the value,
// how many paths, and its cause — the indicator's own formula, or an input that was already non-finite.
import { formulaSymbols } from '../check/formulaShape.ts';
import type { NonFiniteCell } from '../outputs/NonFiniteTally.ts';
import { dynamicsFormulas } from '../plan/checkPlanReferences.ts';
import { declaredUnknown, knownBase } from '../plan/knownBase.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { UserFormula } from '../plan/scenarioSchema.ts';
import type { ShareOutOfRange } from './shareOutOfRange.ts';

export type NonFiniteValue = 'NaN' | 'Infinity' | '-Infinity';

export type RunWarning =
  | ShareOutOfRange
  | {
      code: 'actualsOutsideHorizon';
      indicator: string;
      year: number;
      /** The simulated years. */
      first: number;
      last: number;
    }
  | {
      code: 'nonFinite';
      indicator: string;
      /** The first year the indicator is not a finite number. */
      year: number;
      value: NonFiniteValue;
      /** On the deterministic path, or on how many of the Monte Carlo paths (that year). */
      deterministic: boolean;
      paths: number;
      /** The indicator's own formula produced it, or it read an indicator that already was non-finite. */
      cause: { kind: 'formula'; field: string; formula: string } | { kind: 'input'; from: string };
    };

export function nonFiniteName(v: number): NonFiniteValue {
  return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
}

/** The names each indicator's formulas read (same year or prev()), for tracing a non-finite value back. */
function readsOf(
  plan: Plan,
  userFormulas: readonly UserFormula[],
): Map<string, { reads: Set<string>; formulas: Record<string, string> }> {
  const out = new Map<string, { reads: Set<string>; formulas: Record<string, string> }>();
  const add = (id: string, formulas: Record<string, string>) => {
    const reads = new Set<string>();
    // As compiling the plan found them (formulaShape.ts remembers them): no formula is parsed again.
    for (const source of Object.values(formulas)) for (const name of formulaSymbols(source)) reads.add(name);
    out.set(id, { reads, formulas });
  };
  for (const ind of plan.indicators) add(ind.id, dynamicsFormulas(ind.dynamics));
  for (const f of userFormulas) add(f.id, { formula: f.formula });
  return out;
}

/** `seed` and every indicator that reads one of them, directly or not. */
function readersOf(seed: Iterable<string>, reads: ReturnType<typeof readsOf>): Set<string> {
  const out = new Set(seed);
  for (let grew = out.size > 0; grew; ) {
    grew = false;
    for (const [id, info] of reads) {
      if (!out.has(id) && [...info.reads].some((r) => out.has(r))) {
        out.add(id);
        grew = true;
      }
    }
  }
  return out;
}

/**
 * NaN by design, not a formula's fault: an indicator awaiting its base (基期待补) and everything reading it,
 * in every year; and in the base year, a carried indicator with no base (a yearly count or event has no
 * base-year value) and what reads it. The page shows these as awaiting a base or as not applicable.
 */
function expectedNaN(plan: Plan, reads: ReturnType<typeof readsOf>) {
  const awaiting = readersOf(
    plan.indicators.filter(declaredUnknown).map((i) => i.id),
    reads,
  );
  const noBase = plan.indicators.filter(
    (i) => i.dynamics.kind !== 'derived' && i.dynamics.kind !== 'cumulative' && knownBase(i) === undefined,
  );
  const baseYear = readersOf([...awaiting, ...noBase.map((i) => i.id)], reads);
  return { awaiting, baseYear };
}

interface Series {
  id: string;
  deterministic: Float64Array;
  /** Monte Carlo paths not finite in year index k, as the run counted them (NonFiniteTally), or null
   * without paths. */
  paths: ((k: number) => NonFiniteCell) | null;
}

/**
 * What each formula reads and which NaNs are by design depend only on the plan and the user's formulas, not
 * on the run: worked out once per plan (re-reading every formula cost ~0.4 ms of every run, most of a
 * deterministic path). The latest user formulas per plan are kept; plans are never mutated once loaded.
 */
const traced = new WeakMap<
  Plan,
  { key: string; reads: ReturnType<typeof readsOf>; expected: ReturnType<typeof expectedNaN> }
>();

function tracing(plan: Plan, userFormulas: readonly UserFormula[]) {
  const key = JSON.stringify(userFormulas.map((f) => [f.id, f.formula]));
  const hit = traced.get(plan);
  if (hit && hit.key === key) return hit;
  const reads = readsOf(plan, userFormulas);
  const entry = { key, reads, expected: expectedNaN(plan, reads) };
  traced.set(plan, entry);
  return entry;
}

/** The first non-finite value of every indicator, traced to its cause. `series` is in evaluation order. */
export function nonFiniteWarnings(
  plan: Plan,
  userFormulas: readonly UserFormula[],
  years: readonly number[],
  series: readonly Series[],
): RunWarning[] {
  const { reads, expected } = tracing(plan, userFormulas);
  const firstBad = new Map<string, number>();
  const found: { s: Series; k: number; value: number; deterministic: boolean; paths: number }[] = [];
  for (const s of series) {
    // Awaiting a base, its NaN is expected; an infinity is not (a tester's 固定资产投资 / 0 said nothing, the flow
    // being observed from 2021): its deterministic path is read for ±∞ alone.
    if (expected.awaiting.has(s.id)) {
      const k = s.deterministic.findIndex((v) => v === Infinity || v === -Infinity);
      if (k >= 0) {
        firstBad.set(s.id, k);
        found.push({ s, k, value: s.deterministic[k]!, deterministic: true, paths: 0 });
      }
      continue;
    }
    for (let k = expected.baseYear.has(s.id) ? 1 : 0; k < years.length; k++) {
      const det = s.deterministic[k]!;
      const cell = s.paths?.(k);
      const bad = cell?.count ?? 0;
      // The value shown: the deterministic path's when it is the one not finite, else the first path's.
      const sample = Number.isFinite(det) && bad > 0 ? cell!.first : det;
      if (Number.isFinite(det) && bad === 0) continue;
      firstBad.set(s.id, k);
      found.push({ s, k, value: sample, deterministic: !Number.isFinite(det), paths: bad });
      break;
    }
  }
  if (found.length === 0) return [];
  return found.map(({ s, k, value, deterministic, paths }) => {
    const info = reads.get(s.id);
    // An input that went bad no later than this indicator is the cause; otherwise its own formula is.
    const from = [...(info?.reads ?? [])].find((r) => r !== s.id && (firstBad.get(r) ?? Infinity) <= k);
    const [field, formula] = Object.entries(info?.formulas ?? {})[0] ?? ['formula', ''];
    return {
      code: 'nonFinite' as const,
      indicator: s.id,
      year: years[k]!,
      value: nonFiniteName(value),
      deterministic,
      paths,
      cause:
        from !== undefined ? { kind: 'input' as const, from } : { kind: 'formula' as const, field, formula },
    };
  });
}
