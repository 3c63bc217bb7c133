// One step of one indicator as an expression over all paths (SDEverywhere-style: the model is compiled once,
// then runs over preallocated buffers). The formulas are lowered to the expression IR with their names
// resolved to the kernel's inputs; kernelModule.ts compiles every kernel of a model into one WebAssembly
// module.
import type { CheckedFormula } from './formula/checkFormula.ts';
import type { Expr } from './formula/Expr.ts';
import { lowerFormula } from './formula/lowerFormula.ts';

/** A value a kernel reads: an indicator (this year or last) or an effective parameter. */
export type KernelInput =
  | { kind: 'indicator'; id: string; prev: boolean }
  | { kind: 'parameter'; id: string };

export interface Kernel {
  /** The value each path gets, over inputs numbered as in `inputs`. */
  expr: Expr;
  inputs: KernelInput[];
}

/**
 * How the formula values become the output, given the formulas' expressions (f0, f1, …) and `z` = the
 * noise for path i, macroCoef·macro[i] + ownCoef·own[i] (0 when the indicator has none), fused into the
 * loop so the noise is never stored:
 * - `value`:  out = f0 · (1 + z) — derived (noise-free when z = 0);
 * - `growth`: out = last · (1 + f0 + z);
 * - `stock`:  out = max(0, last + f0 · (1 + z) − f1);
 * - `cumulative`: out = last + f0;
 * - `flow`:   out = max(0, f0 · (1 + z)) — a cohort's inflow;
 * - `rate`:   out = clamp(f0, 0, 1) — a cohort's renewal or exit share, an event's hazard.
 * With `whole` (count indicators) the flows of `stock` and `flow` are rounded to whole items.
 */
export type KernelShape = 'value' | 'growth' | 'stock' | 'cumulative' | 'flow' | 'rate';

const num = (value: number): Expr => ({ op: 'num', value });
const add = (a: Expr, b: Expr): Expr => ({ op: 'add', a, b });
const mul = (a: Expr, b: Expr): Expr => ({ op: 'mul', a, b });
const max0 = (a: Expr): Expr => ({ op: 'max', a: num(0), b: a });

export function buildKernel(
  shape: KernelShape,
  selfId: string,
  formulas: CheckedFormula[],
  noisy: boolean,
  isIndicator: (name: string) => boolean,
  whole = false,
): Kernel {
  const inputs: KernelInput[] = [];
  const slotOf = new Map<string, number>();
  const input = (key: string, make: () => KernelInput): Expr => {
    let k = slotOf.get(key);
    if (k === undefined) {
      k = inputs.length;
      inputs.push(make());
      slotOf.set(key, k);
    }
    return { op: 'input', k };
  };
  const resolve = (name: string, prev: boolean): Expr => {
    if (name === 'year') return { op: 'year' };
    if (name === 't') return { op: 't' };
    if (!isIndicator(name)) return input(`param:${name}`, () => ({ kind: 'parameter', id: name }));
    return input(`${prev ? 'prev:' : ''}${name}`, () => ({ kind: 'indicator', id: name, prev }));
  };
  const [f0, f1] = formulas.map((f) => lowerFormula(f.node, resolve)) as [Expr, Expr | undefined];
  const carries = shape === 'growth' || shape === 'stock' || shape === 'cumulative';
  const last = carries ? resolve(selfId, true) : num(0);
  const z: Expr = noisy ? { op: 'noise' } : num(0);
  const round = (e: Expr): Expr => (whole ? { op: 'floor', a: add(e, num(0.5)) } : e);
  const scaled = (e: Expr) => round(mul(e, add(num(1), z)));
  const expr: Record<KernelShape, () => Expr> = {
    value: () => (noisy ? mul(f0, add(num(1), z)) : f0),
    growth: () => mul(last, add(add(num(1), f0), z)),
    stock: () => max0({ op: 'sub', a: add(last, scaled(f0)), b: f1 ? round(f1) : num(0) }),
    cumulative: () => add(last, f0),
    flow: () => max0(scaled(f0)),
    rate: () => ({ op: 'min', a: { op: 'max', a: f0, b: num(0) }, b: num(1) }),
  };
  return { expr: expr[shape](), inputs };
}
