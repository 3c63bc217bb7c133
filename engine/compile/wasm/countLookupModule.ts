// The per-path half of countQuantiles in WebAssembly: each path's count read from tabulated distribution
// functions (CountScratch.ts lays them out); a path the tables cannot decide (u close to a step) is inverted
// here directly, with countQuantile's own recurrence and the engine's exp and pow (the same bits as
// countQuantile). Paths outside the tables' means (unknown, zero, or so large that countQuantile uses its
// normal approximation) are listed for JavaScript. Written in JavaScript the same loop cost ~17 ns a path
// under load (bounds checks, conversions, the module-level arrays re-read per access).
//
// lookup(n, out, u, mean, tables, G, lo, hi, scale, list, nb, d, logJ) → number of listed paths (nb = 1:
// negative binomial with dispersion d, else Poisson), where at `tables`:
// means f64[G + 1], inverses f64[G + 1] (1/m of each), rows i32[G + 1] (byte address of each row's CDF),
// lasts i32[G + 1] (last k of each row), guide i32[32·(G + 1)] (where to start in row g for
// u ∈ [j/32, (j+1)/32)), decided u8[G·J] (the count every mean in [m_g, m_{g+1}] and every u in
// [j/J, (j+1)/J) share, or UNDECIDED; J = 2^logJ), at the offsets tableOffsets gives for the scratch's row
// capacity. A path reads its decided cell first (one load answers most paths: 80–95 % of a narrow row, about
// half of a row of means up to 88); the rest walk row g from the guide and check row g + 1.

import {
  type CountTableLoops,
  decideRowFunction,
  guideFunction,
  tabulateFunction,
} from './countTableLoops.ts';
import type { FuncDef } from './encodeModule.ts';
import { FunctionBuilder, f, i, type Local, select, type Ty, type Val } from './FunctionBuilder.ts';
import { loopsOver } from './loopsOver.ts';
import { MATH_FUNCTIONS, mathFunctions } from './mathFunctions.ts';
import { Op, Simd } from './opcodes.ts';
import { simdSupported } from './simdSupported.ts';

export const GUIDE = 32;

/** Bytes of the decided-cell table (one byte a cell). */
export const DECIDED_BYTES = 1 << 18;
/** A decided cell's value for "not decided". */
export const UNDECIDED = 255;

/** Byte offsets of the six tables from `tables`, for room for `rows` tabulated means. */
export function tableOffsets(rows: number) {
  const means = 0;
  const inverses = means + 8 * rows;
  const starts = inverses + 8 * rows;
  const lasts = starts + 4 * rows;
  const guide = lasts + 4 * rows;
  const decided = Math.ceil((guide + 4 * GUIDE * rows) / 16) * 16;
  const cdf = decided + DECIDED_BYTES;
  return { means, inverses, starts, lasts, guide, decided, cdf };
}

/** A row of paths and its tables, as both passes take them: see ROW_PARAMS. */
type RowArgs = [
  n: number,
  out: number,
  u: number,
  mean: number,
  tables: number,
  G: number,
  lo: number,
  hi: number,
  scale: number,
  list: number,
];

export type CountLookupFn = (...args: [...RowArgs, nb: number, d: number, logJ: number]) => number;

/** The parameters lookup and decided begin with: n, out, u, mean, tables, G, lo, hi, scale, list. */
const ROW_PARAMS: Ty[] = ['i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'f64', 'f64', 'f64', 'i32'];

function rowParams(b: FunctionBuilder) {
  return {
    n: b.param(0, 'i32'),
    out: b.param(1, 'i32'),
    u: b.param(2, 'i32'),
    mean: b.param(3, 'i32'),
    tables: b.param(4, 'i32'),
    G: b.param(5, 'i32'),
    lo: b.param(6, 'f64'),
    hi: b.param(7, 'f64'),
    scale: b.param(8, 'f64'),
    list: b.param(9, 'i32'),
  };
}

function lookup(rows: number, exp: () => number, pow: () => number) {
  const o = tableOffsets(rows);
  const b = new FunctionBuilder([...ROW_PARAMS, 'i32', 'f64', 'i32'], ['i32']);
  const { n, out, u, mean, tables, G, lo, hi, scale, list } = rowParams(b);
  const nb = b.param(10, 'i32');
  const d = b.param(11, 'f64');
  const logJ = b.param(12, 'i32');
  const J = b.let(f.fromI32(i.shl(i.c(1), logJ)));
  const decidedAt = b.let(i.add(tables, i.c(o.decided)));
  const cell = b.local('i32');
  const p = b.local('f64');
  const F = b.local('f64');
  const q = b.local('f64');
  const cap = b.local('f64');
  const meansAt = b.let(i.add(tables, i.c(o.means)));
  const inversesAt = b.let(i.add(tables, i.c(o.inverses)));
  const startsAt = b.let(i.add(tables, i.c(o.starts)));
  const lastsAt = b.let(i.add(tables, i.c(o.lasts)));
  const guideAt = b.let(i.add(tables, i.c(o.guide)));
  const listed = b.let(i.c(0));
  const j = b.let(i.c(0));
  const end = b.let(n);
  const path = b.local('i32');
  const m = b.local('f64');
  const v = b.local('f64');
  const g = b.local('i32');
  const k = b.local('i32');
  const base = b.local('i32');
  const last = b.local('i32');
  const done = b.local('i32');
  const word = (at: Local<'i32'>, index: Val<'i32'>) => i.add(at, i.shl(index, i.c(2)));
  const dbl = (at: Val<'i32'>, index: Val<'i32'>) => i.add(at, i.shl(index, i.c(3)));
  // The paths the decided pass left, in order; the paths left for JavaScript are written back into the same
  // list, never ahead of the one being read.
  b.loop(j, end, 1, () => {
    b.set(path, i.load(word(list, j)));
    b.set(m, f.load(dbl(mean, path)));
    b.set(v, f.load(dbl(u, path)));
    b.set(done, i.c(0));
    // NaN fails every comparison, so an unknown mean or draw is listed (countQuantile gives its NaN).
    b.when(i.and(i.and(f.ge(m, lo), f.le(m, hi)), i.and(f.gt(v, f.c(0)), f.lt(v, f.c(1)))), () => {
      b.set(g, i.truncF64(f.mul(f.sub(m, lo), scale)));
      b.set(g, select(i.ge(g, G), i.sub(G, i.c(1)), g));
      // Row g's decided cells hold for means in [m_g, m_{g+1}], with room for the rounding of g (countQuantiles).
      b.set(cell, {
        ty: 'i32',
        emit: (w) => {
          i.add(decidedAt, i.add(i.shl(g, logJ), i.truncF64(f.mul(v, J)))).emit(w);
          w.mem(Op.i32Load8U, 0);
        },
      });
      b.when(i.ne(cell, i.c(UNDECIDED)), () => {
        b.set(k, cell);
        b.set(done, i.c(1));
      });
      b.when(i.eqz(done), () => {
        b.when(
          i.and(f.ge(m, f.load(dbl(meansAt, g))), f.le(m, f.load(dbl(meansAt, i.add(g, i.c(1)))))),
          () => {
            b.set(base, i.load(word(startsAt, g)));
            b.set(last, i.load(word(lastsAt, g)));
            b.set(
              k,
              i.load(word(guideAt, i.add(i.shl(g, i.c(Math.log2(GUIDE))), i.truncF64(f.mul(v, f.c(GUIDE)))))),
            );
            // Two steps without branches (the guide leaves at most one or two in the bulk), then walk on.
            b.set(k, i.add(k, i.and(f.lt(f.load(dbl(base, k)), v), i.lt(k, last))));
            b.set(k, i.add(k, i.and(f.lt(f.load(dbl(base, k)), v), i.lt(k, last))));
            b.repeat((leave) => {
              b.when(i.ge(k, last), leave);
              b.when(f.ge(f.load(dbl(base, k)), v), leave);
              b.set(k, i.add(k, i.c(1)));
            });
            b.when(f.ge(f.load(dbl(base, k)), v), () =>
              betweenRows(b, { g, k, m, v, nb, base, last, done, meansAt, inversesAt, startsAt, lastsAt }),
            );
          },
        );
      });
      // Not decided by the tables: countQuantile's walk from 0, operation for operation.
      b.when(i.eqz(done), () => {
        b.set(q, f.div(m, f.add(d, m)));
        b.when(
          nb,
          () => b.set(p, b.call(pow, 'f64', f.div(d, f.add(d, m)), d)),
          () => b.set(p, b.call(exp, 'f64', f.neg(m))),
        );
        b.set(cap, f.add(f.c(50), f.mul(f.mul(f.c(20), m), select(nb, f.add(f.c(1), f.div(m, d)), f.c(1)))));
        b.set(F, p);
        b.set(k, i.c(0));
        b.repeat((leave) => {
          b.when(f.ge(F, v), leave);
          b.when(f.ge(f.fromI32(k), cap), leave);
          const k1 = f.fromI32(i.add(k, i.c(1)));
          b.set(p, f.mul(p, select(nb, f.div(f.mul(f.add(f.fromI32(k), d), q), k1), f.div(m, k1))));
          b.set(k, i.add(k, i.c(1)));
          b.set(F, f.add(F, p));
          b.when(f.eq(p, f.c(0)), leave);
        });
        b.set(done, i.c(1));
      });
      b.emit((w) => {
        dbl(out, path).emit(w);
        f.fromI32(k).emit(w);
        w.mem(Op.f64Store, 3);
      });
    });
    // A mean of 0 (a pace at its floor) has count 0 whatever the draw, unless the draw is unknown.
    b.when(i.and(i.eqz(done), i.and(f.eq(m, f.c(0)), f.eq(v, v))), () => {
      b.emit((w) => {
        dbl(out, path).emit(w);
        f.c(0).emit(w);
        w.mem(Op.f64Store, 3);
      });
      b.set(done, i.c(1));
    });
    b.when(i.eqz(done), () => {
      b.emit((w) => {
        word(list, listed).emit(w);
        path.emit(w);
        w.mem(Op.i32Store, 2);
      });
      b.set(listed, i.add(listed, i.c(1)));
    });
  });
  return b.done(listed, 'lookup');
}

/**
 * decided(n, out, u, mean, tables, G, lo, hi, scale, list, logJ) → number of listed paths: the first pass over
 * a row, without a branch. Each path reads its decided cell as lookup does and writes it to `out`; the paths
 * whose cell is undecided, or whose mean or draw lies outside the tables, are listed for lookup, which
 * overwrites their counts. Most paths of a narrow row end here: as part of lookup's loop, with the walk's
 * locals around it, they had cost ~10 ns each (spilled registers, and branches on every path).
 */
function decided(rows: number, simd: boolean) {
  const o = tableOffsets(rows);
  const b = new FunctionBuilder([...ROW_PARAMS, 'i32'], ['i32']);
  const { n, out, u, mean, tables, G, lo, hi, scale, list } = rowParams(b);
  const logJ = b.param(10, 'i32');
  const J = b.let(f.fromI32(i.shl(i.c(1), logJ)));
  const lastCell = b.let(i.sub(i.shl(i.c(1), logJ), i.c(1)));
  const lastRow = b.let(i.sub(G, i.c(1)));
  const decidedAt = b.let(i.add(tables, i.c(o.decided)));
  const listed = b.let(i.c(0));
  const at = b.let(i.c(0)); // the path's byte offset in a row of doubles
  const end = b.let(i.shl(n, i.c(3)));
  const m = b.local('f64');
  const v = b.local('f64');
  const g = b.local('i32');
  const c = b.local('i32');
  const cell = b.local('i32');
  if (simd)
    pairs(b, { n, out, u, mean, lo, hi, scale, list, logJ, J, lastCell, lastRow, decidedAt, listed, at });
  b.loop(at, end, 8, () => {
    b.set(m, f.load(i.add(mean, at)));
    b.set(v, f.load(i.add(u, at)));
    // Row and cell clamped into the tables (compared unsigned, so a negative index clamps too): a path
    // outside them reads some cell, and is listed whatever it holds.
    b.set(g, i.truncF64(f.mul(f.sub(m, lo), scale)));
    b.set(g, select(i.gtU(g, lastRow), lastRow, g));
    b.set(c, i.truncF64(f.mul(v, J)));
    b.set(c, select(i.gtU(c, lastCell), lastCell, c));
    b.set(cell, {
      ty: 'i32',
      emit: (w) => {
        i.add(decidedAt, i.add(i.shl(g, logJ), c)).emit(w);
        w.mem(Op.i32Load8U, 0);
      },
    });
    const inTables = i.and(i.and(f.ge(m, lo), f.le(m, hi)), i.and(f.gt(v, f.c(0)), f.lt(v, f.c(1))));
    b.emit((w) => {
      i.add(out, at).emit(w);
      f.fromI32(cell).emit(w);
      w.mem(Op.f64Store, 3);
      i.add(list, i.shl(listed, i.c(2))).emit(w);
      i.shrU(at, i.c(3)).emit(w);
      w.mem(Op.i32Store, 2);
    });
    b.set(listed, i.add(listed, i.eqz(i.and(inTables, i.ne(cell, i.c(UNDECIDED))))));
  });
  return b.done(listed, 'decided');
}

/**
 * The decided pass two paths at a time (f64x2), for the pairs of the row; the scalar loop after it takes the
 * odd last path. Lane by lane the same operations as the scalar loop — the same saturating truncations, the
 * same clamps, the same cell — so a path's count does not depend on which loop read it. Written straight on
 * the builder's CodeWriter (FunctionBuilder's values are scalar). Leaves `at` at the first path not read.
 */
function pairs(
  b: FunctionBuilder,
  r: Record<
    'n' | 'out' | 'u' | 'mean' | 'list' | 'logJ' | 'lastCell' | 'lastRow' | 'decidedAt' | 'listed' | 'at',
    Local<'i32'>
  > &
    Record<'lo' | 'hi' | 'scale' | 'J', Local<'f64'>>,
): void {
  const { w } = b;
  const splat = (x: Local<'f64'>) => {
    const l = b.simdLocal();
    w.localGet(x.index).simd(Simd.f64x2Splat).localSet(l);
    return l;
  };
  const splatI = (x: Local<'i32'>) => {
    const l = b.simdLocal();
    w.localGet(x.index).simd(Simd.i32x4Splat).localSet(l);
    return l;
  };
  const [lo2, hi2, scale2, J2] = [splat(r.lo), splat(r.hi), splat(r.scale), splat(r.J)];
  const [lastRow4, lastCell4] = [splatI(r.lastRow), splatI(r.lastCell)];
  const m2 = b.simdLocal();
  const v2 = b.simdLocal();
  const idx = b.simdLocal();
  const inTables = b.local('i32'); // bit 0: path 0 of the pair, bit 1: path 1
  const cells = [b.local('i32'), b.local('i32')] as const;
  const end = b.let(i.shl(i.and(r.n, i.c(-2)), i.c(3)));
  w.forLoop(r.at.index, end.index, 16, () => {
    const load = (row: Local<'i32'>, into: number) =>
      w.localGet(row.index).localGet(r.at.index).op(Op.i32Add).simdMem(Simd.v128Load, 3).localSet(into);
    load(r.mean, m2);
    load(r.u, v2);
    // lo ≤ m ≤ hi and 0 < v < 1, per lane, as two bits
    w.localGet(m2).localGet(lo2).simd(Simd.f64x2Ge).localGet(m2).localGet(hi2).simd(Simd.f64x2Le);
    w.simd(Simd.v128And).localGet(v2).f64x2Const(0).simd(Simd.f64x2Gt).simd(Simd.v128And);
    w.localGet(v2)
      .f64x2Const(1)
      .simd(Simd.f64x2Lt)
      .simd(Simd.v128And)
      .simd(Simd.i64x2Bitmask)
      .localSet(inTables.index);
    // idx = (min_u(trunc((m − lo)·scale), G − 1) << logJ) + min_u(trunc(v·J), J − 1)
    w.localGet(m2).localGet(lo2).simd(Simd.f64x2Sub).localGet(scale2).simd(Simd.f64x2Mul);
    w.simd(Simd.i32x4TruncSatF64x2SZero).localGet(lastRow4).simd(Simd.i32x4MinU);
    w.localGet(r.logJ.index).simd(Simd.i32x4Shl);
    w.localGet(v2).localGet(J2).simd(Simd.f64x2Mul).simd(Simd.i32x4TruncSatF64x2SZero);
    w.localGet(lastCell4).simd(Simd.i32x4MinU).simd(Simd.i32x4Add).localSet(idx);
    for (const lane of [0, 1] as const) {
      w.localGet(r.decidedAt.index).localGet(idx).simd(Simd.i32x4ExtractLane).byte(lane).op(Op.i32Add);
      w.mem(Op.i32Load8U, 0).localSet(cells[lane].index);
    }
    // out[pair] = both cells as doubles
    w.localGet(r.out.index).localGet(r.at.index).op(Op.i32Add);
    w.localGet(cells[0].index).op(Op.f64ConvertI32U).simd(Simd.f64x2Splat);
    w.localGet(cells[1].index).op(Op.f64ConvertI32U).simd(Simd.f64x2ReplaceLane).byte(1);
    w.simdMem(Simd.v128Store, 3);
    // each path listed unless its cell is decided and it lies in the tables
    for (const lane of [0, 1] as const) {
      b.emit((x) => {
        i.add(r.list, i.shl(r.listed, i.c(2))).emit(x);
        i.add(i.shrU(r.at, i.c(3)), i.c(lane)).emit(x);
        x.mem(Op.i32Store, 2);
      });
      const bit = i.and(i.shrU(inTables, i.c(lane)), i.c(1));
      b.set(r.listed, i.add(r.listed, i.eqz(i.and(bit, i.ne(cells[lane], i.c(UNDECIDED))))));
    }
  });
}

interface RowWalk {
  g: Local<'i32'>;
  k: Local<'i32'>;
  m: Local<'f64'>;
  v: Local<'f64'>;
  nb: Val<'i32'>;
  base: Local<'i32'>;
  last: Local<'i32'>;
  done: Local<'i32'>;
  meansAt: Local<'i32'>;
  /** 1/m of each row, as JavaScript divides it (the same bits as f64.div here). */
  inversesAt: Local<'i32'>;
  startsAt: Local<'i32'>;
  lastsAt: Local<'i32'>;
}

/**
 * k is row g's count for u = v (the first k with F(k; m_g) ≥ v), so every smaller k has F(k; m) < v: the
 * path's count is the first k from here with F(k; m) ≥ v, and no later than row g + 1's. F(k; m_{g+1}) ≥ v
 * settles it at once (F falls as the mean rises). Otherwise F(k; m) is the straight line between the two rows
 * to within Δ²/8·max|∂²F/∂m²| (Δ = m_{g+1} − m_g; for a Poisson ∂²F/∂m² = p(k) − p(k − 1)), plus 1e-11 for
 * the rounding of the sums: a line that far above v settles k, that far below moves on to k + 1, and a v within
 * the margin leaves the path undecided (done stays 0) for the walk from 0. Without the line, every path whose
 * two rows disagree (a share Δ of them, since E[k(m)] = m) was walked from 0: on a row of means up to 88,
 * a third of the paths, ~50 steps each. The negative binomial keeps the first check only.
 */
function betweenRows(b: FunctionBuilder, r: RowWalk): void {
  const { g, k, v, done } = r;
  const next = i.add(g, i.c(1));
  const nextBase = b.let(i.load(i.add(r.startsAt, i.shl(next, i.c(2)))));
  const nextLast = b.let(i.load(i.add(r.lastsAt, i.shl(next, i.c(2)))));
  // Most paths: row g + 1 agrees. Settled before the line's divisions and square root are paid for.
  b.when(i.le(k, nextLast), () => {
    b.when(f.ge(f.load(i.add(nextBase, i.shl(k, i.c(3)))), v), () => b.set(done, i.c(1)));
  });
  b.when(i.and(i.eqz(done), i.eqz(r.nb)), () => alongTheLine(b, r, nextBase, nextLast));
}

/** The rows disagree at k (Poisson): walk k up while the line between them settles each step. */
function alongTheLine(b: FunctionBuilder, r: RowWalk, nextBase: Local<'i32'>, nextLast: Local<'i32'>): void {
  const { g, k, m, v, base, last, done } = r;
  const next = i.add(g, i.c(1));
  const mg = b.let(f.load(i.add(r.meansAt, i.shl(g, i.c(3)))));
  const mn = b.let(f.load(i.add(r.meansAt, i.shl(next, i.c(3)))));
  const width = b.let(f.sub(mn, mg));
  const t = b.let(f.div(f.sub(m, mg), width));
  const halfSquare = b.let(f.mul(f.mul(width, width), f.c(0.125)));
  const overG = b.let(f.load(i.add(r.inversesAt, i.shl(g, i.c(3)))));
  const overN = b.let(f.load(i.add(r.inversesAt, i.shl(next, i.c(3)))));
  const Fg = b.local('f64');
  const Fn = b.local('f64');
  const line = b.local('f64');
  const margin = b.local('f64');
  const kf = b.local('f64');
  /** p(k) of a row from its CDF (k = 0: F(0)). */
  const pmf = (at: Local<'i32'>) =>
    f.sub(
      f.load(i.add(at, i.shl(k, i.c(3)))),
      select(i.ge(k, i.c(1)), f.load(i.add(at, i.shl(i.sub(k, i.c(1)), i.c(3)))), f.c(0)),
    );
  b.repeat((leave) => {
    b.when(i.or(i.gt(k, nextLast), i.gt(k, last)), leave);
    b.set(Fn, f.load(i.add(nextBase, i.shl(k, i.c(3)))));
    b.set(Fg, f.load(i.add(base, i.shl(k, i.c(3)))));
    b.set(line, f.add(Fg, f.mul(t, f.sub(Fn, Fg))));
    // The line is F(k; m) to within Δ²/8·max|∂²F/∂m²| over [m_g, m_{g+1}], and ∂²F/∂m² = p(k)·(1 − k/m).
    // p(k; ·) rises to its peak at m = k and falls after: its largest value on the interval is at an end
    // (the rows' own p(k), read off their CDFs, 1e-12 for the sums' rounding) unless k lies inside, and never
    // above the peak, p(k; k) ≤ 1/√(2πk) (Stirling). |1 − k/m| is largest at an end. Near the centre of a wide
    // row the second factor is ≈ 1/√m: a bound without it (the peak alone) left 4.5 % of a row of means up
    // to 88 to the walk from 0, and most of a row of means in the hundreds.
    b.set(kf, f.fromI32(k));
    const peak = select(i.ge(k, i.c(1)), f.div(f.c(1), f.sqrt(f.mul(f.c(2 * Math.PI), kf))), f.c(1));
    const inside = i.and(f.ge(kf, mg), f.le(kf, mn));
    const ends = f.add(f.max(pmf(base), pmf(nextBase)), f.c(1e-12));
    const largestP = f.min(select(inside, f.c(Number.POSITIVE_INFINITY), ends), peak);
    const factor = f.max(f.abs(f.sub(f.c(1), f.mul(kf, overG))), f.abs(f.sub(f.c(1), f.mul(kf, overN))));
    b.set(margin, f.add(f.mul(halfSquare, f.mul(largestP, factor)), f.c(1e-11)));
    b.when(i.or(f.ge(Fn, v), f.ge(f.sub(line, margin), v)), () => {
      b.set(done, i.c(1));
      leave();
    });
    b.when(i.eqz(f.lt(f.add(line, margin), v)), leave); // within the margin (or NaN): undecided
    b.set(k, i.add(k, i.c(1)));
  });
}

/**
 * range(n, mean, top, result): the smallest and largest mean in (0, top] as two f64 at `result`. With SIMD, four
 * means a step in two pairs of lanes: a path outside (0, top] (NaN, 0, too large) takes +∞ and −∞, which change
 * neither bound, so the bounds are the scalar loop's. Scalar, each step waited on the last one's comparison:
 * ≈ 1.1 ns a mean, a tenth of the count draws.
 */
function range(simd: boolean) {
  const b = new FunctionBuilder(['i32', 'i32', 'f64', 'i32'], []);
  const mean = b.param(1, 'i32');
  const top = b.param(2, 'f64');
  const result = b.param(3, 'i32');
  const lo = b.let(f.c(Number.POSITIVE_INFINITY));
  const hi = b.let(f.c(Number.NEGATIVE_INFINITY));
  const m = b.local('f64');
  const at = b.let(mean);
  const end = b.let(i.add(mean, i.shl(b.param(0, 'i32'), i.c(3))));
  if (simd) rangeInLanes(b, { at, end, top, lo, hi });
  b.loop(at, end, 8, () => {
    b.set(m, f.load(at));
    const ok = i.and(f.gt(m, f.c(0)), f.le(m, top));
    b.set(lo, select(i.and(ok, f.lt(m, lo)), m, lo));
    b.set(hi, select(i.and(ok, f.gt(m, hi)), m, hi));
  });
  const store = (address: Val<'i32'>, x: Val<'f64'>) =>
    b.emit((w) => {
      address.emit(w);
      x.emit(w);
      w.mem(Op.f64Store, 3);
    });
  store(result, lo);
  store(i.add(result, i.c(8)), hi);
  return b.done(null, 'range');
}

/**
 * range's SIMD part: the means from `at` in steps of four (two v128 of two), leaving `at` at the first mean not
 * read and `lo`, `hi` as the bounds so far (the scalar loop takes the rest).
 */
function rangeInLanes(
  b: FunctionBuilder,
  r: { at: Local<'i32'>; end: Local<'i32'>; top: Local<'f64'>; lo: Local<'f64'>; hi: Local<'f64'> },
): void {
  const { w } = b;
  const lanes = (v: number) => {
    const l = b.simdLocal();
    w.f64x2Const(v).localSet(l);
    return l;
  };
  const [lo2, lo2b] = [lanes(Number.POSITIVE_INFINITY), lanes(Number.POSITIVE_INFINITY)];
  const [hi2, hi2b] = [lanes(Number.NEGATIVE_INFINITY), lanes(Number.NEGATIVE_INFINITY)];
  const [inf2, ninf2] = [lanes(Number.POSITIVE_INFINITY), lanes(Number.NEGATIVE_INFINITY)];
  const top2 = b.simdLocal();
  w.localGet(r.top.index).simd(Simd.f64x2Splat).localSet(top2);
  const m2 = b.simdLocal();
  const ok = b.simdLocal();
  // A step of four starts below end − 24; with fewer than four means left, none does (and end − 24 is not taken).
  const last = b.local('i32');
  const fold = (offset: number, lo: number, hi: number) => {
    w.localGet(r.at.index).simdMem(Simd.v128Load, 3, offset).localSet(m2);
    w.localGet(m2).f64x2Const(0).simd(Simd.f64x2Gt);
    w.localGet(m2).localGet(top2).simd(Simd.f64x2Le).simd(Simd.v128And).localSet(ok);
    w.localGet(lo).localGet(m2).localGet(inf2).localGet(ok).simd(Simd.v128Bitselect);
    w.simd(Simd.f64x2Pmin).localSet(lo);
    w.localGet(hi).localGet(m2).localGet(ninf2).localGet(ok).simd(Simd.v128Bitselect);
    w.simd(Simd.f64x2Pmax).localSet(hi);
  };
  b.when(i.ltU(i.add(r.at, i.c(24)), r.end), () => {
    b.set(last, i.sub(r.end, i.c(24)));
    w.forLoop(r.at.index, last.index, 32, () => {
      fold(0, lo2, hi2);
      fold(16, lo2b, hi2b);
    });
  });
  // Neither bound is NaN, so min and max of the lanes are the scalar comparisons' answers.
  const fold4 = (bound: Local<'f64'>, pairs: number[], op: number) => {
    w.localGet(bound.index);
    for (const v of pairs)
      for (const k of [0, 1]) {
        w.localGet(v).simd(Simd.f64x2ExtractLane).byte(k);
        w.op(op);
      }
    w.localSet(bound.index);
  };
  fold4(r.lo, [lo2, lo2b], Op.f64Min);
  fold4(r.hi, [hi2, hi2b], Op.f64Max);
}

/**
 * byRow(count, list, mean, lo, scale, G, counts, sorted): reorders the first `count` paths of `list` by their row
 * g (as the decided pass computes it), keeping path order within a row; `counts` has room for G + 1 i32 and
 * `sorted` for `count`. The paths the decided pass leaves are scattered over every row: taken in row order, the
 * lookup reads one row's CDFs and guide for many paths in turn, and its walks and checks branch alike.
 */
function byRow() {
  const b = new FunctionBuilder(['i32', 'i32', 'i32', 'f64', 'f64', 'i32', 'i32', 'i32'], []);
  const [count, list, mean] = [b.param(0, 'i32'), b.param(1, 'i32'), b.param(2, 'i32')];
  const [lo, scale] = [b.param(3, 'f64'), b.param(4, 'f64')];
  const [G, counts, sorted] = [b.param(5, 'i32'), b.param(6, 'i32'), b.param(7, 'i32')];
  const lastRow = b.let(i.sub(G, i.c(1)));
  const j = b.local('i32');
  const end = b.local('i32');
  const g = b.local('i32');
  const path = b.local('i32');
  const at = b.local('i32');
  const word = (base: Val<'i32'>, index: Val<'i32'>) => i.add(base, i.shl(index, i.c(2)));
  const store = (address: Val<'i32'>, v: Val<'i32'>) =>
    b.emit((w) => {
      address.emit(w);
      v.emit(w);
      w.mem(Op.i32Store, 2);
    });
  /** path = list[j]; g = its row, clamped as the decided pass clamps it. */
  const rowOfNext = () => {
    b.set(path, i.load(word(list, j)));
    b.set(g, i.truncF64(f.mul(f.sub(f.load(i.add(mean, i.shl(path, i.c(3)))), lo), scale)));
    b.set(g, select(i.gtU(g, lastRow), lastRow, g));
  };
  b.set(j, i.c(0));
  b.set(end, i.add(G, i.c(1)));
  b.loop(j, end, 1, () => store(word(counts, j), i.c(0)));
  // counts[g + 1] = paths in row g; then counts[g] = paths in rows below g, each row's first place.
  b.set(j, i.c(0));
  b.set(end, count);
  b.loop(j, end, 1, () => {
    rowOfNext();
    b.set(at, word(counts, i.add(g, i.c(1))));
    store(at, i.add(i.load(at), i.c(1)));
  });
  b.set(j, i.c(1));
  b.set(end, G);
  b.loop(j, end, 1, () =>
    store(word(counts, j), i.add(i.load(word(counts, j)), i.load(word(counts, i.sub(j, i.c(1)))))),
  );
  b.set(j, i.c(0));
  b.set(end, count);
  b.loop(j, end, 1, () => {
    rowOfNext();
    b.set(at, word(counts, g));
    store(word(sorted, i.load(at)), path);
    store(at, i.add(i.load(at), i.c(1)));
  });
  b.set(j, i.c(0));
  b.loop(j, end, 1, () => store(word(list, j), i.load(word(sorted, j))));
  return b.done(null, 'byRow');
}

export interface CountLoops extends CountTableLoops {
  decided(...args: [...RowArgs, logJ: number]): number;
  /** Over the first n paths of `list` (those decided left). */
  lookup: CountLookupFn;
  range(n: number, mean: number, top: number, result: number): void;
  byRow(
    count: number,
    list: number,
    mean: number,
    lo: number,
    scale: number,
    G: number,
    counts: number,
    sorted: number,
  ): void;
}

/** The module's functions for tables with room for `rows` means, after the engine's math (shipped as bytes:
 * loopModuleSources.ts); `simd` false: the decided pass without its pair loop. */
export function countLoopFunctions(rows: number, simd: boolean): FuncDef[] {
  const exp = () => MATH_FUNCTIONS.indexOf('exp');
  const pow = () => MATH_FUNCTIONS.indexOf('pow');
  return [
    ...mathFunctions(0),
    lookup(rows, exp, pow),
    range(simd),
    decided(rows, simd),
    byRow(),
    tabulateFunction(exp, pow),
    guideFunction(GUIDE),
    decideRowFunction(UNDECIDED),
  ];
}

/** The loops for tables with room for COUNT_ROWS means (CountTables.ts), instantiated over `memory`; `simd`
 * false: the decided pass without its pair loop (engines without SIMD, and tests comparing the two). */
export function instantiateCountLoops(memory: WebAssembly.Memory, simd = simdSupported()): CountLoops {
  return loopsOver(memory, `counts:${simd}`) as unknown as CountLoops;
}
