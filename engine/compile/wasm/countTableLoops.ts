// Building a count indicator's tables (countQuantiles.ts build) in WebAssembly: a row's distribution
// function, its guide and its decided cells. Written in JavaScript these ran once per count indicator in a
// process's first run, cold: ≈ 58 ms of the engine worker's first 1.5 s (BENCHMARKS.md session 11). Each is
// the JavaScript it replaced operation for operation (countQuantile's recurrence, with the same exp and pow),
// so the tables are the same bits. They are part of the count loops' module (countLookupModule.ts), which
// holds exp and pow.
import { FunctionBuilder, f, i, select, type Val } from './FunctionBuilder.ts';
import { Op } from './opcodes.ts';

/** Below this first probability countQuantile switches to its normal approximation. */
const TINY = 1e-300;

/**
 * Where a decided cell's bounds keep clear of a step of the distribution function: a path's row g comes from
 * trunc((m − lo)·G/range), which can place a mean a few ulps outside [m_g, m_{g+1}] (≈ 1e-14 at a mean of
 * 100), and F moves by at most |∂F/∂m| ≤ 1 per unit of mean.
 */
const CLEAR = 1e-9;

export interface CountTableLoops {
  /**
   * Tabulates the CDF of mean m (negative binomial with dispersion d when nb = 1, else Poisson) at `cdf`, with
   * countQuantile's own recurrence, until it reaches 1 or stops growing. Returns the last k, or −1 if the
   * first probability underflows or more than `room` entries would be needed.
   */
  tabulate(cdf: number, m: number, nb: number, d: number, room: number): number;
  /** guide[j], j < G (the guide's length): the first k ≤ last of the row at `cdf` with CDF ≥ j/G. */
  guide(guide: number, cdf: number, last: number): void;
  /**
   * The decided cells of one row (J bytes at `cells`) from the CDFs of its two rows at `a` and `b`: cell j
   * holds k when F_a(k − 1) + CLEAR < j/J and (j + 1)/J ≤ min(F_a(k), F_b(k)) − CLEAR; else undecided.
   */
  decideRow(cells: number, a: number, b: number, last: number, J: number): void;
}

/** The address of double k of a row at `base`. */
const at = (base: Val<'i32'>, k: Val<'i32'>) => i.add(base, i.shl(k, i.c(3)));

/** `exp` and `pow`: the indices of the module's own functions. */
export function tabulateFunction(exp: () => number, pow: () => number) {
  const b = new FunctionBuilder(['i32', 'f64', 'i32', 'f64', 'i32'], ['i32']);
  const [cdf, m, nb, d, room] = [
    b.param(0, 'i32'),
    b.param(1, 'f64'),
    b.param(2, 'i32'),
    b.param(3, 'f64'),
    b.param(4, 'i32'),
  ];
  const p = b.local('f64');
  b.when(
    nb,
    () => b.set(p, b.call(pow, 'f64', f.div(d, f.add(d, m)), d)),
    () => b.set(p, b.call(exp, 'f64', f.neg(m))),
  );
  b.when(f.lt(p, f.c(TINY)), () => b.ret(i.c(-1)));
  const q = b.let(select(nb, f.div(m, f.add(d, m)), f.c(0)));
  const cap = b.let(f.add(f.c(50), f.mul(f.mul(f.c(20), m), select(nb, f.add(f.c(1), f.div(m, d)), f.c(1)))));
  const k = b.let(i.c(0));
  const F = b.let(p);
  b.store(cdf, F);
  b.repeat((leave) => {
    b.when(i.eqz(i.and(f.lt(F, f.c(1)), f.lt(f.fromI32(k), cap))), leave);
    const k1 = f.fromI32(i.add(k, i.c(1)));
    b.set(p, f.mul(p, select(nb, f.div(f.mul(f.add(f.fromI32(k), d), q), k1), f.div(m, k1))));
    b.when(i.and(f.eq(f.add(F, p), F), f.gt(f.fromI32(k), m)), leave);
    b.set(k, i.add(k, i.c(1)));
    b.when(i.ge(k, room), () => b.ret(i.c(-1)));
    b.set(F, f.add(F, p));
    b.store(at(cdf, k), F);
  });
  return b.done(k, 'tabulate');
}

/** `size`: entries of a row's guide. */
export function guideFunction(size: number) {
  const b = new FunctionBuilder(['i32', 'i32', 'i32'], []);
  const [guide, cdf, last] = [b.param(0, 'i32'), b.param(1, 'i32'), b.param(2, 'i32')];
  const k = b.let(i.c(0));
  const j = b.let(i.c(0));
  const end = b.let(i.c(size));
  b.loop(j, end, 1, () => {
    const v = b.let(f.div(f.fromI32(j), f.c(size)));
    b.repeat((leave) => {
      b.when(i.eqz(i.and(i.lt(k, last), f.lt(f.load(at(cdf, k)), v))), leave);
      b.set(k, i.add(k, i.c(1)));
    });
    b.emit((w) => {
      i.add(guide, i.shl(j, i.c(2))).emit(w);
      k.emit(w);
      w.mem(Op.i32Store, 2);
    });
  });
  return b.done(null, 'guide');
}

/** `undecided`: the cell's value for "not decided". */
export function decideRowFunction(undecided: number) {
  const b = new FunctionBuilder(['i32', 'i32', 'i32', 'i32', 'i32'], []);
  const [cells, a, bRow, last, J] = [0, 1, 2, 3, 4].map((n) => b.param(n, 'i32'));
  const Jf = b.let(f.fromI32(J!));
  const c = b.let(i.c(0));
  const setCells = (from: Val<'i32'>, to: Val<'i32'>, value: Val<'i32'>) => {
    b.set(c, from);
    const end = b.let(to);
    b.loop(c, end, 1, () =>
      b.emit((w) => {
        i.add(cells!, c).emit(w);
        value.emit(w);
        w.mem(Op.i32Store8, 0);
      }),
    );
  };
  setCells(i.c(0), J!, i.c(undecided));
  const k = b.let(i.c(0));
  const from = b.local('f64');
  const to = b.local('f64');
  const upTo = b.local('f64');
  b.repeat((leave) => {
    b.when(i.gt(k, last!), leave);
    const below = f.add(select(i.eqz(k), f.c(0), f.load(at(a!, i.sub(k, i.c(1))))), f.c(CLEAR));
    b.set(upTo, f.min(f.load(at(a!, k)), f.load(at(bRow!, k))));
    b.set(from, f.add(f.floor(f.mul(below, Jf)), f.c(1)));
    b.set(to, f.floor(f.mul(f.sub(upTo, f.c(CLEAR)), Jf)));
    b.when(f.lt(from, to), () => setCells(i.truncF64(from), i.truncF64(to), k));
    b.when(f.ge(upTo, f.c(1)), leave);
    b.set(k, i.add(k, i.c(1)));
  });
  return b.done(null, 'decideRow');
}
