// Pins a derived indicator to its actual in one year (see anchorPlan for why and how): a sum re-anchors its
// parts, anything else — or a sum whose parts cannot carry it on a path — carries the ratio actual / formula
// to later years. Every way an actual was honoured otherwise, or could not be, is recorded (never silent).

import { oddsOf } from '../plan/oddsPart.ts';
import type { Anchor } from './anchorPlan.ts';

export interface Reanchored {
  indicator: string;
  year: number;
  parts: string[];
}

/**
 * - `actual-carried`: a derived indicator that is not a sum was pinned and later years continue from the
 *   actual by the formula's growth;
 * - `actual-refused`: the formula's value that year is unknown or zero, so only that year is pinned (the
 *   years after follow the formula, which gives no ratio to carry);
 * - `actual-split-evenly`: a sum whose parts include unknown bases (基期待补): those parts take what the
 *   known parts leave, in equal shares — an assumption, stated wherever the result is shown.
 */
export interface ActualIssue {
  code: 'actual-carried' | 'actual-refused' | 'actual-split-evenly';
  indicator: string;
  year: number;
  /** actual-split-evenly: the parts with unknown bases that took the remainder. */
  parts?: string[];
}

/** What anchoring reads and writes over a run. */
export interface AnchorState {
  n: number;
  years: number[];
  /** By slot, row-major (Simulation.values): year y in row rowOf(y). */
  values: Float64Array[];
  rowOf: (y: number) => number;
  /** indicator id → year index → observed value. */
  actuals: Map<string, Map<number, number>>;
  /** Per anchored derived indicator (by slot): the ratio actual / formula carried to later years, by path. */
  carries: Map<number, Float64Array>;
  /** Cohort stocks by slot: a re-anchored part's age blocks scale with it. */
  cohortOf: Map<number, { ring: Float64Array; life: number }>;
  reanchored: Reanchored[];
  actualIssues: ActualIssue[];
}

/** Pins derived indicator `a` in year index y to `pinned`: re-anchors its parts, or carries the ratio. */
export function anchorActual(st: AnchorState, a: Anchor, y: number, pinned: number): void {
  const carry = st.carries.get(a.slot)!;
  const { carried, refused } =
    a.mode === 'sum'
      ? anchorSum(st, a, y, pinned, carry)
      : a.mode === 'odds'
        ? anchorOdds(st, a, y, pinned, carry)
        : carryRatio(st, a.slot, y, pinned, carry);
  const year = st.years[y]!;
  if (carried) st.actualIssues.push({ code: 'actual-carried', indicator: a.id, year });
  if (refused) st.actualIssues.push({ code: 'actual-refused', indicator: a.id, year });
}

interface Outcome {
  carried: boolean;
  refused: boolean;
}

/** A derived indicator that is not a sum: later years continue from the actual by the formula's growth. */
function carryRatio(st: AnchorState, slot: number, y: number, pinned: number, carry: Float64Array): Outcome {
  const { n } = st;
  const offset = st.rowOf(y) * n;
  const row = st.values[slot]!;
  let carried = false;
  let refused = false;
  for (let i = 0; i < n; i++) {
    const v = row[offset + i]!;
    const ok = v !== 0 && Number.isFinite(v);
    carry[i] = ok ? pinned / v : 1;
    if (ok) carried = true;
    else refused = true;
  }
  return { carried, refused };
}

/**
 * A share simulated through its odds: the odds take s / (1 − s) on every path, so the share is the actual and
 * later years grow from it. The odds' own actual that year, or a share outside 0–100%, is carried instead.
 */
function anchorOdds(
  st: AnchorState,
  a: Extract<Anchor, { mode: 'odds' }>,
  y: number,
  pinned: number,
  carry: Float64Array,
): Outcome {
  const odds = oddsOf(pinned);
  if (st.actuals.get(a.part.id)?.get(y) !== undefined || !Number.isFinite(odds))
    return carryRatio(st, a.slot, y, pinned, carry);
  const offset = st.rowOf(y) * st.n;
  st.values[a.part.slot]!.fill(odds, offset, offset + st.n);
  carry.fill(1);
  return { carried: false, refused: false };
}

/**
 * A sum: its parts without actuals of their own scale pro rata so they add up to the actual; parts with
 * unknown bases split what the known parts leave; a path where neither works carries the ratio instead.
 * The parts' rows are looked up once, not per path: with an array per path and a closure per part, this loop
 * ran ≈ 34 ms of the engine worker's first runs (a CPU profile, BENCHMARKS.md session 12).
 */
function anchorSum(
  st: AnchorState,
  a: Extract<Anchor, { mode: 'sum' }>,
  y: number,
  pinned: number,
  carry: Float64Array,
): Outcome {
  const { n, values, cohortOf } = st;
  const offset = st.rowOf(y) * n;
  const row = values[a.slot]!;
  let carried = false;
  let refused = false;
  const isFree = (p: { id: string }) => st.actuals.get(p.id)?.get(y) === undefined;
  const free = a.parts.filter(isFree);
  const fixedRows = a.parts.filter((p) => !isFree(p)).map((p) => values[p.slot]!);
  const freeRows = free.map((p) => values[p.slot]!);
  const freeCohorts = free.map((p) => cohortOf.get(p.slot));
  /** Free parts that took a share of the remainder on some path (actual-split-evenly). */
  const split = free.map(() => false);
  for (let i = 0; i < n; i++) {
    let fixedSum = 0;
    for (const r of fixedRows) fixedSum += r[offset + i]!;
    let knownSum = 0;
    let unknown = 0;
    let unknownCohort = false;
    for (let k = 0; k < freeRows.length; k++) {
      const v = freeRows[k]![offset + i]!;
      if (Number.isFinite(v)) knownSum += v;
      else {
        unknown++;
        if (freeCohorts[k]) unknownCohort = true;
      }
    }
    const rest = pinned - fixedSum - knownSum;
    if (unknown > 0 && Number.isFinite(rest) && rest >= 0 && !unknownCohort) {
      // Parts with unknown bases (基期待补) have no share to scale: they take what the known parts leave,
      // split evenly — a labelled assumption (actual-split-evenly), so later years grow from the total.
      for (let k = 0; k < freeRows.length; k++) {
        const r = freeRows[k]!;
        if (Number.isFinite(r[offset + i]!)) continue;
        r[offset + i] = rest / unknown;
        split[k] = true;
      }
      carry[i] = 1;
      continue;
    }
    const freeSum = knownSum + (unknown > 0 ? Number.NaN : 0);
    const f = (pinned - fixedSum) / freeSum;
    if (freeRows.length > 0 && freeSum > 0 && f >= 0 && Number.isFinite(f)) {
      for (let k = 0; k < freeRows.length; k++) {
        freeRows[k]![offset + i]! *= f;
        const c = freeCohorts[k];
        if (c) for (let j = 0; j < c.life; j++) c.ring[j * n + i]! *= f;
      }
      carry[i] = 1;
    } else {
      // The parts cannot carry it on this path (unknown or zero): continue from the actual instead.
      const v = row[offset + i]!;
      carry[i] = v !== 0 && Number.isFinite(v) ? pinned / v : 1;
      if (carry[i] === 1 && pinned !== v) refused = true;
      else carried = true;
    }
  }
  const year = st.years[y]!;
  const splitParts = free.filter((_, k) => split[k]).map((p) => p.id);
  if (splitParts.length > 0)
    st.actualIssues.push({ code: 'actual-split-evenly', indicator: a.id, year, parts: splitParts });
  if (!carried && !refused && splitParts.length === 0)
    st.reanchored.push({ indicator: a.id, year, parts: free.map((p) => p.id) });
  return { carried, refused };
}
