// The shock bank's generator in WebAssembly: draws written straight into the bank's memory, the same bits in
// every JavaScript engine (no host Math; log is the engine's own, mathFunctions.ts).
//
// Uniforms: SplitMix64 (Steele, Lea & Flood 2014), whose i-th output is a function of the stream's 64-bit key
// and i alone, so draw i of a stream is path i's whatever the run size, and a stream can be extended
// without replaying it: u_i = (⌊mix(key + (i + 1)·γ) / 2^12⌋ + ½) · 2^-52, strictly inside (0, 1).
// Normals: the ziggurat method with 128 layers as Doornik (2005, "An improved ziggurat method to generate
// normal random samples", ZIGNOR) gives it: 98.8% of draws cost one 64-bit output, a table look-up and a
// multiply; the rest take further outputs of a SplitMix64 sequence seeded by draw i's own output, so draw
// i still depends on the key and i alone. The tables are computed once per memory by zigTables() with the
// engine's exp and log, so they too are the same bits everywhere.
//
// Exports (all addresses in bytes):
// - zigTables(at): the ziggurat's 129 layer edges x and 128 ratios x[i+1]/x[i] at `at` (TABLE_BYTES);
// - normals(out, from, to, keyHi, keyLo, tables): float32 normals i ∈ [from, to) at out + 4i.
// Uniforms are not kept in a bank: uniformsFunction() is the loop a workspace's own module runs to write a
// row where it is read (pathLoops.ts). Drawn again each run, they cost a warm run ≈ 3 %; kept, they had been
// ≈ 28 MB of fresh memory for a first run of 10,000 paths to 2035 (BENCHMARKS.md, session 12).
import type { FuncDef } from './encodeModule.ts';
import { FunctionBuilder, f, i, type Local, l, select, type Val } from './FunctionBuilder.ts';
import { loopsOver } from './loopsOver.ts';
import { MATH_FUNCTIONS, mathFunctions } from './mathFunctions.ts';
import { Op } from './opcodes.ts';

const GAMMA = 0x9e3779b97f4a7c15n;

/** SplitMix64's output function. */
function mix(b: FunctionBuilder, z0: Val<'i64'>): Local<'i64'> {
  const z = b.let(z0);
  b.set(z, l.mul(l.xor(z, l.shrU(z, l.c(30n))), l.c(0xbf58476d1ce4e5b9n)));
  b.set(z, l.mul(l.xor(z, l.shrU(z, l.c(27n))), l.c(0x94d049bb133111ebn)));
  b.set(z, l.xor(z, l.shrU(z, l.c(31n))));
  return z;
}

const LAYERS = 128;
const ZIG_R = 3.442619855899;
const ZIG_V = 0.00991256303526217;
/** Bytes of the ziggurat tables: x[0..128] then ratio[0..127]. */
export const TABLE_BYTES = 8 * (2 * LAYERS + 1);
const RATIO = 8 * (LAYERS + 1);

function zigTables(exp: () => number, log: () => number) {
  const b = new FunctionBuilder(['i32'], []);
  const at = b.param(0, 'i32');
  const fr = b.let(b.call(exp, 'f64', f.c(-0.5 * ZIG_R * ZIG_R)));
  b.store(at, f.div(f.c(ZIG_V), fr));
  b.store(i.add(at, i.c(8)), f.c(ZIG_R));
  b.store(i.add(at, i.c(8 * LAYERS)), f.c(0));
  const k = b.let(i.add(at, i.c(16)));
  const end = b.let(i.add(at, i.c(8 * LAYERS)));
  b.loop(k, end, 8, () => {
    const x = b.let(
      f.sqrt(f.mul(f.c(-2), b.call(log, 'f64', f.add(f.div(f.c(ZIG_V), f.load(i.sub(k, i.c(8)))), fr)))),
    );
    b.store(k, x);
    b.set(fr, b.call(exp, 'f64', f.mul(f.c(-0.5), f.mul(x, x))));
  });
  b.set(k, at);
  b.loop(k, end, 8, () => b.store(i.add(k, i.c(RATIO)), f.div(f.load(i.add(k, i.c(8))), f.load(k))));
  return b.done(null, 'zigTables');
}

/** A double in (0, 1) from the top 52 bits of z. */
const uniform = (z: Val<'i64'>): Val<'f64'> =>
  f.mul(f.add(l.toF64(l.shrU(z, l.c(12n))), f.c(0.5)), f.c(2 ** -52));

/**
 * Draw i's normal from its SplitMix64 output z (ZIGNOR): u ∈ [−1, 1) from the top 53 bits, the layer from
 * the low 7; accepted at once inside the layer's rectangle, else by the wedge test or, in the base layer,
 * from the tail beyond R (Marsaglia's method). Further outputs continue a sequence seeded by z.
 */
function zigguratNormal(
  b: FunctionBuilder,
  z0: Local<'i64'>,
  tables: Val<'i32'>,
  exp: () => number,
  log: () => number,
): Local<'f64'> {
  const z = b.let(z0);
  const s = b.let(z0);
  const next = () => {
    b.set(s, l.add(s, l.c(GAMMA)));
    return mix(b, s);
  };
  const x = b.local('f64');
  const at = (base: number, layer: Val<'i32'>): Val<'f64'> => ({
    ty: 'f64',
    emit: (w) => {
      i.add(tables, i.add(i.c(base), i.shl(layer, i.c(3)))).emit(w);
      w.mem(Op.f64Load, 3);
    },
  });
  b.repeat((leave, again) => {
    const u = b.let(f.sub(f.mul(l.toF64(l.shrU(z, l.c(11n))), f.c(2 ** -52)), f.c(1)));
    const layer = b.let(i.wrap(l.and(z, l.c(BigInt(LAYERS - 1)))));
    const xi = b.let(at(0, layer));
    b.set(x, f.mul(u, xi));
    b.when(f.lt(f.abs(u), at(RATIO, layer)), leave);
    b.when(i.eqz(layer), () => {
      // the tail beyond R
      const t = b.local('f64');
      b.repeat((done) => {
        b.set(t, f.div(b.call(log, 'f64', uniform(next())), f.c(ZIG_R)));
        const y = b.let(b.call(log, 'f64', uniform(next())));
        b.when(f.ge(f.mul(f.c(-2), y), f.mul(t, t)), done);
      });
      b.set(x, select(f.lt(u, f.c(0)), f.sub(t, f.c(ZIG_R)), f.sub(f.c(ZIG_R), t)));
      leave();
    });
    // the wedge: accept with the density's height between the layer's edges
    const xn = b.let(at(8, layer));
    const x2 = b.let(f.mul(x, x));
    const f0 = b.let(b.call(exp, 'f64', f.mul(f.c(-0.5), f.sub(f.mul(xi, xi), x2))));
    const f1 = b.let(b.call(exp, 'f64', f.mul(f.c(-0.5), f.sub(f.mul(xn, xn), x2))));
    b.when(f.lt(f.add(f1, f.mul(uniform(next()), f.sub(f0, f1))), f.c(1)), leave);
    b.set(z, next());
    again();
  });
  return x;
}

/** The stream's key, mixed once: the parameters keyHi, keyLo as one 64-bit value. */
function mixedKey(b: FunctionBuilder, hi: number, lo: number): Local<'i64'> {
  return mix(b, l.or(l.shl(l.fromU32(b.param(hi, 'i32')), l.c(32n)), l.fromU32(b.param(lo, 'i32'))));
}

/**
 * SplitMix64's state before draw `from`: key + from·γ. Each draw adds γ first (key + (i + 1)·γ for draw i),
 * rather than multiplying per draw.
 */
const stateAt = (b: FunctionBuilder, key: Local<'i64'>, from: Val<'i32'>): Local<'i64'> =>
  b.let(l.add(key, l.mul(l.fromU32(from), l.c(GAMMA))));

/** Draw i's SplitMix64 output, mix(key + (i + 1)·γ), advancing `state` from key + i·γ. */
function output(b: FunctionBuilder, state: Local<'i64'>): Local<'i64'> {
  b.set(state, l.add(state, l.c(GAMMA)));
  return mix(b, state);
}

function normals(exp: () => number, log: () => number) {
  const b = new FunctionBuilder(['i32', 'i32', 'i32', 'i32', 'i32', 'i32'], []);
  const out = b.param(0, 'i32');
  const k = b.local('i32');
  b.set(k, b.param(1, 'i32'));
  const state = stateAt(b, mixedKey(b, 3, 4), k);
  const end = b.let(b.param(2, 'i32'));
  b.loop(k, end, 1, () => {
    const x = zigguratNormal(b, output(b, state), b.param(5, 'i32'), exp, log);
    b.emit((w) => {
      i.add(out, i.shl(k, i.c(2))).emit(w);
      x.emit(w);
      w.op(Op.f32DemoteF64).mem(Op.f32Store, 2);
    });
  });
  return b.done(null, 'normals');
}

/**
 * uniforms(out, from, to, keyHi, keyLo): float64 uniforms i ∈ [from, to) of the stream with that key at
 * out + 8i, for a module over any memory.
 */
export function uniformsFunction() {
  const b = new FunctionBuilder(['i32', 'i32', 'i32', 'i32', 'i32'], []);
  const out = b.param(0, 'i32');
  const k = b.local('i32');
  b.set(k, b.param(1, 'i32'));
  const state = stateAt(b, mixedKey(b, 3, 4), k);
  const end = b.let(b.param(2, 'i32'));
  b.loop(k, end, 1, () => b.store(i.add(out, i.shl(k, i.c(3))), uniform(output(b, state))));
  return b.done(null, 'uniforms');
}

export interface DrawsExports {
  zigTables(at: number): void;
  normals(out: number, from: number, to: number, keyHi: number, keyLo: number, tables: number): void;
}

/** The module's functions, after the engine's math (shipped as bytes: loopModuleSources.ts). */
export function drawsFunctions(): FuncDef[] {
  const exp = () => MATH_FUNCTIONS.indexOf('exp');
  const log = () => MATH_FUNCTIONS.indexOf('log');
  return [...mathFunctions(0), zigTables(exp, log), normals(exp, log)];
}

/** The generator, compiled once per process and instantiated over a bank's memory. */
export function instantiateDraws(memory: WebAssembly.Memory): DrawsExports {
  return loopsOver(memory, 'draws') as unknown as DrawsExports;
}
