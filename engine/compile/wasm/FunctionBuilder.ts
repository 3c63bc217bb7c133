// Writes a WebAssembly function as expressions over named locals rather than raw stack code, so algorithms
// written in C (fdlibm's exp, log and pow; the normal generator) read line for line like their sources:
// `const s = b.let(f.div(f_, f.add(f.c(2), f_)))`. Each value knows its type and how to push itself.
import { CodeWriter } from './CodeWriter.ts';
import type { FuncDef } from './encodeModule.ts';
import { Op, type ValType } from './opcodes.ts';

export type Ty = Exclude<ValType, 'v128'>;

/** A value: pushing it leaves one `ty` on the stack. */
export interface Val<T extends Ty = Ty> {
  ty: T;
  emit(w: CodeWriter): void;
}

export interface Local<T extends Ty = Ty> extends Val<T> {
  index: number;
}

const val = <T extends Ty>(ty: T, emit: (w: CodeWriter) => void): Val<T> => ({ ty, emit });
const unary =
  <A extends Ty, R extends Ty>(ty: R, code: number) =>
  (a: Val<A>): Val<R> =>
    val(ty, (w) => {
      a.emit(w);
      w.op(code);
    });
const binary =
  <A extends Ty, R extends Ty>(ty: R, code: number) =>
  (a: Val<A>, b: Val<A>): Val<R> =>
    val(ty, (w) => {
      a.emit(w);
      b.emit(w);
      w.op(code);
    });

/** f64 operations. */
export const f = {
  c: (v: number): Val<'f64'> => val('f64', (w) => w.f64Const(v)),
  /** The double at byte `address` of the module's memory. */
  load: (address: Val<'i32'>): Val<'f64'> =>
    val('f64', (w) => {
      address.emit(w);
      w.mem(Op.f64Load, 3);
    }),
  /** The float32 at byte `address`, as a double (exact). */
  loadF32: (address: Val<'i32'>): Val<'f64'> =>
    val('f64', (w) => {
      address.emit(w);
      w.mem(Op.f32Load, 2).op(Op.f64PromoteF32);
    }),
  add: binary<'f64', 'f64'>('f64', Op.f64Add),
  sub: binary<'f64', 'f64'>('f64', Op.f64Sub),
  mul: binary<'f64', 'f64'>('f64', Op.f64Mul),
  div: binary<'f64', 'f64'>('f64', Op.f64Div),
  /** The smaller, NaN if either is (as Math.min). */
  min: binary<'f64', 'f64'>('f64', Op.f64Min),
  /** The larger, NaN if either is (as Math.max). */
  max: binary<'f64', 'f64'>('f64', Op.f64Max),
  copysign: binary<'f64', 'f64'>('f64', Op.f64Copysign),
  neg: unary<'f64', 'f64'>('f64', Op.f64Neg),
  abs: unary<'f64', 'f64'>('f64', Op.f64Abs),
  sqrt: unary<'f64', 'f64'>('f64', Op.f64Sqrt),
  floor: unary<'f64', 'f64'>('f64', Op.f64Floor),
  eq: binary<'f64', 'i32'>('i32', Op.f64Eq),
  ne: binary<'f64', 'i32'>('i32', Op.f64Ne),
  lt: binary<'f64', 'i32'>('i32', Op.f64Lt),
  gt: binary<'f64', 'i32'>('i32', Op.f64Gt),
  le: binary<'f64', 'i32'>('i32', Op.f64Le),
  ge: binary<'f64', 'i32'>('i32', Op.f64Ge),
  /** An i32 as a double (signed). */
  fromI32: unary<'i32', 'f64'>('f64', Op.f64ConvertI32S),
  /** The double with these bits. */
  fromBits: unary<'i64', 'f64'>('f64', Op.f64ReinterpretI64),
  /** The double whose high word is `hi` and low word `lo` (0 if omitted). */
  fromWords: (hi: Val<'i32'>, lo?: Val<'i32'>): Val<'f64'> =>
    f.fromBits(lo ? l.or(l.shl(l.fromU32(hi), l.c(32n)), l.fromU32(lo)) : l.shl(l.fromU32(hi), l.c(32n))),
  /** x with its low word replaced by 0 (fdlibm's SET_LOW_WORD(x, 0)). */
  clearLow: (x: Val<'f64'>): Val<'f64'> => f.fromBits(l.and(l.bits(x), l.c(-0x100000000n))),
  /** x with its high word replaced by `hi`. */
  withHigh: (x: Val<'f64'>, hi: Val<'i32'>): Val<'f64'> =>
    f.fromBits(l.or(l.shl(l.fromU32(hi), l.c(32n)), l.and(l.bits(x), l.c(0xffffffffn)))),
};

/** i64 operations. */
export const l = {
  c: (v: bigint): Val<'i64'> => val('i64', (w) => w.byte(Op.i64Const).i64(v)),
  bits: unary<'f64', 'i64'>('i64', Op.i64ReinterpretF64),
  fromU32: unary<'i32', 'i64'>('i64', Op.i64ExtendI32U),
  fromI32: unary<'i32', 'i64'>('i64', Op.i64ExtendI32S),
  add: binary<'i64', 'i64'>('i64', Op.i64Add),
  mul: binary<'i64', 'i64'>('i64', Op.i64Mul),
  and: binary<'i64', 'i64'>('i64', Op.i64And),
  or: binary<'i64', 'i64'>('i64', Op.i64Or),
  xor: binary<'i64', 'i64'>('i64', Op.i64Xor),
  shl: binary<'i64', 'i64'>('i64', Op.i64Shl),
  shrU: binary<'i64', 'i64'>('i64', Op.i64ShrU),
  /**
   * Signed conversion: for a value below 2^63 (after an unsigned shift right) the same double as the
   * unsigned one, in one instruction on x64 where the unsigned one takes a branch and several.
   */
  toF64: unary<'i64', 'f64'>('f64', Op.f64ConvertI64S),
};

/** i32 operations (fdlibm's int and unsigned words). */
export const i = {
  c: (v: number): Val<'i32'> => val('i32', (w) => w.i32Const(v | 0)),
  /** The i32 at byte `address` of the module's memory. */
  load: (address: Val<'i32'>): Val<'i32'> =>
    val('i32', (w) => {
      address.emit(w);
      w.mem(Op.i32Load, 2);
    }),
  wrap: unary<'i64', 'i32'>('i32', Op.i32WrapI64),
  /** The high 32 bits of a double (sign, exponent, 20 bits of mantissa). */
  hi: (x: Val<'f64'>): Val<'i32'> => i.wrap(l.shrU(l.bits(x), l.c(32n))),
  /** The low 32 bits of a double. */
  lo: (x: Val<'f64'>): Val<'i32'> => i.wrap(l.bits(x)),
  add: binary<'i32', 'i32'>('i32', Op.i32Add),
  sub: binary<'i32', 'i32'>('i32', Op.i32Sub),
  mul: binary<'i32', 'i32'>('i32', Op.i32Mul),
  and: binary<'i32', 'i32'>('i32', Op.i32And),
  or: binary<'i32', 'i32'>('i32', Op.i32Or),
  xor: binary<'i32', 'i32'>('i32', Op.i32Xor),
  shl: binary<'i32', 'i32'>('i32', Op.i32Shl),
  shrS: binary<'i32', 'i32'>('i32', Op.i32ShrS),
  shrU: binary<'i32', 'i32'>('i32', Op.i32ShrU),
  eq: binary<'i32', 'i32'>('i32', Op.i32Eq),
  ne: binary<'i32', 'i32'>('i32', Op.i32Ne),
  lt: binary<'i32', 'i32'>('i32', Op.i32LtS),
  gt: binary<'i32', 'i32'>('i32', Op.i32GtS),
  le: binary<'i32', 'i32'>('i32', Op.i32LeS),
  ge: binary<'i32', 'i32'>('i32', Op.i32GeS),
  ltU: binary<'i32', 'i32'>('i32', Op.i32LtU),
  gtU: binary<'i32', 'i32'>('i32', Op.i32GtU),
  leU: binary<'i32', 'i32'>('i32', Op.i32LeU),
  geU: binary<'i32', 'i32'>('i32', Op.i32GeU),
  eqz: unary<'i32', 'i32'>('i32', Op.i32Eqz),
  /** The nearest integer toward zero, saturating (NaN → 0). */
  truncF64: (x: Val<'f64'>): Val<'i32'> =>
    val('i32', (w) => {
      x.emit(w);
      w.byte(Op.miscPrefix).u32(Op.i32TruncSatF64S);
    }),
};

/** `c ? a : b`, both evaluated (no branch). */
export function select<T extends Ty>(c: Val<'i32'>, a: Val<T>, b: Val<T>): Val<T> {
  return val(a.ty, (w) => {
    a.emit(w);
    b.emit(w);
    c.emit(w);
    w.op(Op.select);
  });
}

export class FunctionBuilder {
  readonly w = new CodeWriter();
  readonly locals: ValType[] = [];
  /** Blocks, loops and ifs open around the code being written (for branch depths). */
  private depth = 0;

  constructor(
    readonly params: Ty[],
    readonly results: Ty[],
  ) {}

  param<T extends Ty>(k: number, ty: T): Local<T> {
    if (this.params[k] !== ty) throw new Error(`parameter ${k} is ${this.params[k]}, not ${ty}`);
    return { ty, index: k, emit: (w) => w.localGet(k) };
  }

  local<T extends Ty>(ty: T): Local<T> {
    this.locals.push(ty);
    const index = this.params.length + this.locals.length - 1;
    return { ty, index, emit: (w) => w.localGet(index) };
  }

  /** A v128 local, by index, for SIMD code written straight on `w` (values here are scalar). */
  simdLocal(): number {
    this.locals.push('v128');
    return this.params.length + this.locals.length - 1;
  }

  /** A new local holding v now. */
  let<T extends Ty>(v: Val<T>): Local<T> {
    const loc = this.local(v.ty);
    this.set(loc, v);
    return loc;
  }

  set<T extends Ty>(loc: Local<T>, v: Val<T>): this {
    if (loc.ty !== v.ty) throw new Error(`cannot store ${v.ty} in ${loc.ty}`);
    v.emit(this.w);
    this.w.localSet(loc.index);
    return this;
  }

  /** Returns v from the function. */
  ret(v: Val): this {
    v.emit(this.w);
    this.w.op(Op.return);
    return this;
  }

  /** `if (c) then() else otherwise()`, no value. */
  when(c: Val<'i32'>, then: () => void, otherwise?: () => void): this {
    c.emit(this.w);
    this.w.byte(Op.if, 0x40);
    this.depth++;
    then();
    if (otherwise) {
      this.w.op(Op.else);
      otherwise();
    }
    this.depth--;
    this.w.op(Op.end);
    return this;
  }

  /**
   * Runs body() again and again until it calls leave(); again() jumps back to its start. Both may be called
   * from inside nested `when`s.
   */
  repeat(body: (leave: () => void, again: () => void) => void): this {
    this.w.byte(Op.block, 0x40, Op.loop, 0x40);
    this.depth += 2;
    const outer = this.depth - 1; // the block
    const inner = this.depth; // the loop
    const leave = () => void this.w.byte(Op.br).u32(this.depth - outer);
    const again = () => void this.w.byte(Op.br).u32(this.depth - inner);
    body(leave, again);
    again();
    this.depth -= 2;
    this.w.byte(Op.end, Op.end);
    return this;
  }

  /** `for (; k < end; k += step) body()` over i32 locals (compared unsigned). */
  loop(k: Local<'i32'>, end: Local<'i32'>, step: number, body: () => void): this {
    this.w.forLoop(k.index, end.index, step, body);
    return this;
  }

  /** Stores the double v at byte `address` of the module's memory. */
  store(address: Val<'i32'>, v: Val<'f64'>): this {
    address.emit(this.w);
    v.emit(this.w);
    this.w.mem(Op.f64Store, 3);
    return this;
  }

  /** Emits a value-less instruction sequence (stores, calls without results). */
  emit(write: (w: CodeWriter) => void): this {
    write(this.w);
    return this;
  }

  /** A call to function `index` of the module with these arguments. */
  call<T extends Ty>(index: () => number, ty: T, ...args: Val[]): Val<T> {
    return val(ty, (w) => {
      for (const a of args) a.emit(w);
      w.byte(Op.call).u32(index());
    });
  }

  /** The function, ending with `tail` (the value returned when no `ret` was reached). */
  done(tail: Val | null, exportName?: string): FuncDef {
    if (tail) tail.emit(this.w);
    return {
      params: this.params,
      results: this.results,
      locals: this.locals,
      body: this.w.bytes,
      ...(exportName ? { export: exportName } : {}),
    };
  }
}
