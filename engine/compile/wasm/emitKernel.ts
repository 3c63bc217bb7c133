// Compiles one kernel's expression into a WebAssembly function that loops over all paths: SIMD two paths at
// a time where the engine supports it, then a scalar loop for the last odd path. One walk over the IR emits
// both loops; what differs between them — one f64 or an f64x2 pair, an i32 condition or a lane mask — is a
// `Lane` (scalarLane, pairLane below). Both do the same IEEE operations lane by lane, so a path's value never
// depends on which loop computed it or on how many paths run. exp, log, pow, … are the engine's own
// functions in the same module (mathFunctions.ts), called once per lane: no host Math, so the bits are the
// same in every JavaScript engine.
//
// Signature: (n: i32, frame: i32, macroCoef: f64, ownCoef: f64, year: f64, t: f64). `frame` is the byte
// address of n's companions, as i32 byte addresses: [out, macro noise, own noise, input 0, input 1, …].
// Noise rows hold float32 draws (4 bytes a path); every other row holds doubles.
import type { Expr, MathFn } from '../formula/Expr.ts';
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
const ALIGN_F32_PAIR = 2;

type Unary = 'neg' | 'abs' | 'sqrt' | 'floor' | 'ceil';
type Binary = 'add' | 'sub' | 'mul' | 'div' | 'min' | 'max';
type Compare = 'lt' | 'gt' | 'le' | 'ge' | 'eq' | 'ne';

/** What one loop does with values: a scalar f64 per path, or an f64x2 pair of paths. */
interface Lane {
  num(v: number): void;
  /** The double at row `base` for the current path(s). */
  load(base: number): void;
  /** The float32 noise draw at row `base`, as a double. */
  loadNoise(base: number): void;
  /** A function parameter (year, t, a noise coefficient), the same for every path. */
  uniform(param: number): void;
  unary(op: Unary): void;
  binary(op: Binary): void;
  /** Leaves the comparison's condition (an i32, or a lane mask). */
  compare(op: Compare): void;
  /** Value → condition: neither 0 nor NaN (mathjs's truthiness of a number). */
  truthy(): void;
  not(): void;
  logic(op: 'and' | 'or'): void;
  /** Condition → 1 or 0. */
  toNumber(): void;
  /** [t, f, condition] → t where the condition holds, else f. */
  select(): void;
  /** fn(args…), each argument pushed by its callback. */
  call(fn: number, args: (() => void)[]): void;
  store(): void;
}

const SCALAR_BINARY: Record<Binary, number> = {
  add: Op.f64Add,
  sub: Op.f64Sub,
  mul: Op.f64Mul,
  div: Op.f64Div,
  min: Op.f64Min,
  max: Op.f64Max,
};
const PAIR_BINARY: Record<Binary, number> = {
  add: Simd.f64x2Add,
  sub: Simd.f64x2Sub,
  mul: Simd.f64x2Mul,
  div: Simd.f64x2Div,
  min: Simd.f64x2Min,
  max: Simd.f64x2Max,
};
const SCALAR_COMPARE: Record<Compare, number> = {
  lt: Op.f64Lt,
  gt: Op.f64Gt,
  le: Op.f64Le,
  ge: Op.f64Ge,
  eq: Op.f64Eq,
  ne: Op.f64Ne,
};
const PAIR_COMPARE: Record<Compare, number> = {
  lt: Simd.f64x2Lt,
  gt: Simd.f64x2Gt,
  le: Simd.f64x2Le,
  ge: Simd.f64x2Ge,
  eq: Simd.f64x2Eq,
  ne: Simd.f64x2Ne,
};
const SCALAR_UNARY: Record<Unary, number> = {
  neg: Op.f64Neg,
  abs: Op.f64Abs,
  sqrt: Op.f64Sqrt,
  floor: Op.f64Floor,
  ceil: Op.f64Ceil,
};
const PAIR_UNARY: Record<Unary, number> = {
  neg: Simd.f64x2Neg,
  abs: Simd.f64x2Abs,
  sqrt: Simd.f64x2Sqrt,
  floor: Simd.f64x2Floor,
  ceil: Simd.f64x2Ceil,
};

interface Frame {
  w: CodeWriter;
  local: (type: ValType) => number;
  /** Pushes row `base`'s byte address for the current path (8 bytes a path). */
  at: (base: number) => void;
  /** The same for a float32 row (4 bytes a path). */
  at32: (base: number) => void;
}

function scalarLane({ w, local, at, at32 }: Frame): Lane {
  return {
    num: (v) => w.f64Const(v),
    load: (base) => {
      at(base);
      w.mem(Op.f64Load, ALIGN_F64);
    },
    loadNoise: (base) => {
      at32(base);
      w.mem(Op.f32Load, 2).op(Op.f64PromoteF32);
    },
    uniform: (param) => w.localGet(param),
    unary: (op) => w.op(SCALAR_UNARY[op]),
    binary: (op) => w.op(SCALAR_BINARY[op]),
    compare: (op) => w.op(SCALAR_COMPARE[op]),
    truthy: () => {
      const l = local('f64');
      w.localSet(l).localGet(l).f64Const(0).op(Op.f64Ne).localGet(l).localGet(l).op(Op.f64Eq).op(Op.i32And);
    },
    not: () => w.op(Op.i32Eqz),
    logic: (op) => w.op(op === 'and' ? Op.i32And : Op.i32Or),
    toNumber: () => w.op(Op.f64ConvertI32U),
    select: () => w.op(Op.select),
    call: (fn, args) => {
      for (const a of args) a();
      w.byte(Op.call).u32(fn);
    },
    store: () => w.mem(Op.f64Store, ALIGN_F64),
  };
}

function pairLane({ w, local, at, at32 }: Frame, splats: Map<number, number>): Lane {
  const one = () => w.f64x2Const(1);
  return {
    num: (v) => w.f64x2Const(v),
    load: (base) => {
      at(base);
      w.simdMem(Simd.v128Load, ALIGN_F64);
    },
    loadNoise: (base) => {
      at32(base);
      w.simdMem(Simd.v128Load64Zero, ALIGN_F32_PAIR).simd(Simd.f64x2PromoteLowF32x4);
    },
    uniform: (param) => w.localGet(splats.get(param)!),
    unary: (op) => w.simd(PAIR_UNARY[op]),
    binary: (op) => w.simd(PAIR_BINARY[op]),
    compare: (op) => w.simd(PAIR_COMPARE[op]),
    truthy: () => {
      const l = local('v128');
      w.localSet(l).localGet(l).f64x2Const(0);
      w.simd(Simd.f64x2Ne).localGet(l).localGet(l).simd(Simd.f64x2Eq).simd(Simd.v128And);
    },
    not: () => w.simd(Simd.v128Not),
    logic: (op) => w.simd(op === 'and' ? Simd.v128And : Simd.v128Or),
    toNumber: () => {
      one();
      w.simd(Simd.v128And);
    },
    select: () => w.simd(Simd.v128Bitselect),
    call: (fn, args) => {
      // Arguments into locals, then the function once per lane.
      const temps = args.map((a) => {
        a();
        const l = local('v128');
        w.localSet(l);
        return l;
      });
      for (const lane of [0, 1]) {
        for (const l of temps) w.localGet(l).simd(Simd.f64x2ExtractLane).byte(lane);
        w.byte(Op.call).u32(fn);
        if (lane === 0) w.simd(Simd.f64x2Splat);
        else w.simd(Simd.f64x2ReplaceLane).byte(1);
      }
    },
    store: () => w.simdMem(Simd.v128Store, ALIGN_F64),
  };
}

/** Emits e on `lane`: the one walk over the IR both loops share. */
function walk(
  e: Expr,
  lane: Lane,
  inputs: number[],
  noise: { macro: number; own: number },
  fnIndex: (fn: MathFn) => number,
): void {
  const value = (x: Expr) => walk(x, lane, inputs, noise, fnIndex);
  const condition = (x: Expr) => {
    value(x);
    lane.truthy();
  };
  switch (e.op) {
    case 'num':
      lane.num(e.value);
      return;
    case 'input':
      lane.load(inputs[e.k]!);
      return;
    case 'year':
      lane.uniform(YEAR);
      return;
    case 't':
      lane.uniform(T);
      return;
    case 'noise':
      // macroCoef·macro + ownCoef·own
      lane.uniform(MACRO_COEF);
      lane.loadNoise(noise.macro);
      lane.binary('mul');
      lane.uniform(OWN_COEF);
      lane.loadNoise(noise.own);
      lane.binary('mul');
      lane.binary('add');
      return;
    case 'not':
      condition(e.a);
      lane.not();
      lane.toNumber();
      return;
    case 'neg':
    case 'abs':
    case 'sqrt':
    case 'floor':
    case 'ceil':
      value(e.a);
      lane.unary(e.op);
      return;
    case 'and':
    case 'or':
      condition(e.a);
      condition(e.b);
      lane.logic(e.op);
      lane.toNumber();
      return;
    case 'lt':
    case 'gt':
    case 'le':
    case 'ge':
    case 'eq':
    case 'ne':
      value(e.a);
      value(e.b);
      lane.compare(e.op);
      lane.toNumber();
      return;
    case 'if':
      value(e.t);
      value(e.f);
      condition(e.c);
      lane.select();
      return;
    case 'call':
      lane.call(
        fnIndex(e.fn),
        e.args.map((a) => () => value(a)),
      );
      return;
    default:
      value(e.a);
      value(e.b);
      lane.binary(e.op);
      return;
  }
}

export function emitKernel(
  expr: Expr,
  inputCount: number,
  fnIndex: (fn: MathFn) => number,
  simd: boolean,
  exportName: string,
): FuncDef {
  const locals: ValType[] = [];
  const local = (type: ValType): number => {
    locals.push(type);
    return KERNEL_PARAMS.length + locals.length - 1;
  };
  const off = local('i32'); // byte offset of the current path in a row of doubles
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
  const frame: Frame = {
    w,
    local,
    at: (base) => void w.localGet(base).localGet(off).op(Op.i32Add),
    at32: (base) => void w.localGet(base).localGet(off).i32Const(1).op(Op.i32ShrU).op(Op.i32Add),
  };
  const noise = { macro, own };
  const loop = (lane: Lane, step: number) =>
    w.forLoop(off, end, step, () => {
      frame.at(out);
      walk(expr, lane, inputs, noise, fnIndex);
      lane.store();
    });

  // out[off] = expr for every path: pairs first (SIMD), then an odd last path
  if (simd) {
    const splats = new Map<number, number>();
    for (const p of [MACRO_COEF, OWN_COEF, YEAR, T]) {
      const l = local('v128');
      w.localGet(p).simd(Simd.f64x2Splat).localSet(l);
      splats.set(p, l);
    }
    // end = (n & ~1) · 8: the pairs
    w.localGet(N).i32Const(-2).op(Op.i32And).i32Const(3).op(Op.i32Shl).localSet(end);
    loop(pairLane(frame, splats), 16);
  }
  w.localGet(N).i32Const(3).op(Op.i32Shl).localSet(end);
  loop(scalarLane(frame), 8);
  return { params: KERNEL_PARAMS, results: [], locals, body: w.bytes, export: exportName };
}
