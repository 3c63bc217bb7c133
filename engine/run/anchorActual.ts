// Pins a derived indicator to its actual in one year (see anchorPlan for why and how): a sum re-anchors its
// parts, anything else — or a sum whose parts cannot carry it on a path — carries the ratio actual / formula
// to later years. Every way an actual was honoured otherwise, or could not be, is recorded (never silent).

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
    a.mode === 'sum' ? anchorSum(st, a, y, pinned, carry) : carryRatio(st, a.slot, y, pinned, carry);
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
 * A sum: its parts without actuals of their own scale pro rata so they add up to the actual; parts with
 * unknown bases split what the known parts leave; a path where neither works carries the ratio instead.
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
  const splitParts = new Set<string>();
  const free = a.parts.filter((p) => st.actuals.get(p.id)?.get(y) === undefined);
  const fixed = a.parts.filter((p) => !free.includes(p));
  for (let i = 0; i < n; i++) {
    let fixedSum = 0;
    for (const p of fixed) fixedSum += values[p.slot]![offset + i]!;
    let knownSum = 0;
    const unknown: { id: string; slot: number }[] = [];
    for (const p of free) {
      const v = values[p.slot]![offset + i]!;
      if (Number.isFinite(v)) knownSum += v;
      else unknown.push(p);
    }
    const rest = pinned - fixedSum - knownSum;
    if (
      unknown.length > 0 &&
      Number.isFinite(rest) &&
      rest >= 0 &&
      !unknown.some((p) => cohortOf.has(p.slot))
    ) {
      // Parts with unknown bases (基期待补) have no share to scale: they take what the known parts leave,
      // split evenly — a labelled assumption (actual-split-evenly), so later years grow from the total.
      for (const p of unknown) {
        values[p.slot]![offset + i] = rest / unknown.length;
        splitParts.add(p.id);
      }
      carry[i] = 1;
      continue;
    }
    const freeSum = knownSum + (unknown.length > 0 ? Number.NaN : 0);
    const f = (pinned - fixedSum) / freeSum;
    if (free.length > 0 && freeSum > 0 && f >= 0 && Number.isFinite(f)) {
      for (const p of free) {
        values[p.slot]![offset + i]! *= f;
        const c = cohortOf.get(p.slot);
        if (c) for (let k = 0; k < c.life; k++) c.ring[k * n + i]! *= f;
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
  if (splitParts.size > 0)
    st.actualIssues.push({
      code: 'actual-split-evenly',
      indicator: a.id,
      year,
      parts: a.parts.map((p) => p.id).filter((id) => splitParts.has(id)),
    });
  if (!carried && !refused && splitParts.size === 0)
    st.reanchored.push({ indicator: a.id, year, parts: free.map((p) => p.id) });
  return { carried, refused };
}
