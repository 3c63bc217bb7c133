// The per-path loops of a year step that are not a formula's kernel, in WebAssembly over a workspace's
// memory: a parameter's draws, a row of uniforms, a yes/no event, and a cohort stock's year. Written in JavaScript they ran
// interpreted through most of a process's first run (the engine worker's first full run spent ≈ 60 ms in
// them, BENCHMARKS.md session 11); here they start in WebAssembly's baseline tier. Each does the same IEEE
// operations in the same order as the JavaScript it replaced, so the numbers are the same bits.
import { uniformsFunction } from './drawsModule.ts';
import type { FuncDef } from './encodeModule.ts';
import { FunctionBuilder, f, i, type Local, select, type Val } from './FunctionBuilder.ts';
import { loopsOver } from './loopsOver.ts';

export interface PathLoops {
  /** out[i] = mean + sd · z[i] for i < n, z float32: a parameter's draw per path. */
  affine(n: number, out: number, z: number, mean: number, sd: number): void;
  /**
   * Uniforms i ∈ [from, to) of the stream keyed keyHi, keyLo (ShockBank.uniformKey) at out + 8i: the row an
   * event or a count reads, written where it reads it (drawsModule.ts uniformsFunction).
   */
  uniforms(out: number, from: number, to: number, keyHi: number, keyLo: number): void;
  /**
   * A yes/no event (stepIndicator): once it happened it stays 1; otherwise NaN where the hazard p or last
   * year's value is NaN, else 1 where the uniform u falls below p, else 0.
   */
  event(n: number, out: number, last: number, u: number, p: number): void;
  /** ring[block + i] *= 1 − exit[i]: the paths leaving an age block early. */
  leave(n: number, block: number, exit: number): void;
  /** ring[block + i] = inflow[i] + ring[block + i] · renewal[i]: the expired block re-entering as new. */
  renew(n: number, block: number, inflow: number, renewal: number): void;
  /** out[i] = ring[i] + ring[n + i] + … over `life` blocks, added from the first block on (from 0). */
  total(n: number, out: number, ring: number, life: number): void;
  /** out[i] += a · x[i]: a modifier's share of a parameter's effective value (updateParameters). */
  axpy(n: number, out: number, a: number, x: number): void;
  /** out[i] *= by[i]: a re-anchored indicator's carried ratio (stepIndicator). */
  scale(n: number, out: number, by: number): void;
}

/** A loop over the byte offsets of n doubles: body(offset of path i among doubles). */
function overPaths(b: FunctionBuilder, n: Local<'i32'>, body: (at: Local<'i32'>) => void): void {
  const at = b.let(i.c(0));
  const end = b.let(i.shl(n, i.c(3)));
  b.loop(at, end, 8, () => body(at));
}

/** row[i] = next(row[i], offset of path i) over the paths, in place. */
function inPlace(
  b: FunctionBuilder,
  n: Local<'i32'>,
  row: Local<'i32'>,
  next: (old: Val<'f64'>, at: Local<'i32'>) => Val<'f64'>,
): void {
  overPaths(b, n, (at) => {
    const cell = b.let(i.add(row, at));
    b.store(cell, next(f.load(cell), at));
  });
}

function affine() {
  const b = new FunctionBuilder(['i32', 'i32', 'i32', 'f64', 'f64'], []);
  const [n, out, z] = [b.param(0, 'i32'), b.param(1, 'i32'), b.param(2, 'i32')];
  const [mean, sd] = [b.param(3, 'f64'), b.param(4, 'f64')];
  overPaths(b, n, (at) => {
    b.store(i.add(out, at), f.add(mean, f.mul(sd, f.loadF32(i.add(z, i.shrU(at, i.c(1)))))));
  });
  return b.done(null, 'affine');
}

function event() {
  const b = new FunctionBuilder(['i32', 'i32', 'i32', 'i32', 'i32'], []);
  const [n, out, last, u, p] = [0, 1, 2, 3, 4].map((k) => b.param(k, 'i32')) as Local<'i32'>[];
  const before = b.local('f64');
  const hazard = b.local('f64');
  overPaths(b, n!, (at) => {
    b.set(before, f.load(i.add(last!, at)));
    b.set(hazard, f.load(i.add(p!, at)));
    const drawn = select(f.lt(f.load(i.add(u!, at)), hazard), f.c(1), f.c(0));
    const unknown = i.or(f.ne(hazard, hazard), f.ne(before, before));
    b.store(i.add(out!, at), select(f.ge(before, f.c(1)), f.c(1), select(unknown, f.c(Number.NaN), drawn)));
  });
  return b.done(null, 'event');
}

function leave() {
  const b = new FunctionBuilder(['i32', 'i32', 'i32'], []);
  const [n, block, exit] = [b.param(0, 'i32'), b.param(1, 'i32'), b.param(2, 'i32')];
  inPlace(b, n, block, (old, at) => f.mul(old, f.sub(f.c(1), f.load(i.add(exit, at)))));
  return b.done(null, 'leave');
}

function renew() {
  const b = new FunctionBuilder(['i32', 'i32', 'i32', 'i32'], []);
  const [n, block, inflow, renewal] = [0, 1, 2, 3].map((k) => b.param(k, 'i32')) as Local<'i32'>[];
  inPlace(b, n!, block!, (old, at) =>
    f.add(f.load(i.add(inflow!, at)), f.mul(old, f.load(i.add(renewal!, at)))),
  );
  return b.done(null, 'renew');
}

function total() {
  const b = new FunctionBuilder(['i32', 'i32', 'i32', 'i32'], []);
  const [n, out, ring, life] = [0, 1, 2, 3].map((k) => b.param(k, 'i32')) as Local<'i32'>[];
  const stride = b.let(i.shl(n!, i.c(3)));
  const sum = b.local('f64');
  const a = b.local('i32');
  const cell = b.local('i32');
  overPaths(b, n!, (at) => {
    b.set(sum, f.c(0));
    b.set(cell, i.add(ring!, at));
    b.set(a, i.c(0));
    b.loop(a, life!, 1, () => {
      b.set(sum, f.add(sum, f.load(cell)));
      b.set(cell, i.add(cell, stride));
    });
    b.store(i.add(out!, at), sum);
  });
  return b.done(null, 'total');
}

function axpy() {
  const b = new FunctionBuilder(['i32', 'i32', 'f64', 'i32'], []);
  const [n, out, a, x] = [b.param(0, 'i32'), b.param(1, 'i32'), b.param(2, 'f64'), b.param(3, 'i32')];
  inPlace(b, n, out, (old, at) => f.add(old, f.mul(a, f.load(i.add(x, at)))));
  return b.done(null, 'axpy');
}

function scale() {
  const b = new FunctionBuilder(['i32', 'i32', 'i32'], []);
  const [n, out, by] = [b.param(0, 'i32'), b.param(1, 'i32'), b.param(2, 'i32')];
  inPlace(b, n, out, (old, at) => f.mul(old, f.load(i.add(by, at))));
  return b.done(null, 'scale');
}

/** The module's functions (shipped as bytes: loopModuleSources.ts). */
export function pathLoopFunctions(): FuncDef[] {
  return [affine(), uniformsFunction(), event(), leave(), renew(), total(), axpy(), scale()];
}

/** The loops, compiled once per process and instantiated over a workspace's memory. */
export function instantiatePathLoops(memory: WebAssembly.Memory): PathLoops {
  return loopsOver(memory, 'paths') as unknown as PathLoops;
}
