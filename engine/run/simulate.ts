// The simulation loop: year by year, indicator by indicator in dependency order, each step one compiled
// loop over all paths. Written as a generator that yields after every year, so a caller can run it straight
// through (goal-seek, tests) or hand control back to the event loop to see a cancellation (the worker).

import type { CompiledIndicator, CompiledKernel, CompiledModel } from '../compile/compileModel.ts';
import { FRAME_INPUTS, FRAME_MACRO, FRAME_OUT, FRAME_OWN } from '../compile/wasm/emitKernel.ts';
import { countQuantiles } from '../random/countQuantiles.ts';
import { type Anchor, anchorPlan } from './anchorPlan.ts';
import type { DrawSource } from './DrawSource.ts';
import type { RunSetup } from './resolveScenario.ts';
import type { Workspace } from './Workspace.ts';
import { trimWorkspaces, workspaceFor } from './workspaceCache.ts';

export interface Simulation {
  n: number;
  years: number[];
  /**
   * By slot (see CompiledModel.slotOf): year-major, values[slot][y·n + i] is path i in year y. Views of the
   * run's workspace: the next run of the same model and size overwrites them, so read them before that.
   */
  values: Float64Array[];
  /** Where the values live, with the loops that read them in place (targetStats). */
  workspace: Workspace;
  /** Actuals of sums that re-anchored their parts pro rata (see anchorPlan). */
  reanchored: Reanchored[];
  /** Actuals of derived indicators that were honoured otherwise, or could not be (never silent). */
  actualIssues: ActualIssue[];
}

export interface Reanchored {
  indicator: string;
  year: number;
  parts: string[];
}

/**
 * - `actual-carried`: a derived indicator that is not a sum was pinned and later years continue from the
 *   actual by the formula's growth;
 * - `actual-refused`: the formula's value that year is unknown or zero, so only that year is pinned (the
 *   years after follow the formula, which gives no ratio to carry);
 * - `actual-split-evenly`: a sum whose parts include unknown bases (基期待补): those parts take what the
 *   known parts leave, in equal shares — an assumption, stated wherever the result is shown.
 */
export interface ActualIssue {
  code: 'actual-carried' | 'actual-refused' | 'actual-split-evenly';
  indicator: string;
  year: number;
  /** actual-split-evenly: the parts with unknown bases that took the remainder. */
  parts?: string[];
}

/** Where one kernel reads and writes: its export and, per input, a values buffer or a parameter array. */
interface Binding {
  index: number;
  inputs: { buffer: Float64Array; prev: boolean; perYear: boolean }[];
}

function fillDraws(out: Float64Array, mean: number, sd: number, z: Float32Array): void {
  if (sd === 0) out.fill(mean);
  else for (let i = 0; i < out.length; i++) out[i] = mean + sd * z[i]!;
}

/** Per-path base value of every parameter, and per-path size of each of its modifiers. */
function drawParameters(setup: RunSetup, n: number, draws: DrawSource, ws: Workspace) {
  return setup.parameters.map((p) => {
    const base = ws.poolArray();
    fillDraws(base, p.value.mean, p.value.sd, draws.normals(`param:${p.id}`, n));
    const sizes = p.modifiers.map((m) => {
      const s = ws.poolArray();
      fillDraws(s, m.size.mean, m.size.sd, draws.normals(m.stream, n));
      return s;
    });
    return {
      id: p.id,
      base,
      sizes,
      modifiers: p.modifiers,
      effective: p.modifiers.length > 0 ? ws.poolArray() : base,
    };
  });
}

export function* simulateSteps(
  model: CompiledModel,
  setup: RunSetup,
  n: number,
  draws: DrawSource,
  reuseBuffers = true,
): Generator<number, Simulation> {
  const { years } = setup;
  const Y = years.length;
  const ws = workspaceFor(model, n, Y, setup, draws.id === 'zeros', reuseBuffers);
  const { values, frame, frameAddress, kernels } = ws;
  const params = drawParameters(setup, n, draws, ws);
  const paramIndex = new Map(params.map((p, k) => [p.id, k]));
  // Byte addresses of this indicator-year's noise (kernels compiled without noise never read them).
  let macro = 0;
  let own = 0;
  let macroCoef = 0;
  let ownCoef = 0;
  const tmp = ws.tmp; // inflow, renewal, exit

  const bind = (kernel: CompiledKernel): Binding => ({
    index: kernel.index,
    inputs: kernel.inputs.map((inp) =>
      inp.kind === 'parameter'
        ? { buffer: params[paramIndex.get(inp.id)!]!.effective, prev: false, perYear: false }
        : { buffer: values[model.slotOf.get(inp.id)!]!, prev: inp.prev, perYear: true },
    ),
  });
  const rowBytes = n * 8;
  /** Runs kernel `b` for year y, writing to `out` (a byte address). */
  const run = (b: Binding, out: number, y: number) => {
    frame[FRAME_OUT] = out;
    frame[FRAME_MACRO] = macro;
    frame[FRAME_OWN] = own;
    for (let k = 0; k < b.inputs.length; k++) {
      const inp = b.inputs[k]!;
      const row = inp.perYear ? (inp.prev && y > 0 ? y - 1 : y) : 0;
      frame[FRAME_INPUTS + k] = inp.buffer.byteOffset + row * rowBytes;
    }
    kernels[b.index]!(n, frameAddress, macroCoef, ownCoef, years[y]!, y);
  };
  const anchors = anchorPlan(model, setup);
  const reanchored: Reanchored[] = [];
  const actualIssues: ActualIssue[] = [];
  /** Per anchored derived indicator: the ratio actual / formula carried to later years, path by path. */
  const carries = new Map<number, Float64Array>();
  for (const a of anchors.values()) carries.set(a.slot, new Float64Array(n).fill(1));

  /** Pins derived indicator `a` in year y to `pinned`: re-anchors its parts, or carries the ratio. */
  const anchor = (a: Anchor, y: number, pinned: number) => {
    const offset = y * n;
    const row = values[a.slot]!;
    const carry = carries.get(a.slot)!;
    let carried = false;
    let refused = false;
    const splitParts = new Set<string>();
    if (a.mode === 'sum') {
      const free = a.parts.filter((p) => setup.actuals.get(p.id)?.get(y) === undefined);
      const fixed = a.parts.filter((p) => !free.includes(p));
      for (let i = 0; i < n; i++) {
        let fixedSum = 0;
        for (const p of fixed) fixedSum += values[p.slot]![offset + i]!;
        let knownSum = 0;
        const unknown: { id: string; slot: number }[] = [];
        for (const p of free) {
          const v = values[p.slot]![offset + i]!;
          if (Number.isFinite(v)) knownSum += v;
          else unknown.push(p);
        }
        const rest = pinned - fixedSum - knownSum;
        if (
          unknown.length > 0 &&
          Number.isFinite(rest) &&
          rest >= 0 &&
          !unknown.some((p) => cohortOf.has(p.slot))
        ) {
          // Parts with unknown bases (基期待补) have no share to scale: they take what the known parts leave,
          // split evenly — a labelled assumption (actual-split-evenly), so later years grow from the total.
          for (const p of unknown) {
            values[p.slot]![offset + i] = rest / unknown.length;
            splitParts.add(p.id);
          }
          carry[i] = 1;
          continue;
        }
        const freeSum = knownSum + (unknown.length > 0 ? Number.NaN : 0);
        const f = (pinned - fixedSum) / freeSum;
        if (free.length > 0 && freeSum > 0 && f >= 0 && Number.isFinite(f)) {
          for (const p of free) {
            values[p.slot]![offset + i]! *= f;
            const c = cohortOf.get(p.slot);
            if (c) for (let k = 0; k < c.life; k++) c.ring[k * n + i]! *= f;
          }
          carry[i] = 1;
        } else {
          // The parts cannot carry it on this path (unknown or zero): continue from the actual instead.
          const v = row[offset + i]!;
          carry[i] = v !== 0 && Number.isFinite(v) ? pinned / v : 1;
          if (carry[i] === 1 && pinned !== v) refused = true;
          else carried = true;
        }
      }
      if (splitParts.size > 0)
        actualIssues.push({
          code: 'actual-split-evenly',
          indicator: a.id,
          year: setup.years[y]!,
          parts: a.parts.map((p) => p.id).filter((id) => splitParts.has(id)),
        });
      if (!carried && !refused && splitParts.size === 0)
        reanchored.push({ indicator: a.id, year: setup.years[y]!, parts: free.map((p) => p.id) });
    } else {
      for (let i = 0; i < n; i++) {
        const v = row[offset + i]!;
        const ok = v !== 0 && Number.isFinite(v);
        carry[i] = ok ? pinned / v : 1;
        if (ok) carried = true;
        else refused = true;
      }
    }
    if (carried) actualIssues.push({ code: 'actual-carried', indicator: a.id, year: setup.years[y]! });
    if (refused) actualIssues.push({ code: 'actual-refused', indicator: a.id, year: setup.years[y]! });
  };
  const cohortOf = new Map<number, { ring: Float64Array; life: number }>();
  for (const ind of model.indicators)
    if (ind.kind === 'cohort') cohortOf.set(ind.slot, { ring: ws.rings[ind.slot]!, life: ind.life });

  const steps = model.indicators.map((ind) => ({
    ind,
    main: bind(ind.main),
    atBase: ind.atBase ? bind(ind.atBase) : undefined,
    renewal: ind.renewal ? bind(ind.renewal) : undefined,
    exit: ind.exit ? bind(ind.exit) : undefined,
    actuals: setup.actuals.get(ind.id),
    cohort: ind.kind === 'cohort' ? { ring: ws.rings[ind.slot]!, head: 0 } : undefined,
    anchor: anchors.get(ind.slot),
  }));

  /** Points the kernels at this indicator's draws for `year`: vol·(a·macro + √(1−a²)·own). */
  const drawNoise = (ind: CompiledIndicator, year: number) => {
    const a = ind.macroLoading;
    own = ws.noise(draws, `noise:${ind.id}:${year}`, 1);
    macro = a === 0 ? own : ws.noise(draws, `macro:${year}`, 0);
    macroCoef = ind.volatility * a;
    ownCoef = ind.volatility * Math.sqrt(Math.max(0, 1 - a * a));
  };

  const updateParameters = (y: number) => {
    for (const p of params) {
      if (p.modifiers.length === 0) continue;
      p.effective.set(p.base);
      p.modifiers.forEach((m, k) => {
        const f = m.profile[y]!;
        if (f === 0) return;
        const size = p.sizes[k]!;
        for (let i = 0; i < n; i++) p.effective[i]! += f * size[i]!;
      });
    }
  };

  /**
   * The base year: carried indicators take their base value (cumulative ones 0), then derived ones are
   * computed in order — twice, because in the base year prev(x) reads x itself, and x may be a derived
   * indicator later in the order. Rows start at 0 so a reused buffer never leaks into a result.
   */
  const startBaseYear = () => {
    for (const s of steps) {
      const out = values[s.ind.slot]!;
      const pinned = s.actuals?.get(0);
      const start = s.ind.kind === 'derived' || s.ind.kind === 'cumulative' ? 0 : (s.ind.base ?? Number.NaN);
      out.fill(pinned ?? start, 0, n);
    }
    // The second pass re-anchors the parts of observed sums; the third recomputes what reads those parts.
    for (let pass = 0; pass < 3; pass++) {
      for (const s of steps) {
        if (s.ind.kind !== 'derived') continue;
        const out = values[s.ind.slot]!;
        run(s.atBase!, out.byteOffset, 0);
        const pinned = s.actuals?.get(0);
        if (pinned === undefined) continue;
        if (pass === 1 && s.anchor) anchor(s.anchor, 0, pinned);
        out.fill(pinned, 0, n);
      }
    }
    for (const s of steps) if (s.cohort) s.cohort.ring.fill(values[s.ind.slot]![0]! / s.ind.life);
  };

  // The workspace is this run's until the loop ends or the caller drops the generator (return()), so runs
  // interleaved on other channels take other workspaces. The values stay valid after it is released until
  // the next run of this size starts: callers read them before yielding to the event loop.
  ws.busy = true;
  try {
    for (let y = 0; y < Y; y++) {
      updateParameters(y);
      if (y === 0) startBaseYear();
      for (const s of steps) {
        const { ind } = s;
        const out = values[ind.slot]!;
        const offset = y * n;
        const pinned = s.actuals?.get(y);
        if (y === 0) continue; // set by startBaseYear
        const noisy = ind.volatility > 0;
        if (noisy) drawNoise(ind, years[y]!);
        if (s.cohort) {
          run(s.main, tmp[0].byteOffset, y);
          run(s.renewal!, tmp[1].byteOffset, y);
          if (s.exit) run(s.exit, tmp[2].byteOffset, y);
          stepCohort(s.cohort, ind.life, n, tmp[0], tmp[1], s.exit ? tmp[2] : undefined, out, offset);
        } else if (ind.kind === 'event' || ind.kind === 'count') {
          // The kernel gives the hazard or the mean; one uniform per path and year (a named stream of the
          // seed's bank, so common random numbers hold) decides the event or inverts the count's CDF.
          run(s.main, tmp[0].byteOffset, y);
          const u = draws.uniforms(`${ind.kind}:${ind.id}:${years[y]}`, n);
          const p = tmp[0];
          if (ind.kind === 'event') {
            const before = offset - n;
            for (let i = 0; i < n; i++) {
              const last = out[before + i]!;
              out[offset + i] =
                last >= 1
                  ? 1
                  : Number.isNaN(p[i]!) || Number.isNaN(last)
                    ? Number.NaN
                    : u[i]! < p[i]!
                      ? 1
                      : 0;
            }
          } else {
            countQuantiles(ws.counts!, out, offset, u, p, n, ind.dispersion);
          }
        } else {
          run(s.main, out.byteOffset + offset * 8, y);
        }
        if (s.anchor && pinned === undefined) {
          const carry = carries.get(ind.slot)!;
          for (let i = 0; i < n; i++) out[offset + i]! *= carry[i]!;
        }
        if (pinned !== undefined) {
          if (s.cohort) rescaleCohort(s.cohort, ind.life, n, out, offset, pinned);
          if (s.anchor) anchor(s.anchor, y, pinned);
          out.fill(pinned, offset, offset + n);
        }
      }
      yield (y + 1) / Y;
    }
  } finally {
    ws.busy = false;
    trimWorkspaces(); // a workspace beyond the budget is given back once its values are read (by GC)
  }
  return { n, years, values, workspace: ws, reanchored, actualIssues };
}

/**
 * One year of a cohort stock (e.g. certificates valid `life` years). The ring holds one block of n paths per
 * age; `head` is age 0. The oldest block expires; a share `renewal` of it re-enters as new, with the inflow.
 */
function stepCohort(
  c: { ring: Float64Array; head: number },
  life: number,
  n: number,
  inflow: Float64Array,
  renewal: Float64Array,
  exit: Float64Array | undefined,
  out: Float64Array,
  offset: number,
): void {
  const { ring } = c;
  const oldest = ((c.head + life - 1) % life) * n;
  if (exit) {
    for (let a = 0; a < life - 1; a++) {
      const block = ((c.head + a) % life) * n;
      for (let i = 0; i < n; i++) ring[block + i]! *= 1 - exit[i]!;
    }
  }
  // The expired block becomes the new age-0 block.
  for (let i = 0; i < n; i++) ring[oldest + i] = inflow[i]! + ring[oldest + i]! * renewal[i]!;
  c.head = (c.head + life - 1) % life;
  for (let i = 0; i < n; i++) out[offset + i] = 0;
  for (let a = 0; a < life; a++) {
    const block = a * n;
    for (let i = 0; i < n; i++) out[offset + i]! += ring[block + i]!;
  }
}

/** Pins a cohort stock to an observed total, keeping its age mix (all new if it was empty). */
function rescaleCohort(
  c: { ring: Float64Array; head: number },
  life: number,
  n: number,
  out: Float64Array,
  offset: number,
  pinned: number,
): void {
  for (let i = 0; i < n; i++) {
    const total = out[offset + i]!;
    if (total > 0) {
      const f = pinned / total;
      for (let a = 0; a < life; a++) c.ring[a * n + i]! *= f;
    } else {
      for (let a = 0; a < life; a++) c.ring[a * n + i] = a === c.head ? pinned : 0;
    }
  }
}

/** Runs the simulation straight through. */
export function simulateSync(
  model: CompiledModel,
  setup: RunSetup,
  n: number,
  draws: DrawSource,
  reuseBuffers = true,
): Simulation {
  const steps = simulateSteps(model, setup, n, draws, reuseBuffers);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
