// exp, log, log10 and pow as WebAssembly functions shipped with the engine, so a kernel never calls the
// host's Math: the same seed gives the same bits in every JavaScript engine (V8 versions differ in the last
// bits of Math.pow/exp/log). The algorithms are Sun's fdlibm (e_exp.c, e_log.c, e_log10.c, e_pow.c, the
// versions most libms descend from), transcribed statement by statement; fdlibm's error bound is < 1 ulp, and
// tests/engine/mathFunctions.test.ts checks every function against Math over ranges and edge cases.
// round, sign and mod follow mathjs on numbers (see formula/Expr.ts) and are exact.
//
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at SunSoft, a Sun Microsystems,
// Inc. business. Permission to use, copy, modify, and distribute this software is freely granted, provided
// that this notice is preserved. (fdlibm's notice, for the algorithms and constants below.)

import type { MathFn } from '../formula/Expr.ts';
import type { FuncDef } from './encodeModule.ts';
import { FunctionBuilder, f, i, type Local, l, select, type Val } from './FunctionBuilder.ts';

/** The functions in the order they are placed in a module. */
export const MATH_FUNCTIONS: readonly MathFn[] = ['exp', 'log', 'log10', 'pow', 'round', 'sign', 'mod'];

const TWO54 = 18014398509481984;
// fdlibm's constants, written as the shortest decimals of the same doubles. log2(e), log10(e) and ln 2 are
// literals rather than Math.LOG2E, … so that no bit of a kernel depends on the host (Biome would prefer
// the Math constants: hence the ignores).
// biome-ignore lint/suspicious/noApproximativeNumericConstant: fdlibm's invln2, see above
const INV_LN2 = 1.4426950408889634;
// biome-ignore lint/suspicious/noApproximativeNumericConstant: fdlibm's ivln10, see above
const INV_LN10 = 0.4342944819032518;
// biome-ignore lint/suspicious/noApproximativeNumericConstant: fdlibm's lg2, see above
const LN2 = 0.6931471805599453;

function exp(): FunctionBuilder {
  const b = new FunctionBuilder(['f64'], ['f64']);
  const x = b.param(0, 'f64');
  const hxs = b.let(i.hi(x));
  const xsb = b.let(i.and(i.shrU(hxs, i.c(31)), i.c(1)));
  const hx = b.let(i.and(hxs, i.c(0x7fffffff)));
  b.when(f.ne(x, x), () => b.ret(f.add(x, x)));
  b.when(i.geU(hx, i.c(0x40862e42)), () => {
    b.when(i.geU(hx, i.c(0x7ff00000)), () => b.ret(select(xsb, f.c(0), x))); // +∞ → +∞, −∞ → 0
    b.when(f.gt(x, f.c(709.782712893384)), () => b.ret(f.c(Infinity)));
    b.when(f.lt(x, f.c(-745.1332191019411)), () => b.ret(f.c(0)));
  });
  const hi = b.local('f64');
  const lo = b.local('f64');
  const k = b.local('i32');
  const r = b.local('f64');
  b.set(r, x);
  b.when(
    i.gtU(hx, i.c(0x3fd62e42)), // |x| > 0.5 ln2
    () => {
      b.when(
        i.ltU(hx, i.c(0x3ff0a2b2)), // |x| < 1.5 ln2
        () => {
          const sign = select(xsb, f.c(-1), f.c(1));
          b.set(hi, f.sub(x, f.mul(sign, f.c(0.6931471803691238))));
          b.set(lo, f.mul(sign, f.c(1.9082149292705877e-10)));
          b.set(k, i.sub(i.c(1), i.add(xsb, xsb)));
        },
        () => {
          const half = select(xsb, f.c(-0.5), f.c(0.5));
          b.set(k, i.truncF64(f.add(f.mul(f.c(INV_LN2), x), half)));
          const t = b.let(f.fromI32(k));
          b.set(hi, f.sub(x, f.mul(t, f.c(0.6931471803691238))));
          b.set(lo, f.mul(t, f.c(1.9082149292705877e-10)));
        },
      );
      b.set(r, f.sub(hi, lo));
    },
    () => {
      b.when(i.ltU(hx, i.c(0x3e300000)), () => b.ret(f.add(f.c(1), x))); // |x| < 2^-28
      b.set(k, i.c(0));
    },
  );
  const c = expRemainder(b, r);
  b.when(i.eqz(k), () => b.ret(f.sub(f.c(1), f.sub(f.div(f.mul(r, c), f.sub(c, f.c(2))), r))));
  const y = b.let(f.sub(f.c(1), f.sub(f.sub(lo, f.div(f.mul(r, c), f.sub(f.c(2), c))), hi)));
  const scaled = (by: Val<'i32'>) => f.fromBits(l.add(l.bits(y), l.shl(l.fromI32(by), l.c(52n))));
  b.when(i.ge(k, i.c(-1021)), () => b.ret(scaled(k)));
  return b.ret(f.mul(scaled(i.add(k, i.c(1000))), f.c(2 ** -1000)));
}

/**
 * The start log and log10 share (e_log.c, e_log10.c): x in a local, subnormals scaled by 2^54, ±0 → −∞,
 * x < 0 → NaN, ∞ and NaN returned as they are; hx is x's high word and k its unbiased exponent.
 */
function logPrologue(b: FunctionBuilder) {
  const x = b.local('f64');
  b.set(x, b.param(0, 'f64'));
  const hx = b.let(i.hi(x));
  const k = b.let(i.c(0));
  b.when(i.lt(hx, i.c(0x00100000)), () => {
    b.when(i.eqz(i.or(i.and(hx, i.c(0x7fffffff)), i.lo(x))), () => b.ret(f.c(-Infinity)));
    b.when(i.lt(hx, i.c(0)), () => b.ret(f.c(Number.NaN)));
    b.set(k, i.sub(k, i.c(54)));
    b.set(x, f.mul(x, f.c(TWO54)));
    b.set(hx, i.hi(x));
  });
  b.when(i.ge(hx, i.c(0x7ff00000)), () => b.ret(f.add(x, x)));
  b.set(k, i.add(k, i.sub(i.shrS(hx, i.c(20)), i.c(1023))));
  return { x, hx, k };
}

/** fdlibm's log. */
function log(): FunctionBuilder {
  const b = new FunctionBuilder(['f64'], ['f64']);
  const { x, hx, k } = logPrologue(b);
  b.set(hx, i.and(hx, i.c(0x000fffff)));
  const ii = b.let(i.and(i.add(hx, i.c(0x95f64)), i.c(0x100000)));
  b.set(x, f.withHigh(x, i.or(hx, i.xor(ii, i.c(0x3ff00000)))));
  b.set(k, i.add(k, i.shrS(ii, i.c(20))));
  const fx = b.let(f.sub(x, f.c(1)));
  const dk = b.let(f.fromI32(k));
  const LN2_HI = f.c(0.6931471803691238);
  const LN2_LO = f.c(1.9082149292705877e-10);
  b.when(i.lt(i.and(i.c(0x000fffff), i.add(i.c(2), hx)), i.c(3)), () => {
    // −2^-20 ≤ f < 2^-20
    b.when(f.eq(fx, f.c(0)), () => b.ret(f.add(f.mul(dk, LN2_HI), f.mul(dk, LN2_LO))));
    const R = b.let(f.mul(f.mul(fx, fx), f.sub(f.c(0.5), f.mul(f.c(0.3333333333333333), fx))));
    b.when(i.eqz(k), () => b.ret(f.sub(fx, R)));
    b.ret(f.sub(f.mul(dk, LN2_HI), f.sub(f.sub(R, f.mul(dk, LN2_LO)), fx)));
  });
  const s = b.let(f.div(fx, f.add(f.c(2), fx)));
  const z = b.let(f.mul(s, s));
  const w = b.let(f.mul(z, z));
  const t1 = f.mul(
    w,
    f.add(
      f.c(0.3999999999940942),
      f.mul(w, f.add(f.c(0.22222198432149784), f.mul(w, f.c(0.15313837699209373)))),
    ),
  );
  const t2 = f.mul(
    z,
    f.add(
      f.c(0.6666666666666735),
      f.mul(
        w,
        f.add(
          f.c(0.2857142874366239),
          f.mul(w, f.add(f.c(0.1818357216161805), f.mul(w, f.c(0.14798198605116586)))),
        ),
      ),
    ),
  );
  const R = b.let(f.add(t2, t1));
  const j = i.or(i.sub(hx, i.c(0x6147a)), i.sub(i.c(0x6b851), hx));
  b.when(
    i.gt(j, i.c(0)),
    () => {
      const hfsq = b.let(f.mul(f.mul(f.c(0.5), fx), fx));
      b.when(i.eqz(k), () => b.ret(f.sub(fx, f.sub(hfsq, f.mul(s, f.add(hfsq, R))))));
      b.ret(
        f.sub(f.mul(dk, LN2_HI), f.sub(f.sub(hfsq, f.add(f.mul(s, f.add(hfsq, R)), f.mul(dk, LN2_LO))), fx)),
      );
    },
    () => {
      b.when(i.eqz(k), () => b.ret(f.sub(fx, f.mul(s, f.sub(fx, R)))));
      b.ret(f.sub(f.mul(dk, LN2_HI), f.sub(f.sub(f.mul(s, f.sub(fx, R)), f.mul(dk, LN2_LO)), fx)));
    },
  );
  return b;
}

/** fdlibm's log10: log10(x) = (k + i) · log10(2) + log(m) / ln 10, with m scaled into [1, 2) or [0.5, 1). */
function log10(logIndex: () => number): FunctionBuilder {
  const b = new FunctionBuilder(['f64'], ['f64']);
  const { x, hx, k } = logPrologue(b);
  const ii = b.let(i.shrU(k, i.c(31)));
  b.set(hx, i.or(i.and(hx, i.c(0x000fffff)), i.shl(i.sub(i.c(0x3ff), ii), i.c(20))));
  const y = b.let(f.fromI32(i.add(k, ii)));
  b.set(x, f.withHigh(x, hx));
  const z = f.add(f.mul(y, f.c(3.694239077158931e-13)), f.mul(f.c(INV_LN10), b.call(logIndex, 'f64', x)));
  return b.ret(f.add(z, f.mul(y, f.c(0.30102999566361177))));
}

/**
 * fdlibm's pow: log2(x) in extra precision, times y split in two, then 2^(…) with the remainder.
 * Kept as one function on purpose: it is a statement-by-statement transcription of e_pow.c, meant to be read
 * beside the C source; its helpers (logTwo, expRemainder, scalbn) are the parts fdlibm itself shares.
 */
function pow(): FunctionBuilder {
  const b = new FunctionBuilder(['f64', 'f64'], ['f64']);
  const x = b.param(0, 'f64');
  const y = b.param(1, 'f64');
  const hx = b.let(i.hi(x));
  const lx = b.let(i.lo(x));
  const hy = b.let(i.hi(y));
  const ly = b.let(i.lo(y));
  const ix = b.let(i.and(hx, i.c(0x7fffffff)));
  const iy = b.let(i.and(hy, i.c(0x7fffffff)));
  const one = f.c(1);
  const zero = f.c(0);
  // y = ±0: 1
  b.when(i.eqz(i.or(iy, ly)), () => b.ret(one));
  // NaN in: NaN (JavaScript, unlike C, gives NaN for 1 ** NaN too: y = NaN never reaches here as 1)
  b.when(i.or(f.ne(x, x), f.ne(y, y)), () => b.ret(f.c(Number.NaN)));
  // yisint: 0 not an integer, 1 odd, 2 even (only needed when x < 0)
  const yisint = b.let(i.c(0));
  b.when(i.lt(hx, i.c(0)), () => {
    b.when(
      i.ge(iy, i.c(0x43400000)),
      () => b.set(yisint, i.c(2)),
      () =>
        b.when(i.ge(iy, i.c(0x3ff00000)), () => {
          const k = b.let(i.sub(i.shrS(iy, i.c(20)), i.c(0x3ff)));
          b.when(
            i.gt(k, i.c(20)),
            () => {
              const sh = i.sub(i.c(52), k);
              const j = b.let(i.shrU(ly, sh));
              b.when(i.eq(i.shl(j, sh), ly), () => b.set(yisint, i.sub(i.c(2), i.and(j, i.c(1)))));
            },
            () =>
              b.when(i.eqz(ly), () => {
                const sh = i.sub(i.c(20), k);
                const j = b.let(i.shrS(iy, sh));
                b.when(i.eq(i.shl(j, sh), iy), () => b.set(yisint, i.sub(i.c(2), i.and(j, i.c(1)))));
              }),
          );
        }),
    );
  });
  // special values of y
  b.when(i.eqz(ly), () => {
    b.when(i.eq(iy, i.c(0x7ff00000)), () => {
      // y = ±∞
      b.when(i.eqz(i.or(i.sub(ix, i.c(0x3ff00000)), lx)), () => b.ret(f.c(Number.NaN))); // (±1) ** ±∞
      b.when(i.ge(ix, i.c(0x3ff00000)), () => b.ret(select(i.ge(hy, i.c(0)), y, zero)));
      b.ret(select(i.lt(hy, i.c(0)), f.neg(y), zero));
    });
    b.when(i.eq(iy, i.c(0x3ff00000)), () => b.ret(select(i.lt(hy, i.c(0)), f.div(one, x), x)));
    b.when(i.eq(hy, i.c(0x40000000)), () => b.ret(f.mul(x, x)));
    b.when(i.and(i.eq(hy, i.c(0x3fe00000)), i.ge(hx, i.c(0))), () => b.ret(f.sqrt(x)));
  });
  const ax = b.local('f64');
  b.set(ax, f.abs(x));
  // special values of x: ±0, ±∞, ±1
  b.when(i.eqz(lx), () => {
    b.when(i.or(i.or(i.eq(ix, i.c(0x7ff00000)), i.eqz(ix)), i.eq(ix, i.c(0x3ff00000))), () => {
      const z = b.let(ax);
      b.when(i.lt(hy, i.c(0)), () => b.set(z, f.div(one, z)));
      b.when(i.lt(hx, i.c(0)), () => {
        b.when(
          i.eqz(i.or(i.sub(ix, i.c(0x3ff00000)), yisint)),
          () => b.set(z, f.c(Number.NaN)),
          () => b.when(i.eq(yisint, i.c(1)), () => b.set(z, f.neg(z))),
        );
      });
      b.ret(z);
    });
  });
  const n = b.let(i.add(i.shrS(hx, i.c(31)), i.c(1)));
  // (x < 0) ** non-integer
  b.when(i.eqz(i.or(n, yisint)), () => b.ret(f.c(Number.NaN)));
  const s = b.let(one);
  b.when(i.eqz(i.or(n, i.sub(yisint, i.c(1)))), () => b.set(s, f.c(-1)));
  const HUGE = f.c(1e300);
  const TINY = f.c(1e-300);
  const over = () => f.mul(s, f.mul(HUGE, HUGE));
  const under = () => f.mul(s, f.mul(TINY, TINY));
  const t1 = b.local('f64');
  const t2 = b.local('f64');
  b.when(
    i.gtU(iy, i.c(0x41e00000)), // |y| > 2^31
    () => {
      b.when(i.gtU(iy, i.c(0x43f00000)), () => {
        // |y| > 2^64: must over- or underflow
        b.when(i.le(ix, i.c(0x3fefffff)), () =>
          b.ret(select(i.lt(hy, i.c(0)), f.mul(HUGE, HUGE), f.mul(TINY, TINY))),
        );
        b.when(i.ge(ix, i.c(0x3ff00000)), () =>
          b.ret(select(i.gt(hy, i.c(0)), f.mul(HUGE, HUGE), f.mul(TINY, TINY))),
        );
      });
      b.when(i.lt(ix, i.c(0x3fefffff)), () => b.ret(select(i.lt(hy, i.c(0)), over(), under())));
      b.when(i.gt(ix, i.c(0x3ff00000)), () => b.ret(select(i.gt(hy, i.c(0)), over(), under())));
      // |1 − x| ≤ 2^-20: log(x) by x − x²/2 + x³/3 − x⁴/4
      const t = b.let(f.sub(ax, one));
      const w = b.let(
        f.mul(f.mul(t, t), f.sub(f.c(0.5), f.mul(t, f.sub(f.c(0.3333333333333333), f.mul(t, f.c(0.25)))))),
      );
      const u = b.let(f.mul(f.c(1.4426950216293335), t));
      const v = b.let(f.sub(f.mul(t, f.c(1.9259629911266175e-8)), f.mul(w, f.c(INV_LN2))));
      b.set(t1, f.clearLow(f.add(u, v)));
      b.set(t2, f.sub(v, f.sub(t1, u)));
    },
    () => logTwo(b, ax, hx, ix, t1, t2),
  );
  // (y1 + y2) · (t1 + t2), y1 = y with its low word cleared
  const y1 = b.let(f.clearLow(y));
  const pl = b.local('f64');
  const ph = b.local('f64');
  b.set(pl, f.add(f.mul(f.sub(y, y1), t1), f.mul(y, t2)));
  b.set(ph, f.mul(y1, t1));
  const z = b.local('f64');
  b.set(z, f.add(pl, ph));
  const j = b.let(i.hi(z));
  const jl = b.let(i.lo(z));
  b.when(
    i.ge(j, i.c(0x40900000)), // z ≥ 1024
    () => {
      b.when(i.ne(i.or(i.sub(j, i.c(0x40900000)), jl), i.c(0)), () => b.ret(over()));
      b.when(f.gt(f.add(pl, f.c(8.008566259537294e-17)), f.sub(z, ph)), () => b.ret(over()));
    },
    () =>
      b.when(i.ge(i.and(j, i.c(0x7fffffff)), i.c(0x4090cc00)), () => {
        // z ≤ −1075
        b.when(i.ne(i.or(i.sub(j, i.c(0xc090cc00 | 0)), jl), i.c(0)), () => b.ret(under()));
        b.when(f.le(pl, f.sub(z, ph)), () => b.ret(under()));
      }),
  );
  // 2 ** (ph + pl): n = [z + 0.5] when |z| > 0.5
  const iz = b.let(i.and(j, i.c(0x7fffffff)));
  const k = b.let(i.sub(i.shrS(iz, i.c(20)), i.c(0x3ff)));
  const nn = b.let(i.c(0));
  b.when(i.gt(iz, i.c(0x3fe00000)), () => {
    b.set(nn, i.add(j, i.shrS(i.c(0x00100000), i.add(k, i.c(1)))));
    b.set(k, i.sub(i.shrS(i.and(nn, i.c(0x7fffffff)), i.c(20)), i.c(0x3ff)));
    const t = f.fromWords(i.and(nn, i.xor(i.shrS(i.c(0x000fffff), k), i.c(-1))));
    b.set(ph, f.sub(ph, t));
    b.set(nn, i.shrS(i.or(i.and(nn, i.c(0x000fffff)), i.c(0x00100000)), i.sub(i.c(20), k)));
    b.when(i.lt(j, i.c(0)), () => b.set(nn, i.sub(i.c(0), nn)));
  });
  const t = b.let(f.clearLow(f.add(pl, ph)));
  const u = b.let(f.mul(t, f.c(0.6931471824645996)));
  const v = b.let(f.add(f.mul(f.sub(pl, f.sub(t, ph)), f.c(LN2)), f.mul(t, f.c(-1.904654299957768e-9))));
  b.set(z, f.add(u, v));
  const w = b.let(f.sub(v, f.sub(z, u)));
  const r1 = expRemainder(b, z);
  const r = b.let(f.sub(f.div(f.mul(z, r1), f.sub(r1, f.c(2))), f.add(w, f.mul(z, w))));
  b.set(z, f.sub(one, f.sub(r, z)));
  const jj = b.let(i.add(i.hi(z), i.shl(nn, i.c(20))));
  b.when(i.le(i.shrS(jj, i.c(20)), i.c(0)), () => b.ret(f.mul(s, scalbn(b, z, nn))));
  return b.ret(f.mul(s, f.fromBits(l.add(l.bits(z), l.shl(l.fromI32(nn), l.c(52n))))));
}

/**
 * The step exp and pow share once the argument is reduced to r (|r| ≤ 0.5 ln 2): c = r − r²·P(r²), fdlibm's
 * rational approximation of exp on that interval (e_exp.c; e_pow.c repeats it).
 */
function expRemainder(b: FunctionBuilder, r: Val<'f64'>): Val<'f64'> {
  const t = b.let(f.mul(r, r));
  return b.let(f.sub(r, f.mul(t, expPoly(t))));
}

function expPoly(t: Val<'f64'>): Val<'f64'> {
  return f.add(
    f.c(0.16666666666666602),
    f.mul(
      t,
      f.add(
        f.c(-0.0027777777777015593),
        f.mul(
          t,
          f.add(
            f.c(0.00006613756321437934),
            f.mul(t, f.add(f.c(-0.0000016533902205465252), f.mul(t, f.c(4.1381367970572385e-8)))),
          ),
        ),
      ),
    ),
  );
}

/** pow's log2(ax) = t1 + t2 to about 2^-64 (fdlibm e_pow.c, the |y| ≤ 2^31 branch). */
function logTwo(
  b: FunctionBuilder,
  ax: Local<'f64'>,
  hx: Local<'i32'>,
  ix0: Local<'i32'>,
  t1: Local<'f64'>,
  t2: Local<'f64'>,
): void {
  const n = b.let(i.c(0));
  const ix = b.let(ix0);
  b.when(i.lt(ix, i.c(0x00100000)), () => {
    // subnormal x
    b.set(ax, f.mul(ax, f.c(9007199254740992)));
    b.set(n, i.sub(n, i.c(53)));
    b.set(ix, i.hi(ax));
  });
  void hx;
  b.set(n, i.add(n, i.sub(i.shrS(ix, i.c(20)), i.c(0x3ff))));
  const j = b.let(i.and(ix, i.c(0x000fffff)));
  b.set(ix, i.or(j, i.c(0x3ff00000)));
  const k = b.let(i.c(0));
  b.when(
    i.le(j, i.c(0x3988e)),
    () => b.set(k, i.c(0)), // |x| < sqrt(3/2)
    () =>
      b.when(
        i.lt(j, i.c(0xbb67a)),
        () => b.set(k, i.c(1)), // |x| < sqrt(3)
        () => {
          b.set(k, i.c(0));
          b.set(n, i.add(n, i.c(1)));
          b.set(ix, i.sub(ix, i.c(0x00100000)));
        },
      ),
  );
  b.set(ax, f.withHigh(ax, ix));
  const kf = i.ne(k, i.c(0));
  const bp = select(kf, f.c(1.5), f.c(1));
  const dpH = select(kf, f.c(0.5849624872207642), f.c(0));
  const dpL = select(kf, f.c(1.350039202129749e-8), f.c(0));
  // ss = s_h + s_l = (x − 1)/(x + 1) or (x − 1.5)/(x + 1.5)
  const u = b.local('f64');
  const v = b.local('f64');
  b.set(u, f.sub(ax, bp));
  b.set(v, f.div(f.c(1), f.add(ax, bp)));
  const ss = b.let(f.mul(u, v));
  const sh = b.let(f.clearLow(ss));
  const th = b.local('f64');
  b.set(
    th,
    f.fromWords(i.add(i.add(i.or(i.shrS(ix, i.c(1)), i.c(0x20000000)), i.c(0x00080000)), i.shl(k, i.c(18)))),
  );
  const tl = b.let(f.sub(ax, f.sub(th, bp)));
  const sl = b.let(f.mul(v, f.sub(f.sub(u, f.mul(sh, th)), f.mul(sh, tl))));
  // log(ax)
  const s2 = b.local('f64');
  b.set(s2, f.mul(ss, ss));
  const poly = f.add(
    f.c(0.5999999999999946),
    f.mul(
      s2,
      f.add(
        f.c(0.4285714285785502),
        f.mul(
          s2,
          f.add(
            f.c(0.33333332981837743),
            f.mul(
              s2,
              f.add(
                f.c(0.272728123808534),
                f.mul(s2, f.add(f.c(0.23066074577556175), f.mul(s2, f.c(0.20697501780033842)))),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  const r = b.local('f64');
  b.set(r, f.mul(f.mul(s2, s2), poly));
  b.set(r, f.add(r, f.mul(sl, f.add(sh, ss))));
  b.set(s2, f.mul(sh, sh));
  b.set(th, f.clearLow(f.add(f.add(f.c(3), s2), r)));
  const tl2 = b.let(f.sub(r, f.sub(f.sub(th, f.c(3)), s2)));
  // u + v = ss · (1 + …)
  b.set(u, f.mul(sh, th));
  b.set(v, f.add(f.mul(sl, th), f.mul(tl2, ss)));
  const ph = b.let(f.clearLow(f.add(u, v)));
  const pl = b.let(f.sub(v, f.sub(ph, u)));
  // 2/(3 log 2) · (ss + …)
  const zh = b.let(f.mul(f.c(0.9617967009544373), ph));
  const zl = b.let(
    f.add(f.add(f.mul(f.c(-7.028461650952758e-9), ph), f.mul(pl, f.c(0.9617966939259756))), dpL),
  );
  // log2(ax) = (ss + …)·2/(3 log 2) = n + dp_h + z_h + z_l
  const t = b.let(f.fromI32(n));
  b.set(t1, f.clearLow(f.add(f.add(f.add(zh, zl), dpH), t)));
  b.set(t2, f.sub(zl, f.sub(f.sub(f.sub(t1, t), dpH), zh)));
}

/** x · 2^n with one rounding (musl's scalbn). */
function scalbn(b: FunctionBuilder, x0: Val<'f64'>, n0: Val<'i32'>): Val<'f64'> {
  const y = b.let(x0);
  const n = b.let(n0);
  const pow2 = (e: Val<'i32'>) => f.fromBits(l.shl(l.fromI32(i.add(e, i.c(0x3ff))), l.c(52n)));
  b.when(
    i.gt(n, i.c(1023)),
    () => {
      b.set(y, f.mul(y, f.c(2 ** 1023)));
      b.set(n, i.sub(n, i.c(1023)));
      b.when(i.gt(n, i.c(1023)), () => {
        b.set(y, f.mul(y, f.c(2 ** 1023)));
        b.set(n, i.sub(n, i.c(1023)));
        b.when(i.gt(n, i.c(1023)), () => b.set(n, i.c(1023)));
      });
    },
    () =>
      b.when(i.lt(n, i.c(-1022)), () => {
        b.set(y, f.mul(y, f.c(2 ** -1022 * 2 ** 53)));
        b.set(n, i.add(n, i.c(1022 - 53)));
        b.when(i.lt(n, i.c(-1022)), () => {
          b.set(y, f.mul(y, f.c(2 ** -1022 * 2 ** 53)));
          b.set(n, i.add(n, i.c(1022 - 53)));
          b.when(i.lt(n, i.c(-1022)), () => b.set(n, i.c(-1022)));
        });
      }),
  );
  return f.mul(y, pow2(n));
}

/** mathjs's round on numbers: halves away from zero, the sign kept (−0.3 → −0). */
function round(): FunctionBuilder {
  const b = new FunctionBuilder(['f64'], ['f64']);
  const x = b.param(0, 'f64');
  const a = b.let(f.abs(x));
  const r = b.let(f.floor(a));
  // a − ⌊a⌋ is exact (both within a factor of two, or ⌊a⌋ = 0)
  return b.ret(f.copysign(select(f.ge(f.sub(a, r), f.c(0.5)), f.add(r, f.c(1)), r), x));
}

/** Math.sign: ±1, and ±0 and NaN as they are. */
function sign(): FunctionBuilder {
  const b = new FunctionBuilder(['f64'], ['f64']);
  const x = b.param(0, 'f64');
  return b.ret(select(f.gt(x, f.c(0)), f.c(1), select(f.lt(x, f.c(0)), f.c(-1), x)));
}

/** mathjs's mod on numbers: floored, x mod 0 = x. */
function mod(): FunctionBuilder {
  const b = new FunctionBuilder(['f64', 'f64'], ['f64']);
  const x = b.param(0, 'f64');
  const y = b.param(1, 'f64');
  b.when(f.eq(y, f.c(0)), () => b.ret(x));
  return b.ret(f.sub(x, f.mul(y, f.floor(f.div(x, y)))));
}

/**
 * The math functions as a module's functions `base`, `base + 1`, … in MATH_FUNCTIONS order, each exported
 * under its name when `exported` (for tests). The engine runs them as shipped (shippedMathFunctions.ts, made
 * from these by `npm run emit:wasm`), so this runs only there and in tests.
 */
export function mathFunctions(base: number, exported = false): FuncDef[] {
  const index = (fn: MathFn) => () => base + MATH_FUNCTIONS.indexOf(fn);
  const builders: Record<MathFn, () => FunctionBuilder> = {
    exp,
    log,
    log10: () => log10(index('log')),
    pow,
    round,
    sign,
    mod,
  };
  return MATH_FUNCTIONS.map((fn) => {
    const b = builders[fn]();
    // Every path above ends in a return; the tail only keeps the validator's stack typing simple.
    return b.done(f.c(Number.NaN), exported ? fn : undefined);
  });
}
