// Everything one Monte Carlo run reads and writes, laid out once in one WebAssembly.Memory so the compiled
// kernels (kernelModule.ts) reach it by address and JavaScript through Float64Array views of the same
// bytes. The memory is sized when the workspace is made and never grows: growing would detach every view.
// A workspace is reused by the next run of the same model and size. A Monte Carlo run holds three rows per
// indicator (the base year, the year before and this year: all a kernel or a target reads), and its outputs
// are taken year by year (simulate.ts onYear); a run that keeps every year (the deterministic path, tests)
// holds them all.

import type { CompiledModel } from '../compile/compileModel.ts';
import { FRAME_INPUTS } from '../compile/wasm/emitKernel.ts';
import { instantiateKernels, type KernelFn } from '../compile/wasm/kernelModule.ts';
import { instantiatePathLoops, type PathLoops } from '../compile/wasm/pathLoops.ts';
import { instantiateTargetLoops, type TargetLoops } from '../compile/wasm/targetLoops.ts';
import { QuantileScratch } from '../outputs/quantilesInto.ts';
import { CountScratch, SMALL_ROW } from '../random/CountScratch.ts';
import type { DrawSource } from './DrawSource.ts';
import type { RunSetup } from './resolveScenario.ts';

const PAGE = 65536;
/** WebAssembly memories address at most 4 GiB (65,536 pages). */
const MAX_PAGES = 65536;

/**
 * Per-path arrays a run needs from the pool: for each parameter a base draw, a size per modifier and the
 * effective value; and a carried ratio for each indicator re-anchored on actuals (anchorPlan.ts: a derived
 * indicator with actuals, counted here as any indicator with actuals).
 */
export function poolArraysFor(setup: RunSetup): number {
  let count = 0;
  for (const p of setup.parameters) count += 1 + p.modifiers.length + (p.modifiers.length > 0 ? 1 : 0);
  for (const observed of setup.actuals.values()) if (observed.size > 0) count++;
  return count;
}

/** Where each buffer of a workspace lies in its memory, and the bytes it takes. */
function workspaceLayout(
  model: CompiledModel,
  n: number,
  rows: number,
  poolCapacity: number,
): { at: Map<string, number>; bytes: number } {
  const row = n * 8;
  const counts = countIndicators(model);
  const layout: [string, number][] = [
    ['frame', 4 * (FRAME_INPUTS + model.kernels.maxInputs)],
    ...model.indicators.map((_, k): [string, number] => [`values${k}`, rows * row]),
    ['unknown', rows * row],
    ...model.indicators.map((ind, k): [string, number] => [`ring${k}`, ind.life * row]),
    ...[0, 1, 2].map((k): [string, number] => [`tmp${k}`, row]),
    ...Array.from({ length: poolCapacity }, (_, k): [string, number] => [`pool${k}`, row]),
    ['noise0', n * 4],
    ['noise1', n * 4],
    ['zero', row],
    ['flags', model.plan.targets.length * row],
    ['result', 8],
    ['quantiles', QuantileScratch.bytes(n)],
    ['counts', counts > 0 ? CountScratch.bytes(n, countTableSets(counts, n)) : 0],
  ];
  const at = new Map<string, number>();
  let bytes = 0;
  for (const [name, size] of layout) {
    at.set(name, bytes);
    bytes += Math.ceil(size / 16) * 16;
  }
  return { at, bytes };
}

function countIndicators(model: CompiledModel): number {
  return model.indicators.filter((ind) => ind.kind === 'count').length;
}

/** Each count indicator keeps its own tabulated distribution functions (CountTables.ts); rows shorter
 * than SMALL_ROW are inverted path by path and need none. */
function countTableSets(counts: number, n: number): number {
  return n < SMALL_ROW ? 0 : counts;
}

/** Rows a workspace holds per indicator: every year, or the base year and two more in turn (rowOf). */
export function rowsHeld(Y: number, keepYears: boolean): number {
  return keepYears ? Y : Math.min(Y, 3);
}

/** Bytes of the memory a workspace for this run would take. */
export function workspaceBytes(
  model: CompiledModel,
  n: number,
  Y: number,
  poolArrays: number,
  keepYears: boolean,
): number {
  const rows = rowsHeld(Y, keepYears);
  const { bytes } = workspaceLayout(model, n, rows, Math.max(poolArrays, planPoolArrays(model)));
  return Math.max(1, Math.ceil(bytes / PAGE)) * PAGE;
}

/** Enough pool arrays for any scenario of the plan that uses only the plan's own levers and shocks. */
function planPoolArrays(model: CompiledModel): number {
  const { plan } = model;
  let effects = 0;
  for (const l of plan.levers) effects += l.effects.length;
  for (const s of plan.shocks) effects += s.effects.length;
  return 2 * plan.parameters.length + effects;
}

export class Workspace {
  readonly n: number;
  readonly Y: number;
  /** Rows per indicator: Y when every year is kept, else 3 (see rowOf). */
  readonly rows: number;
  readonly poolCapacity: number;
  /** A simulation is running in it (see simulateSteps). */
  busy = false;
  /** Made for the deterministic path (zero draws). */
  readonly deterministic: boolean;
  readonly memory: WebAssembly.Memory;
  /** Bytes of `memory`. */
  readonly bytes: number;
  readonly kernels: KernelFn[];
  /** Byte address of the kernel frame (see emitKernel.ts), and a view of it. */
  readonly frameAddress: number;
  readonly frame: Int32Array;
  /**
   * By slot, row-major: values[slot][rowOf(y)·n + i] is path i in year y. A slot known to be NaN throughout
   * (unknownSlots.ts) reads the shared row `unknownRow` instead of its own, whose pages are then never
   * touched: see pointRows.
   */
  readonly values: Float64Array[];
  /** rows·n NaN, filled once; never written after. */
  readonly unknownRow: Float64Array;
  private readonly ownRows: Float64Array[];
  /** Cohort age rings by slot (life·n values), empty for other indicators. */
  readonly rings: Float64Array[];
  /** A cohort's inflow, renewal and exit for the year. */
  readonly tmp: readonly [Float64Array, Float64Array, Float64Array];
  /** The target loops over this memory, n flags per target of the plan (a 64-bit mask a path, kept from
   * year to year: TargetTallies in targetStats.ts) and their two counts. */
  readonly targetLoops: TargetLoops;
  /** A parameter's draws, an event's and a cohort's year, over this memory. */
  readonly pathLoops: PathLoops;
  readonly flags: Float64Array;
  readonly flagWords: Int32Array;
  readonly result: Int32Array;
  /** Tables of the quantile passes, next to the values they read. */
  readonly quantiles: QuantileScratch;
  /** Tables of the count draws (countQuantiles), null when the model has no count indicator. */
  readonly counts: CountScratch | null;
  /** By slot: the count indicator's table set in `counts` (−1 for other indicators). */
  readonly countSet: Int32Array;
  /** n zeros. */
  readonly zeroRow: Float64Array;
  private readonly pool: Float64Array[];
  private used = 0;
  /**
   * Two float32 rows where the kernels read noise (macro, own): the stream about to be used is copied from
   * the seed's shock bank, the one copy of the draws (ShockBank.ts), and the row is reused for the next.
   */
  private readonly noiseRows: [Float32Array, Float32Array];
  private readonly noiseIn: [string, string] = ['', ''];

  constructor(
    model: CompiledModel,
    n: number,
    Y: number,
    poolArrays: number,
    deterministic = false,
    keepYears = true,
  ) {
    this.n = n;
    this.deterministic = deterministic;
    this.Y = Y;
    this.rows = rowsHeld(Y, keepYears);
    this.poolCapacity = Math.max(poolArrays, planPoolArrays(model));
    const { at, bytes } = workspaceLayout(model, n, this.rows, this.poolCapacity);
    const pages = Math.max(1, Math.ceil(bytes / PAGE));
    const tooLarge = (why: string) =>
      new RangeError(
        `a run of ${n} paths over ${Y} years needs ${Math.ceil(bytes / 2 ** 20)} MB of path buffers, ${why}: use fewer paths or an earlier horizon`,
      );
    if (pages > MAX_PAGES) throw tooLarge('more than the 4,096 MB WebAssembly can address');
    try {
      this.memory = new WebAssembly.Memory({ initial: pages });
    } catch {
      throw tooLarge('and this machine would not allocate them');
    }
    this.bytes = pages * PAGE;
    const buffer = this.memory.buffer;
    const f64 = (name: string, length: number) => new Float64Array(buffer, at.get(name)!, length);
    this.frameAddress = at.get('frame')!;
    this.frame = new Int32Array(buffer, this.frameAddress, FRAME_INPUTS + model.kernels.maxInputs);
    this.ownRows = model.indicators.map((_, k) => f64(`values${k}`, this.rows * n));
    this.values = [...this.ownRows];
    this.unknownRow = f64('unknown', this.rows * n).fill(Number.NaN);
    this.rings = model.indicators.map((ind, k) => f64(`ring${k}`, ind.life * n));
    this.tmp = [f64('tmp0', n), f64('tmp1', n), f64('tmp2', n)];
    this.pool = Array.from({ length: this.poolCapacity }, (_, k) => f64(`pool${k}`, n));
    this.noiseRows = [0, 1].map((k) => new Float32Array(buffer, at.get(`noise${k}`)!, n)) as [
      Float32Array,
      Float32Array,
    ];
    this.zeroRow = f64('zero', n);
    const targets = model.plan.targets.length;
    this.flags = f64('flags', targets * n);
    this.flagWords = new Int32Array(buffer, at.get('flags')!, 2 * targets * n);
    this.result = new Int32Array(buffer, at.get('result')!, 2);
    this.targetLoops = instantiateTargetLoops(this.memory);
    this.pathLoops = instantiatePathLoops(this.memory);
    this.quantiles = new QuantileScratch(this.memory, at.get('quantiles')!, n);
    const counts = countIndicators(model);
    this.counts =
      counts > 0 ? new CountScratch(this.memory, at.get('counts')!, n, countTableSets(counts, n)) : null;
    this.countSet = new Int32Array(model.indicators.length).fill(-1);
    let set = 0;
    for (const ind of model.indicators) if (ind.kind === 'count') this.countSet[ind.slot] = set++;
    this.kernels = instantiateKernels(model.kernels, this.memory, model.kernelCount);
  }

  /** The row where year index y lies: every year its own when all are kept; else the base year in row 0 and
   * the later years taking rows 1 and 2 in turn, so year y − 1 is still there while year y is computed. */
  rowOf(y: number): number {
    return this.rows === this.Y || y === 0 ? y : 1 + ((y - 1) % (this.rows - 1));
  }

  /** Points each slot of `unknown` at the shared row of NaN, every other slot at its own rows. */
  pointRows(unknown: ReadonlySet<number>): void {
    for (let k = 0; k < this.values.length; k++)
      this.values[k] = unknown.has(k) ? this.unknownRow : this.ownRows[k]!;
  }

  /** Hands out the pool's arrays in order; `reset` starts a run. Contents are undefined: callers fill them. */
  poolArray(): Float64Array {
    if (this.used === this.pool.length) throw new Error('workspace pool exhausted');
    return this.pool[this.used++]!;
  }

  reset(): void {
    this.used = 0;
  }

  /**
   * The byte address of stream `name`'s first n normals (float32), copied from `draws` into noise row
   * `which` (0 macro, 1 own) unless the row holds them already — the macro stream serves every indicator of
   * a year with one copy.
   */
  noise(draws: DrawSource, name: string, which: 0 | 1): number {
    if (draws.id === 'zeros') return this.zeroRow.byteOffset;
    const row = this.noiseRows[which];
    const key = `${draws.id}|${name}`;
    if (this.noiseIn[which] !== key) {
      row.set(draws.normals(name, this.n));
      this.noiseIn[which] = key;
    }
    return row.byteOffset;
  }
}
