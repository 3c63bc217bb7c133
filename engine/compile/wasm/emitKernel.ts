// Compiles one kernel's expression into a WebAssembly function that loops over all paths: SIMD two paths at
// a time where the engine supports it, then a scalar loop for the last odd path. Both loops do the same IEEE
// operations lane by lane, so a path's value never depends on which loop computed it or on how many paths
// run. Functions WebAssembly lacks are called from JavaScript's Math, one lane at a time.
//
// Signature: (n: i32, frame: i32, macroCoef: f64, ownCoef: f64, year: f64, t: f64). `frame` is the byte
// address of n's companions, as i32 byte addresses: [out, macro noise, own noise, input 0, input 1, …].
import type { Expr, MathImport } from '../formula/Expr.ts';
import { CodeWriter } from './CodeWriter.ts';
import type { FuncDef } from './encodeModule.ts';
import { Op, Simd, type ValType } from './opcodes.ts';

export const KERNEL_PARAMS: ValType[] = ['i32', 'i32', 'f64', 'f64', 'f64', 'f64'];
const N = 0;
const FRAME = 1;
const MACRO_COEF = 2;
const OWN_COEF = 3;
const YEAR = 4;
const T = 5;
/** Frame slots before the inputs. */
export const FRAME_OUT = 0;
export const FRAME_MACRO = 1;
export const FRAME_OWN = 2;
export const FRAME_INPUTS = 3;

const ALIGN_F64 = 3; // rows start anywhere a double may: 8-byte alignment, also for v128 loads

const SCALAR_BINARY = {
  add: Op.f64Add,
  sub: Op.f64Sub,
  mul: Op.f64Mul,
  div: Op.f64Div,
  min: Op.f64Min,
  max: Op.f64Max,
} as const;
const SIMD_BINARY = {
  add: Simd.f64x2Add,
  sub: Simd.f64x2Sub,
  mul: Simd.f64x2Mul,
  div: Simd.f64x2Div,
  min: Simd.f64x2Min,
  max: Simd.f64x2Max,
} as const;
const SCALAR_COMPARE = { lt: Op.f64Lt, gt: Op.f64Gt, le: Op.f64Le, ge: Op.f64Ge, eq: Op.f64Eq, ne: Op.f64Ne };
const SIMD_COMPARE = {
  lt: Simd.f64x2Lt,
  gt: Simd.f64x2Gt,
  le: Simd.f64x2Le,
  ge: Simd.f64x2Ge,
  eq: Simd.f64x2Eq,
  ne: Simd.f64x2Ne,
};
const SCALAR_UNARY = {
  neg: Op.f64Neg,
  abs: Op.f64Abs,
  sqrt: Op.f64Sqrt,
  floor: Op.f64Floor,
  ceil: Op.f64Ceil,
};
const SIMD_UNARY = {
  neg: Simd.f64x2Neg,
  abs: Simd.f64x2Abs,
  sqrt: Simd.f64x2Sqrt,
  floor: Simd.f64x2Floor,
  ceil: Simd.f64x2Ceil,
};

export function emitKernel(
  expr: Expr,
  inputCount: number,
  importIndex: (fn: MathImport) => number,
  simd: boolean,
  exportName: string,
): FuncDef {
  const locals: ValType[] = [];
  const local = (type: ValType): number => {
    locals.push(type);
    return KERNEL_PARAMS.length + locals.length - 1;
  };
  const off = local('i32'); // byte offset of the current path
  const end = local('i32');
  const out = local('i32');
  const macro = local('i32');
  const own = local('i32');
  const inputs = Array.from({ length: inputCount }, () => local('i32'));
  const w = new CodeWriter();

  const slot = (k: number) => w.localGet(FRAME).mem(Op.i32Load, 2, 4 * k);
  slot(FRAME_OUT).localSet(out);
  slot(FRAME_MACRO).localSet(macro);
  slot(FRAME_OWN).localSet(own);
  inputs.forEach((l, k) => {
    slot(FRAME_INPUTS + k).localSet(l);
  });
  const at = (base: number) => w.localGet(base).localGet(off).op(Op.i32Add);

  const scalar = (e: Expr): void => {
    switch (e.op) {
      case 'num':
        w.f64Const(e.value);
        return;
      case 'input':
        at(inputs[e.k]!).mem(Op.f64Load, ALIGN_F64);
        return;
      case 'year':
        w.localGet(YEAR);
        return;
      case 't':
        w.localGet(T);
        return;
      case 'noise':
        w.localGet(MACRO_COEF);
        at(macro).mem(Op.f64Load, ALIGN_F64).op(Op.f64Mul).localGet(OWN_COEF);
        at(own).mem(Op.f64Load, ALIGN_F64).op(Op.f64Mul).op(Op.f64Add);
        return;
      case 'not':
        truthy(e.a);
        w.op(Op.i32Eqz).op(Op.f64ConvertI32U);
        return;
      case 'neg':
      case 'abs':
      case 'sqrt':
      case 'floor':
      case 'ceil':
        scalar(e.a);
        w.op(SCALAR_UNARY[e.op]);
        return;
      case 'and':
      case 'or':
        truthy(e.a);
        truthy(e.b);
        w.op(e.op === 'and' ? Op.i32And : Op.i32Or).op(Op.f64ConvertI32U);
        return;
      case 'lt':
      case 'gt':
      case 'le':
      case 'ge':
      case 'eq':
      case 'ne':
        scalar(e.a);
        scalar(e.b);
        w.op(SCALAR_COMPARE[e.op]).op(Op.f64ConvertI32U);
        return;
      case 'if':
        scalar(e.t);
        scalar(e.f);
        truthy(e.c);
        w.op(Op.select);
        return;
      case 'call':
        for (const a of e.args) scalar(a);
        w.byte(Op.call).u32(importIndex(e.fn));
        return;
      default:
        scalar(e.a);
        scalar(e.b);
        w.op(SCALAR_BINARY[e.op]);
    }
  };

  /** i32 1 when e is neither 0 nor NaN (mathjs's truthiness of a number): e ≠ 0 and e = e. */
  const truthy = (e: Expr) => {
    scalar(e);
    const l = local('f64');
    w.localSet(l).localGet(l).f64Const(0).op(Op.f64Ne).localGet(l).localGet(l).op(Op.f64Eq).op(Op.i32And);
  };

  const vmc = simd ? local('v128') : -1;
  const voc = simd ? local('v128') : -1;
  const vyear = simd ? local('v128') : -1;
  const vt = simd ? local('v128') : -1;
  const one = () => w.f64x2Const(1);
  const zero = () => w.f64x2Const(0);
  /** The lane mask of truthy(e). */
  const vtruthy = (e: Expr) => {
    vector(e);
    const l = local('v128');
    w.localSet(l).localGet(l);
    zero();
    w.simd(Simd.f64x2Ne).localGet(l).localGet(l).simd(Simd.f64x2Eq).simd(Simd.v128And);
  };
  const vector = (e: Expr): void => {
    switch (e.op) {
      case 'num':
        w.f64x2Const(e.value);
        return;
      case 'input':
        at(inputs[e.k]!).simdMem(Simd.v128Load, ALIGN_F64);
        return;
      case 'year':
        w.localGet(vyear);
        return;
      case 't':
        w.localGet(vt);
        return;
      case 'noise':
        w.localGet(vmc);
        at(macro).simdMem(Simd.v128Load, ALIGN_F64).simd(Simd.f64x2Mul).localGet(voc);
        at(own).simdMem(Simd.v128Load, ALIGN_F64).simd(Simd.f64x2Mul).simd(Simd.f64x2Add);
        return;
      case 'not':
        vtruthy(e.a);
        w.simd(Simd.v128Not);
        one();
        w.simd(Simd.v128And);
        return;
      case 'neg':
      case 'abs':
      case 'sqrt':
      case 'floor':
      case 'ceil':
        vector(e.a);
        w.simd(SIMD_UNARY[e.op]);
        return;
      case 'and':
      case 'or':
        vtruthy(e.a);
        vtruthy(e.b);
        w.simd(e.op === 'and' ? Simd.v128And : Simd.v128Or);
        one();
        w.simd(Simd.v128And);
        return;
      case 'lt':
      case 'gt':
      case 'le':
      case 'ge':
      case 'eq':
      case 'ne':
        vector(e.a);
        vector(e.b);
        w.simd(SIMD_COMPARE[e.op]);
        one();
        w.simd(Simd.v128And);
        return;
      case 'if':
        vector(e.t);
        vector(e.f);
        vtruthy(e.c);
        w.simd(Simd.v128Bitselect);
        return;
      case 'call': {
        // Arguments into locals, then the function once per lane.
        const temps = e.args.map((a) => {
          vector(a);
          const l = local('v128');
          w.localSet(l);
          return l;
        });
        for (const lane of [0, 1]) {
          for (const l of temps) w.localGet(l).simd(Simd.f64x2ExtractLane).byte(lane);
          w.byte(Op.call).u32(importIndex(e.fn));
          if (lane === 0) w.simd(Simd.f64x2Splat);
          else w.simd(Simd.f64x2ReplaceLane).byte(1);
        }
        return;
      }
      default:
        vector(e.a);
        vector(e.b);
        w.simd(SIMD_BINARY[e.op]);
    }
  };

  // out[off] = expr for every path: pairs first (SIMD), then an odd last path
  if (simd) {
    for (const [l, p] of [
      [vmc, MACRO_COEF],
      [voc, OWN_COEF],
      [vyear, YEAR],
      [vt, T],
    ] as const)
      w.localGet(p).simd(Simd.f64x2Splat).localSet(l);
    // end = (n & ~1) · 8: the pairs
    w.localGet(N).i32Const(-2).op(Op.i32And).i32Const(3).op(Op.i32Shl).localSet(end);
    w.forLoop(off, end, 16, () => {
      at(out);
      vector(expr);
      w.simdMem(Simd.v128Store, ALIGN_F64);
    });
  }
  w.localGet(N).i32Const(3).op(Op.i32Shl).localSet(end);
  w.forLoop(off, end, 8, () => {
    at(out);
    scalar(expr);
    w.mem(Op.f64Store, ALIGN_F64);
  });
  return { params: KERNEL_PARAMS, results: [], locals, body: w.bytes, export: exportName };
}
