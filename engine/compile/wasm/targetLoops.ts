// The per-path loops of the target statistics, in WebAssembly: one year of one target over all paths. A path
// meets the target in year k when x − aLo·x0 ≥ L, x − aHi·x0 ≤ H and x0 > minX0 (x its value, x0 its base-
// year value): levels and shares (aLo = aHi = 0), increases (aLo = aHi = 1) and growth rates (aLo, aHi the
// compounded bounds) alike. A flag per path (an all-ones or all-zeros 64-bit mask, as SIMD comparisons give)
// remembers the years before:
// - `ever`:   flag |= met — has the path met the target by this year (first-year-met);
// - `always`: flag &= met — has it met it every year so far (quotas).
// Each call writes [paths meeting it this year, paths whose flag is set] as two i32 at `result`. Comparisons
// are exact and the arithmetic is the same in both loops, so the counts never depend on SIMD or path count.
import { CodeWriter } from './CodeWriter.ts';
import type { FuncDef } from './encodeModule.ts';
import { loopsOver } from './loopsOver.ts';
import { Op, Simd, type ValType } from './opcodes.ts';
import { simdSupported } from './simdSupported.ts';

export type TargetLoopFn = (
  n: number,
  x: number,
  x0: number,
  flags: number,
  aLo: number,
  aHi: number,
  L: number,
  H: number,
  minX0: number,
  result: number,
) => void;

export interface TargetLoops {
  ever: TargetLoopFn;
  always: TargetLoopFn;
}

const PARAMS: ValType[] = ['i32', 'i32', 'i32', 'i32', 'f64', 'f64', 'f64', 'f64', 'f64', 'i32'];
const N = 0;
const X = 1;
const X0 = 2;
const FLAGS = 3;
const A_LO = 4;
const A_HI = 5;
const L = 6;
const H = 7;
const MIN_X0 = 8;
const RESULT = 9;

function emitLoop(combine: 'or' | 'and', simd: boolean, exportName: string): FuncDef {
  const locals: ValType[] = [];
  const local = (t: ValType) => PARAMS.length + locals.push(t) - 1;
  const off = local('i32');
  const end = local('i32');
  const metCount = local('i32');
  const setCount = local('i32');
  const now = local('i32');
  const w = new CodeWriter();
  const at = (base: number) => w.localGet(base).localGet(off).op(Op.i32Add);

  let accMet = -1;
  let accSet = -1;
  if (simd) {
    const v = (p: number) => {
      const l = local('v128');
      w.localGet(p).simd(Simd.f64x2Splat).localSet(l);
      return l;
    };
    const vaLo = v(A_LO);
    const vaHi = v(A_HI);
    const vL = v(L);
    const vH = v(H);
    const vMin = v(MIN_X0);
    accMet = local('v128');
    accSet = local('v128');
    const vx = local('v128');
    const vx0 = local('v128');
    const vmet = local('v128');
    w.localGet(N).i32Const(-2).op(Op.i32And).i32Const(3).op(Op.i32Shl).localSet(end);
    w.forLoop(off, end, 16, () => {
      at(X).simdMem(Simd.v128Load, 3).localSet(vx);
      at(X0).simdMem(Simd.v128Load, 3).localSet(vx0);
      w.localGet(vx).localGet(vaLo).localGet(vx0).simd(Simd.f64x2Mul).simd(Simd.f64x2Sub);
      w.localGet(vL).simd(Simd.f64x2Ge);
      w.localGet(vx).localGet(vaHi).localGet(vx0).simd(Simd.f64x2Mul).simd(Simd.f64x2Sub);
      w.localGet(vH).simd(Simd.f64x2Le).simd(Simd.v128And);
      w.localGet(vx0).localGet(vMin).simd(Simd.f64x2Gt).simd(Simd.v128And).localSet(vmet);
      // A true lane is −1: subtracting counts it.
      w.localGet(accMet).localGet(vmet).simd(Simd.i64x2Sub).localSet(accMet);
      at(FLAGS);
      at(FLAGS)
        .simdMem(Simd.v128Load, 3)
        .localGet(vmet)
        .simd(combine === 'or' ? Simd.v128Or : Simd.v128And);
      w.localSet(vx); // reuse vx for the new flags
      w.localGet(vx).simdMem(Simd.v128Store, 3);
      w.localGet(accSet).localGet(vx).simd(Simd.i64x2Sub).localSet(accSet);
    });
  }
  w.localGet(N).i32Const(3).op(Op.i32Shl).localSet(end);
  const met = local('i32');
  w.forLoop(off, end, 8, () => {
    const xLoad = () => at(X).mem(Op.f64Load, 3);
    const x0Load = () => at(X0).mem(Op.f64Load, 3);
    xLoad();
    w.localGet(A_LO);
    x0Load();
    w.op(Op.f64Mul).op(Op.f64Sub).localGet(L).op(Op.f64Ge);
    xLoad();
    w.localGet(A_HI);
    x0Load();
    w.op(Op.f64Mul).op(Op.f64Sub).localGet(H).op(Op.f64Le).op(Op.i32And);
    x0Load();
    w.localGet(MIN_X0).op(Op.f64Gt).op(Op.i32And).localSet(met);
    w.localGet(metCount).localGet(met).op(Op.i32Add).localSet(metCount);
    at(FLAGS).mem(Op.i64Load, 3).op(Op.i32WrapI64).i32Const(1).op(Op.i32And);
    w.localGet(met)
      .op(combine === 'or' ? Op.i32Or : Op.i32And)
      .localSet(now);
    at(FLAGS);
    w.byte(Op.i64Const).i32(0).localGet(now).op(Op.i64ExtendI32U).op(Op.i64Sub).mem(Op.i64Store, 3);
    w.localGet(setCount).localGet(now).op(Op.i32Add).localSet(setCount);
  });
  // result = [metCount + SIMD lanes, setCount + SIMD lanes]
  for (const [count, acc, offset] of [
    [metCount, accMet, 0],
    [setCount, accSet, 4],
  ] as const) {
    w.localGet(RESULT).localGet(count);
    if (simd) {
      for (const lane of [0, 1]) {
        w.localGet(acc).simd(Simd.i64x2ExtractLane).byte(lane).op(Op.i32WrapI64).op(Op.i32Add);
      }
    }
    w.mem(Op.i32Store, 2, offset);
  }
  return { params: PARAMS, results: [], locals, body: w.bytes, export: exportName };
}

/** The module's functions (shipped as bytes: loopModuleSources.ts). */
export function targetLoopFunctions(simd: boolean): FuncDef[] {
  return [emitLoop('or', simd, 'ever'), emitLoop('and', simd, 'always')];
}

/** The loops, compiled once per process and instantiated over a workspace's memory. */
export function instantiateTargetLoops(memory: WebAssembly.Memory, simd = simdSupported()): TargetLoops {
  const exports = loopsOver(memory, `targets:${simd}`);
  return { ever: exports.ever as TargetLoopFn, always: exports.always as TargetLoopFn };
}
