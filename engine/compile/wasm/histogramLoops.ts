// The passes over a cell's values that dominate summarising it, in WebAssembly: counting values per bin and
// gathering the values of the wanted bins (quantilesInto), counting whole numbers (rankIntegers), and
// checking a cell is all NaN (YearSummaries) or all finite (NonFiniteTally). All read the cell where it lies (a
// workspace's memory), so no value is copied. Written instruction by instruction; the comments give each loop as JavaScript.
import { CodeWriter } from './CodeWriter.ts';
import type { FuncDef } from './encodeModule.ts';
import { FunctionBuilder, f, i, select } from './FunctionBuilder.ts';
import { loopsOver } from './loopsOver.ts';
import { Op, Simd, type ValType } from './opcodes.ts';
import { simdSupported } from './simdSupported.ts';

export const BINS = 1024;

export interface HistogramLoops {
  /**
   * For each value: b = its bin, clamp(trunc((v − lo)·scale), 0, BINS − 1) (NaN → 0); codes[k] = b;
   * counts[b]++. Returns the sum, added four values at a time: sum += ((v0 + v1) + v2) + v3. `counts`
   * must be zero.
   */
  count(values: number, n: number, codes: number, counts: number, lo: number, scale: number): number;
  /** For each value whose bin is wanted (wanted[b] = 1): ranked[fill[b]++] = v. */
  gather(values: number, n: number, codes: number, wanted: number, fill: number, ranked: number): void;
  /**
   * For a cell of whole numbers: a tally of each v − lo, where `lo` is a whole number and every v − lo must be
   * a whole number in [0, span). Two tallies: value k's goes to counts[v − lo] or, for the second and fourth
   * of each four the SIMD loop reads, to counts[span + v − lo]; a number's count is the sum of the two.
   * Returns the sum, added as `count` adds it; NaN as soon as a value is not a whole number or falls outside
   * the window (the counts are then partial). counts[0, 2·span) must be zero. (Scalar, four tallies had been
   * slower on cells of 12 or 60 numbers: there the test of each value, not the tally, was the cost.)
   */
  countIntegers(values: number, n: number, counts: number, lo: number, span: number): number;
  /** 1 if every one of the n values is NaN (and n > 0), else 0: stops at the first eight not all NaN. */
  allNaN(values: number, n: number): number;
  /** 1 if every one of the n values is a finite number (and n > 0), else 0: stops at the first eight not all. */
  allFinite(values: number, n: number): number;
  /**
   * The smallest and the largest of the n values, as two doubles at `result`: each value compared in turn
   * (v < low, v > high), so a NaN never counts and of 0 and −0 the first seen stays. From +∞ and −∞.
   */
  extent(values: number, n: number, result: number): void;
}

/** Pushes the byte address of value k of the cell at V (both i32 locals). */
function valueAt(w: CodeWriter, V: number, k: number): CodeWriter {
  return w.localGet(V).localGet(k).i32Const(3).op(Op.i32Shl).op(Op.i32Add);
}

/** Pushes lane j (0–3) of four i32 results kept as two pairs, each in lanes 0 and 1 of its v128 local. */
function laneOfFour(w: CodeWriter, pairs: readonly [number, number], j: number): void {
  w.localGet(pairs[j < 2 ? 0 : 1])
    .simd(Simd.i32x4ExtractLane)
    .byte(j % 2);
}

/**
 * The loop both summing passes share, so a cell's sum — and its mean — has the same bits whichever pass took
 * it: for (k = 0; k < (n & ~3); k += 4) { x0..x3 = v[k..k+3]; sum += ((x0 + x1) + x2) + x3; each(x0, 0) …
 * each(x3, 3) }, then for (; k < n; k++) { x0 = v[k]; sum += x0; each(x0, 0) }. `locals` name the function's
 * locals: the values' base address and n (params), k and end (i32), x0…x3 and sum (f64).
 */
function summingLoop(
  w: CodeWriter,
  locals: { V: number; N: number; k: number; end: number; xs: readonly number[]; sum: number },
  each: (x: number, j: number, unrolled: boolean) => void,
  /** Runs once per four values of the unrolled loop, after the sum and before `each` (at k). */
  group?: () => void,
): void {
  const { V, N, k, end, xs, sum } = locals;
  const [x0, x1, x2, x3] = xs as [number, number, number, number];
  const value = (offset: number) => valueAt(w, V, k).mem(Op.f64Load, 3, offset);
  w.localGet(N).i32Const(-4).op(Op.i32And).localSet(end);
  w.forLoop(k, end, 4, () => {
    xs.forEach((x, j) => {
      value(8 * j).localSet(x);
    });
    w.localGet(sum).localGet(x0).localGet(x1).op(Op.f64Add).localGet(x2).op(Op.f64Add).localGet(x3);
    w.op(Op.f64Add).op(Op.f64Add).localSet(sum);
    group?.();
    xs.forEach((x, j) => {
      each(x, j, true);
    });
  });
  w.localGet(N).localSet(end);
  w.forLoop(k, end, 1, () => {
    value(0).localSet(x0);
    w.localGet(sum).localGet(x0).op(Op.f64Add).localSet(sum);
    each(x0, 0, false);
  });
}

/** table[index]++ on an i32 table, through the address local `at`. */
function increment(w: CodeWriter, table: number, index: number, at: number): void {
  w.localGet(table).localGet(index).i32Const(2).op(Op.i32Shl).op(Op.i32Add).localSet(at);
  w.localGet(at).localGet(at).mem(Op.i32Load, 2).i32Const(1).op(Op.i32Add).mem(Op.i32Store, 2);
}

function emitCount(simd: boolean): FuncDef {
  const params: ValType[] = ['i32', 'i32', 'i32', 'i32', 'f64', 'f64'];
  const [V, N, CODES, COUNTS, LO, SCALE] = [0, 1, 2, 3, 4, 5] as const;
  const locals: ValType[] = ['i32', 'i32', 'i32', 'i32', 'f64', 'f64', 'f64', 'f64', 'f64'];
  const [k, end, b, p, x0, x1, x2, x3, sum] = [6, 7, 8, 9, 10, 11, 12, 13, 14] as const;
  // SIMD: lo, scale, 0 and BINS − 1 in every lane; the bins of each pair of values (lanes 0 and 1).
  const [lo2, scale2, zero4, top4, ba, bb] = [15, 16, 17, 18, 19, 20] as const;
  if (simd) locals.push('v128', 'v128', 'v128', 'v128', 'v128', 'v128');
  const w = new CodeWriter();
  /** codes[k + j] = b; counts[b]++ */
  const tally = (j: number) => {
    w.localGet(CODES)
      .localGet(k)
      .i32Const(1)
      .op(Op.i32Shl)
      .op(Op.i32Add)
      .localGet(b)
      .mem(Op.i32Store16, 1, 2 * j);
    increment(w, COUNTS, b, p);
  };
  /** b = bin(x), then tallied */
  const bin = (x: number, j: number) => {
    w.localGet(x).localGet(LO).op(Op.f64Sub).localGet(SCALE).op(Op.f64Mul);
    w.byte(Op.miscPrefix).u32(Op.i32TruncSatF64S).localSet(b);
    w.localGet(b).i32Const(0).localGet(b).i32Const(0).op(Op.i32GtS).op(Op.select).localSet(b);
    w.localGet(b)
      .i32Const(BINS - 1)
      .localGet(b)
      .i32Const(BINS - 1)
      .op(Op.i32LtS)
      .op(Op.select)
      .localSet(b);
    tally(j);
  };
  /** The bins of four values at once, lane by lane the same truncation and clamps (i32x4 min and max). */
  const four = () => {
    for (const [offset, bl] of [
      [0, ba],
      [16, bb],
    ] as const) {
      valueAt(w, V, k).simdMem(Simd.v128Load, 3, offset);
      w.localGet(lo2).simd(Simd.f64x2Sub).localGet(scale2).simd(Simd.f64x2Mul);
      w.simd(Simd.i32x4TruncSatF64x2SZero).localGet(zero4).simd(Simd.i32x4MaxS);
      w.localGet(top4).simd(Simd.i32x4MinS).localSet(bl);
    }
  };
  if (simd) {
    w.localGet(LO).simd(Simd.f64x2Splat).localSet(lo2);
    w.localGet(SCALE).simd(Simd.f64x2Splat).localSet(scale2);
    w.i32Const(0).simd(Simd.i32x4Splat).localSet(zero4);
    w.i32Const(BINS - 1)
      .simd(Simd.i32x4Splat)
      .localSet(top4);
  }
  const each = (x: number, j: number, unrolled: boolean) => {
    if (!simd || !unrolled) return bin(x, j);
    laneOfFour(w, [ba, bb], j);
    w.localSet(b);
    tally(j);
  };
  summingLoop(w, { V, N, k, end, xs: [x0, x1, x2, x3], sum }, each, simd ? four : undefined);
  w.localGet(sum);
  return { params, results: ['f64'], locals, body: w.bytes, export: 'count' };
}

function emitGather(): FuncDef {
  const params: ValType[] = ['i32', 'i32', 'i32', 'i32', 'i32', 'i32'];
  const [V, N, CODES, WANTED, FILL, RANKED] = [0, 1, 2, 3, 4, 5] as const;
  const locals: ValType[] = ['i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32'];
  const [k, end, m, mEnd, c, p, f] = [6, 7, 8, 9, 10, 11, 12] as const;
  const w = new CodeWriter();
  const code = (i: number, offset = 0) =>
    w.localGet(CODES).localGet(i).i32Const(1).op(Op.i32Shl).op(Op.i32Add).mem(Op.i32Load16U, 1, offset);
  const isWanted = () => w.localGet(WANTED).op(Op.i32Add).mem(Op.i32Load8U, 0);
  /** c = codes[m]; if (wanted[c]) ranked[fill[c]++] = v[m] */
  const one = () => {
    code(m).localSet(c);
    w.localGet(c);
    isWanted();
    w.byte(Op.if, 0x40);
    w.localGet(FILL).localGet(c).i32Const(2).op(Op.i32Shl).op(Op.i32Add).localSet(p);
    w.localGet(p).mem(Op.i32Load, 2).localSet(f);
    w.localGet(p).localGet(f).i32Const(1).op(Op.i32Add).mem(Op.i32Store, 2);
    w.localGet(RANKED).localGet(f).i32Const(3).op(Op.i32Shl).op(Op.i32Add);
    w.localGet(V).localGet(m).i32Const(3).op(Op.i32Shl).op(Op.i32Add).mem(Op.f64Load, 3);
    w.mem(Op.f64Store, 3);
    w.byte(Op.end);
  };
  // A few percent of values are wanted, scattered at random: eight are tested with one branch, which is
  // rarely taken, where a branch per value would mispredict on every wanted one.
  w.localGet(N).i32Const(-8).op(Op.i32And).localSet(end);
  w.forLoop(k, end, 8, () => {
    for (let j = 0; j < 8; j++) {
      code(k, 2 * j);
      isWanted();
      if (j > 0) w.op(Op.i32Or);
    }
    w.byte(Op.if, 0x40);
    w.localGet(k).localSet(m).localGet(k).i32Const(8).op(Op.i32Add).localSet(mEnd);
    w.forLoop(m, mEnd, 1, one);
    w.byte(Op.end);
  });
  w.localGet(k).localSet(m).localGet(N).localSet(mEnd);
  w.forLoop(m, mEnd, 1, one);
  return { params, results: [], locals, body: w.bytes, export: 'gather' };
}

function emitCountIntegers(simd: boolean): FuncDef {
  const params: ValType[] = ['i32', 'i32', 'i32', 'f64', 'i32'];
  const [V, N, COUNTS, LO, SPAN] = [0, 1, 2, 3, 4] as const;
  const locals: ValType[] = ['i32', 'i32', 'i32', 'i32', 'f64', 'f64', 'f64', 'f64', 'f64', 'f64'];
  const [k, end, j, p, x0, x1, x2, x3, sum, d] = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14] as const;
  // SIMD: lo and span in every lane; each pair's distances from lo (da, db) and their truncations (ja, jb).
  const [lo2, span4, da, db, ja, jb] = [15, 16, 17, 18, 19, 20] as const;
  const SECOND = 21; // the second tally: counts + 4·span
  if (simd) locals.push('v128', 'v128', 'v128', 'v128', 'v128', 'v128', 'i32');
  const w = new CodeWriter();
  /** d = x − lo; j = trunc(d); if (j ≠ d or j ∉ [0, span)) return NaN; counts[j]++ */
  const tally = (x: number) => {
    w.localGet(x).localGet(LO).op(Op.f64Sub).localSet(d);
    w.localGet(d).byte(Op.miscPrefix).u32(Op.i32TruncSatF64S).localSet(j);
    // NaN, ±Infinity and fractions fail the round trip; a negative j fails the unsigned bound.
    w.localGet(j).op(Op.f64ConvertI32S).localGet(d).op(Op.f64Ne);
    w.localGet(j).localGet(SPAN).op(Op.i32GeU).op(Op.i32Or);
    w.byte(Op.if, 0x40).f64Const(Number.NaN).op(Op.return).byte(Op.end);
    increment(w, COUNTS, j, p);
  };
  /**
   * The same test for four values at once, lane by lane the same truncation, round trip and bound: one branch
   * per four values rather than one per value, and the tallies read each j from its lane. The scalar test was
   * ≈ 2.2 ns a value on its own instructions, whatever the cell held (12 numbers or a thousand).
   */
  const four = () => {
    for (const [offset, dl, jl] of [
      [0, da, ja],
      [16, db, jb],
    ] as const) {
      valueAt(w, V, k).simdMem(Simd.v128Load, 3, offset);
      w.localGet(lo2).simd(Simd.f64x2Sub).localSet(dl);
      w.localGet(dl).simd(Simd.i32x4TruncSatF64x2SZero).localSet(jl);
    }
    // Lanes 2 and 3 of ja and jb are 0, below any span.
    w.localGet(ja).simd(Simd.f64x2ConvertLowI32x4S).localGet(da).simd(Simd.f64x2Ne);
    w.localGet(ja).localGet(span4).simd(Simd.i32x4GeU).simd(Simd.v128Or);
    w.localGet(jb).simd(Simd.f64x2ConvertLowI32x4S).localGet(db).simd(Simd.f64x2Ne).simd(Simd.v128Or);
    w.localGet(jb).localGet(span4).simd(Simd.i32x4GeU).simd(Simd.v128Or);
    w.simd(Simd.v128AnyTrue).byte(Op.if, 0x40).f64Const(Number.NaN).op(Op.return).byte(Op.end);
  };
  if (simd) {
    w.localGet(LO).simd(Simd.f64x2Splat).localSet(lo2);
    w.localGet(SPAN).simd(Simd.i32x4Splat).localSet(span4);
    w.localGet(COUNTS).localGet(SPAN).i32Const(2).op(Op.i32Shl).op(Op.i32Add).localSet(SECOND);
  }
  const each = (x: number, lane: number, unrolled: boolean) => {
    if (!simd || !unrolled) return tally(x);
    laneOfFour(w, [ja, jb], lane);
    w.localSet(j);
    // Odd lanes tally apart: a cell of one or two numbers would otherwise wait on the last value's store.
    increment(w, lane % 2 ? SECOND : COUNTS, j, p);
  };
  summingLoop(w, { V, N, k, end, xs: [x0, x1, x2, x3], sum }, each, simd ? four : undefined);
  w.localGet(sum);
  return { params, results: ['f64'], locals, body: w.bytes, export: 'countIntegers' };
}

/** x ≠ x: 1 for NaN. */
const isNaN_ = (w: CodeWriter, x: number) => void w.localGet(x).localGet(x).op(Op.f64Ne);
/** x − x = 0: 1 for a finite number (∞ − ∞ and NaN − NaN are NaN). */
const isFinite_ = (w: CodeWriter, x: number) =>
  void w.localGet(x).localGet(x).op(Op.f64Sub).f64Const(0).op(Op.f64Eq);

/**
 * all(values, n): 1 if `test` holds for every one of the n values (and n > 0), else 0. Eight values a test:
 * a row that passes (an indicator awaiting its base, for allNaN) is read at memory speed, and one that fails
 * is left at its first eight.
 */
function emitAll(test: (w: CodeWriter, x: number) => void, name: string): FuncDef {
  const params: ValType[] = ['i32', 'i32'];
  const [V, N] = [0, 1] as const;
  const locals: ValType[] = ['i32', 'i32', 'f64'];
  const [k, end, x] = [2, 3, 4] as const;
  const w = new CodeWriter();
  /** x = v[k + j], tested. */
  const testAt = (j: number) => {
    w.localGet(V)
      .localGet(k)
      .i32Const(3)
      .op(Op.i32Shl)
      .op(Op.i32Add)
      .mem(Op.f64Load, 3, 8 * j)
      .localSet(x);
    test(w, x);
  };
  const notAll = () => w.op(Op.i32Eqz).byte(Op.if, 0x40).i32Const(0).op(Op.return).byte(Op.end);
  w.localGet(N).i32Const(-8).op(Op.i32And).localSet(end);
  w.forLoop(k, end, 8, () => {
    for (let j = 0; j < 8; j++) {
      testAt(j);
      if (j > 0) w.op(Op.i32And);
    }
    notAll();
  });
  w.localGet(N).localSet(end);
  w.forLoop(k, end, 1, () => {
    testAt(0);
    notAll();
  });
  w.localGet(N).i32Const(0).op(Op.i32GtU);
  return { params, results: ['i32'], locals, body: w.bytes, export: name };
}

/** The loops over `memory`; `simd` false: values binned and whole numbers tested one at a time (engines without
 * SIMD, and tests comparing the two). */
export function instantiateHistogramLoops(
  memory: WebAssembly.Memory,
  simd = simdSupported(),
): HistogramLoops {
  return loopsOver(memory, `histogram:${simd}`) as unknown as HistogramLoops;
}

/** The module's functions (shipped as bytes: loopModuleSources.ts). */
function emitExtent(): FuncDef {
  const b = new FunctionBuilder(['i32', 'i32', 'i32'], []);
  const [values, n, result] = [b.param(0, 'i32'), b.param(1, 'i32'), b.param(2, 'i32')];
  const low = b.let(f.c(Number.POSITIVE_INFINITY));
  const high = b.let(f.c(Number.NEGATIVE_INFINITY));
  const v = b.local('f64');
  const at = b.let(values);
  const end = b.let(i.add(values, i.shl(n, i.c(3))));
  b.loop(at, end, 8, () => {
    b.set(v, f.load(at));
    b.set(low, select(f.lt(v, low), v, low));
    b.set(high, select(f.gt(v, high), v, high));
  });
  b.store(result, low);
  b.store(i.add(result, i.c(8)), high);
  return b.done(null, 'extent');
}

export function histogramLoopFunctions(simd: boolean): FuncDef[] {
  return [
    emitCount(simd),
    emitGather(),
    emitCountIntegers(simd),
    emitAll(isNaN_, 'allNaN'),
    emitAll(isFinite_, 'allFinite'),
    emitExtent(),
  ];
}
