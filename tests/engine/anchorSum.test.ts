// anchorActual on a sum, path by path, against its rule written out plainly here (engine/run/anchorActual.ts
// keeps the parts' rows in arrays for speed; this is what it must compute): random states with NaN, ±∞, 0,
// negatives, cohort parts and parts pinned by their own actuals. Exact equality: the same operations in the
// same order. Property test, fast-check, fixed seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnchorState, anchorActual } from '../../engine/run/anchorActual.ts';
import type { Anchor } from '../../engine/run/anchorPlan.ts';

type SumAnchor = Extract<Anchor, { mode: 'sum' }>;

/** The rule for one path i of year row y (row index = year index here). */
function reference(st: AnchorState, a: SumAnchor, y: number, pinned: number): void {
  const { n, values, cohortOf } = st;
  const at = y * n;
  const carry = st.carries.get(a.slot)!;
  const free = a.parts.filter((p) => st.actuals.get(p.id)?.get(y) === undefined);
  const fixed = a.parts.filter((p) => !free.includes(p));
  const split = new Set<string>();
  let carried = false;
  let refused = false;
  for (let i = 0; i < n; i++) {
    const fixedSum = fixed.reduce((s, p) => s + values[p.slot]![at + i]!, 0);
    const unknown = free.filter((p) => !Number.isFinite(values[p.slot]![at + i]!));
    const knownSum = free.reduce((s, p) => {
      const v = values[p.slot]![at + i]!;
      return Number.isFinite(v) ? s + v : s;
    }, 0);
    const rest = pinned - fixedSum - knownSum;
    // Parts of unknown base take what the known parts leave, evenly (none of them a cohort).
    if (
      unknown.length > 0 &&
      Number.isFinite(rest) &&
      rest >= 0 &&
      !unknown.some((p) => cohortOf.has(p.slot))
    ) {
      for (const p of unknown) {
        values[p.slot]![at + i] = rest / unknown.length;
        split.add(p.id);
      }
      carry[i] = 1;
      continue;
    }
    // Else the free parts scale pro rata, cohort blocks with them.
    const freeSum = knownSum + (unknown.length > 0 ? Number.NaN : 0);
    const f = (pinned - fixedSum) / freeSum;
    if (free.length > 0 && freeSum > 0 && f >= 0 && Number.isFinite(f)) {
      for (const p of free) {
        values[p.slot]![at + i]! *= f;
        const c = cohortOf.get(p.slot);
        if (c) for (let k = 0; k < c.life; k++) c.ring[k * n + i]! *= f;
      }
      carry[i] = 1;
      continue;
    }
    // Else the sum carries the ratio actual / formula, or refuses where there is none.
    const v = values[a.slot]![at + i]!;
    carry[i] = v !== 0 && Number.isFinite(v) ? pinned / v : 1;
    if (carry[i] === 1 && pinned !== v) refused = true;
    else carried = true;
  }
  // The split first, then what was carried or refused; re-anchored when neither happened.
  const year = st.years[y]!;
  const parts = a.parts.map((p) => p.id).filter((id) => split.has(id));
  if (parts.length > 0) st.actualIssues.push({ code: 'actual-split-evenly', indicator: a.id, year, parts });
  if (carried) st.actualIssues.push({ code: 'actual-carried', indicator: a.id, year });
  if (refused) st.actualIssues.push({ code: 'actual-refused', indicator: a.id, year });
  if (!carried && !refused && parts.length === 0)
    st.reanchored.push({ indicator: a.id, year, parts: free.map((p) => p.id) });
}

const cellValue = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0, max: 80, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, 0, -0, Number.POSITIVE_INFINITY, -3.5) },
);

const sumCase = fc
  .record({
    n: fc.integer({ min: 1, max: 12 }),
    parts: fc.integer({ min: 1, max: 5 }),
    y: fc.integer({ min: 1, max: 2 }),
  })
  .chain(({ n, parts, y }) =>
    fc.record({
      n: fc.constant(n),
      y: fc.constant(y),
      values: fc.array(fc.array(cellValue, { minLength: 3 * n, maxLength: 3 * n }), {
        minLength: parts + 1,
        maxLength: parts + 1,
      }),
      cohortLife: fc.array(fc.option(fc.integer({ min: 1, max: 3 }), { freq: 4 }), {
        minLength: parts,
        maxLength: parts,
      }),
      pinnedPart: fc.array(fc.boolean(), { minLength: parts, maxLength: parts }),
      pinned: fc.oneof(fc.double({ min: 0, max: 300, noNaN: true }), fc.constant(0)),
    }),
  );

type Case = typeof sumCase extends fc.Arbitrary<infer T> ? T : never;

/** A fresh state for the case: slot 0 the sum, slots 1… its parts. */
function stateOf(c: Case): { st: AnchorState; a: SumAnchor } {
  const parts = c.values.length - 1;
  const st: AnchorState = {
    n: c.n,
    years: [2020, 2021, 2022],
    values: c.values.map((row) => Float64Array.from(row)),
    rowOf: (k) => k,
    actuals: new Map(
      c.pinnedPart.flatMap((on, k) => (on ? [[`p${k + 1}`, new Map([[c.y, 1]])] as const] : [])),
    ),
    carries: new Map([[0, new Float64Array(c.n)]]),
    cohortOf: new Map(
      c.cohortLife.flatMap((life, k) =>
        life === null
          ? []
          : [
              [
                k + 1,
                { ring: Float64Array.from({ length: life * c.n }, (_, j) => 1 + (j % 7)), life },
              ] as const,
            ],
      ),
    ),
    reanchored: [],
    actualIssues: [],
  };
  const a: SumAnchor = {
    mode: 'sum',
    id: 'total',
    slot: 0,
    parts: Array.from({ length: parts }, (_, k) => ({ id: `p${k + 1}`, slot: k + 1 })),
  };
  return { st, a };
}

/** Everything the step may write, -0 told apart from 0. */
function written(st: AnchorState) {
  const bits = (xs: Float64Array) => Array.from(xs, (x) => (Object.is(x, -0) ? '-0' : String(x)));
  return {
    values: st.values.map(bits),
    carry: bits(st.carries.get(0)!),
    rings: [...st.cohortOf.values()].map((c) => bits(c.ring)),
    issues: st.actualIssues,
    reanchored: st.reanchored,
  };
}

describe('anchorActual on a sum (property, fast-check, fixed seed)', () => {
  it('writes what the rule gives, path by path: parts, carries, cohort blocks and messages', () => {
    fc.assert(
      fc.property(sumCase, (c) => {
        const engine = stateOf(c);
        anchorActual(engine.st, engine.a, c.y, c.pinned);
        const rule = stateOf(c);
        reference(rule.st, rule.a, c.y, c.pinned);
        expect(written(engine.st)).toEqual(written(rule.st));
      }),
      { seed: 20261129, numRuns: 400 },
    );
  });
});
