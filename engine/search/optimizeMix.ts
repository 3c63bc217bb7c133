// Least-cost policy mix: lever intensities that meet every chosen target with P(met) ≥ p (or on the
// deterministic path) at the least total fiscal cost (RunResult.cost.total, from the lever start years to the
// horizon).
//
// Method (docs/analytics.md has the long form).
// 1. Grid. Each lever's intensity runs over min, min+step, …, max (its slider step, at most 40 steps).
//    Every evaluation is a full run with one seed — common random numbers — so P(met) is a fixed function
//    of the intensities and comparisons between mixes are not blurred by sampling noise.
// 2. Screening. A lever is a candidate only if setting it to its maximum (others at minimum) changes a
//    chosen target's deterministic value; the others are set to their minimum (they would only add cost).
// 3. Cost. Costs are linear in intensity (perUnit × years), so each candidate's unit cost is read once from
//    the engine's own cost at the lever's maximum, and a mix's cost is Σ unit cost × intensity.
// 4. Feasibility is assumed monotone: raising a lever never lowers a target's P(met). Then the feasible
//    mixes form an up-set of the grid, and the cheapest one lies on its lower frontier.
//    - exact (few levers): enumerate the grid of all candidates but the last two; for each such prefix walk
//      the frontier of the last two as a staircase (raise lever k−1 step by step while lowering lever k as
//      far as feasibility allows), skipping prefixes whose cost alone already exceeds the best found.
//      This finds the grid optimum with O(Π n_i · (n_{k−1} + n_k)) runs instead of Π n_i.
//    - greedy (many levers): from all-minimum, repeatedly raise the lever that buys the largest reduction in
//      shortfall Σ max(0, p − P(met)) per unit of cost until feasible; then lower each lever, dearest first,
//      as far as feasibility allows (bisection on its grid), and try one-step swaps from a dearer lever to a
//      cheaper one. A heuristic: the result is feasible, not proven optimal, and is labelled so.
import type { Lever, Plan } from '../plan/planSchema.ts';
import type { Scenario } from '../plan/scenarioSchema.ts';
import { run } from '../run/run.ts';
import type { LeverCost, Progress, RunResult } from '../run/runTypes.ts';
import { checkAnalysisBudget, pathsWithinBudget } from './analysisBudget.ts';
import { baseScenario, throwIfAborted, withLevers } from './analyticsScenario.ts';

export interface OptimizeOptions {
  targets: string[];
  /** Required P(met) for every chosen target; null: the deterministic path must meet them. */
  probability: number | null;
  /** Levers the optimiser may set; default all of the plan's. */
  levers?: string[];
  method?: 'auto' | 'exact' | 'greedy';
  /** Most grid steps per lever (default 40). */
  maxSteps?: number;
  /** Runs the exact method may use before 'auto' falls back to greedy (default 2,000). */
  maxExactRuns?: number;
  paths?: number;
  /**
   * `paths` is the most to use: fewer when the search would take more than an analysis may (the result's
   * `paths` says how many). The page asks at its own count (5,000), which many candidate levers exceed;
   * without it the request is refused with the count that would fit.
   */
  fitPaths?: boolean;
  seed?: number;
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

export interface LeverGrid {
  id: string;
  min: number;
  max: number;
  step: number;
  /** Fiscal cost per unit of intensity over the whole horizon. */
  unitCost: number;
  /** Whether the lever moves any chosen target. */
  relevant: boolean;
}

export interface OptimizeResult {
  /**
   * 'unknown-base': a chosen target's indicator awaits its base (基期待补) — `unknownBase` lists them.
   * 'observed': a chosen target is already missed by what was observed — `missed` lists them.
   */
  status: 'optimal' | 'feasible' | 'already-met' | 'infeasible' | 'unknown-base' | 'observed';
  /** The chosen targets that wait for a base, whatever the status. */
  unknownBase: string[];
  /** The chosen targets an observed year has already missed (verdict `missed`): no mix meets them. */
  missed: string[];
  method: 'exact' | 'greedy' | 'none';
  targets: string[];
  probability: number | null;
  /** Intensities of the plan's levers that the optimiser set (candidates at their chosen value, others at min). */
  intensities: Record<string, number>;
  cost: LeverCost;
  pMet: Record<string, number | null>;
  deterministicMet: Record<string, boolean>;
  levers: LeverGrid[];
  /** Runs made. */
  runs: number;
  paths: number;
  seed: number;
  message: string;
}

interface Evaluated {
  feasible: boolean;
  shortfall: number;
  pMet: Record<string, number | null>;
  deterministicMet: Record<string, boolean>;
  cost: LeverCost;
  /** Chosen targets whose indicator awaits its base (基期待补): no path to judge. */
  unknownBase: string[];
  /** Chosen targets already missed by an observed year. */
  missed: string[];
}

function gridOf(lever: Lever, maxSteps: number): { min: number; max: number; step: number; n: number } {
  const { min, max } = lever.intensity;
  const span = max - min;
  let step = lever.intensity.step ?? span / 20;
  if (!(step > 0) || span <= 0) return { min, max, step: 0, n: 0 };
  let n = Math.round(span / step);
  if (n > maxSteps) {
    n = maxSteps;
    step = span / n;
  }
  return { min, max, step, n };
}

type Grid = { lever: Lever; min: number; max: number; step: number; n: number };
type Mix = Record<string, number>;

function checkOptions(plan: Plan, options: OptimizeOptions): Lever[] {
  const { probability } = options;
  if (options.targets.length === 0) throw new RangeError('choose at least one target');
  for (const id of options.targets) {
    const t = plan.targets.find((x) => x.id === id);
    if (!t) throw new RangeError(`no target "${id}" in plan ${plan.meta.id}`);
    if (t.kind === 'qualitative') throw new RangeError(`target "${id}" is qualitative`);
  }
  if (probability !== null && !(probability > 0 && probability <= 1)) {
    throw new RangeError(`probability must be in (0, 1], not ${probability}`);
  }
  return (options.levers ?? plan.levers.map((l) => l.id)).map((id) => {
    const l = plan.levers.find((x) => x.id === id);
    if (!l) throw new RangeError(`no lever "${id}" in plan ${plan.meta.id}`);
    return l;
  });
}

/** Runs of mixes, counted, with every evaluation cached by the mix's intensities. */
class MixRunner {
  runs = 0;
  usedPaths = 0;
  usedSeed = 0;
  private readonly cache = new Map<string, Evaluated>();

  constructor(
    private readonly plan: Plan,
    private readonly scenario: Scenario,
    private readonly options: OptimizeOptions,
    private readonly levers: Lever[],
    private readonly horizon: number,
    /** Paths of the Monte Carlo runs (0: deterministic only; undefined: run()'s default). */
    public paths: number | undefined,
  ) {}

  run(x: Mix, deterministic: boolean): Promise<RunResult> {
    const { options, paths } = this;
    throwIfAborted(options.signal);
    this.runs++;
    return run(this.plan, withLevers(this.scenario, x), {
      ...(deterministic ? { paths: 0 } : paths === undefined ? {} : { paths }),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      horizon: this.horizon,
      quantiles: false,
      signal: options.signal,
    });
  }

  async evaluate(x: Mix): Promise<Evaluated> {
    const key = this.levers.map((l) => x[l.id]).join(',');
    const hit = this.cache.get(key);
    if (hit) return hit;
    const r = await this.run(x, this.paths === 0);
    this.usedPaths = r.paths;
    this.usedSeed = r.seed;
    const e = judge(this.plan, this.options, r);
    this.cache.set(key, e);
    return e;
  }
}

/** Whether a run meets every chosen target, and by how much it falls short. */
function judge(plan: Plan, options: OptimizeOptions, r: RunResult): Evaluated {
  const { probability } = options;
  const pMet: Record<string, number | null> = {};
  const deterministicMet: Record<string, boolean> = {};
  let shortfall = 0;
  let feasible = true;
  const unknownBase: string[] = [];
  const missed: string[] = [];
  for (const id of options.targets) {
    const t = r.targets.find((x) => x.id === id);
    if (t?.verdictBasis === 'unknown-base') unknownBase.push(id);
    if (t?.verdict.code === 'missed') missed.push(id);
    pMet[id] = t?.pMet ?? null;
    deterministicMet[id] = t?.deterministicMet ?? false;
    if (probability === null) {
      if (!deterministicMet[id]) {
        feasible = false;
        shortfall += gap(plan, id, t?.deterministicValue ?? Number.NaN);
      }
    } else {
      const p = t?.pMet ?? 0;
      if (p < probability - 1e-12) {
        feasible = false;
        shortfall += probability - p;
      }
    }
  }
  return { feasible, shortfall, pMet, deterministicMet, cost: r.cost, unknownBase, missed };
}

/**
 * Screening and unit costs from deterministic runs: each lever at its maximum, the others at their
 * minimum. A lever is relevant when it moves a chosen target's deterministic value.
 */
async function screenLevers(
  runner: MixRunner,
  grids: Grid[],
  atMin: Mix,
  targets: string[],
  progress: (done: number, stage: string) => void,
): Promise<LeverGrid[]> {
  const base = await runner.run(atMin, true);
  const valuesOf = (r: RunResult) =>
    targets.map((id) => r.targets.find((t) => t.id === id)?.deterministicValue ?? 0);
  const v0 = valuesOf(base);
  const info: LeverGrid[] = [];
  for (const g of grids) {
    const r = await runner.run({ ...atMin, [g.lever.id]: g.max }, true);
    progress(0.05 * (info.length / grids.length), 'optimize: screening levers');
    const v = valuesOf(r);
    const relevant = v.some((x, k) => Math.abs(x - v0[k]!) > 1e-12 * Math.max(1, Math.abs(v0[k]!)));
    const extra = (r.cost.byLever[g.lever.id] ?? 0) - (base.cost.byLever[g.lever.id] ?? 0);
    const unitCost = g.max > g.min ? extra / (Math.max(0, g.max) - Math.max(0, g.min) || 1) : 0;
    info.push({ id: g.lever.id, min: g.min, max: g.max, step: g.step, unitCost, relevant });
  }
  return info;
}

/** The search space: candidate levers' grid indices, their mixes and costs, and the best mix so far. */
interface Search {
  cands: Grid[];
  unitCost: Map<string, number>;
  mixOf(idx: number[]): Mix;
  costOf(idx: number[]): number;
  feasible(idx: number[]): Promise<boolean>;
  evaluate(idx: number[]): Promise<Evaluated>;
  best: { idx: number[]; cost: number };
  consider(idx: number[]): void;
  progress(done: number, stage: string): void;
}

function searchOver(
  cands: Grid[],
  unitCost: Map<string, number>,
  atMin: Mix,
  runner: MixRunner,
  progress: Search['progress'],
): Search {
  const valueAt = (g: Grid, i: number) => (i >= g.n ? g.max : g.min + i * g.step);
  const mixOf = (idx: number[]) => {
    const x = { ...atMin };
    cands.forEach((g, k) => {
      x[g.lever.id] = valueAt(g, idx[k]!);
    });
    return x;
  };
  const costOf = (idx: number[]) =>
    cands.reduce((s, g, k) => s + unitCost.get(g.lever.id)! * valueAt(g, idx[k]!), 0);
  const highIdx = cands.map((g) => g.n);
  const search: Search = {
    cands,
    unitCost,
    mixOf,
    costOf,
    evaluate: (idx) => runner.evaluate(mixOf(idx)),
    feasible: async (idx) => (await runner.evaluate(mixOf(idx))).feasible,
    best: { idx: highIdx, cost: costOf(highIdx) },
    consider(idx) {
      const c = costOf(idx);
      if (c < search.best.cost - 1e-9 * Math.max(1, Math.abs(search.best.cost)))
        search.best = { idx: [...idx], cost: c };
    },
    progress,
  };
  return search;
}

/** One lever: bisection on its grid for the least feasible step. */
async function bisectOneLever(s: Search): Promise<void> {
  let lo = 0;
  let hi = s.cands[0]!.n;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (await s.feasible([mid])) hi = mid;
    else lo = mid;
    s.progress(0.05 + 0.9 * (1 - (hi - lo) / s.cands[0]!.n), 'optimize: bisection');
  }
  s.consider([hi]);
}

/**
 * Every prefix of all candidates but the last two (odometer order); for each, the staircase frontier of the
 * last two, skipping prefixes whose cost alone already exceeds the best found.
 */
async function frontierSearch(s: Search, prefixCount: number): Promise<void> {
  const k = s.cands.length;
  const prefixLevers = s.cands.slice(0, k - 2);
  const [ga, gb] = [s.cands[k - 2]!, s.cands[k - 1]!];
  const cost = (g: Grid, i: number) => s.unitCost.get(g.lever.id)! * (i >= g.n ? g.max : g.min + i * g.step);
  const prefix = prefixLevers.map(() => 0);
  let done = 0;
  for (;;) {
    const prefixCost = prefixLevers.reduce((sum, g, j) => sum + cost(g, prefix[j]!), 0);
    const floor = prefixCost + cost(ga, 0) + cost(gb, 0);
    if (floor < s.best.cost && (await s.feasible([...prefix, ga.n, gb.n]))) {
      // Staircase over (a, b): for each a, the least feasible b, which never rises as a rises.
      let j = gb.n;
      for (let i = 0; i <= ga.n; i++) {
        if (!(await s.feasible([...prefix, i, j]))) continue;
        while (j > 0 && (await s.feasible([...prefix, i, j - 1]))) j--;
        s.consider([...prefix, i, j]);
        if (j === 0) break;
      }
    }
    done++;
    s.progress(0.05 + (0.9 * done) / prefixCount, `optimize: exact search ${done}/${prefixCount}`);
    // Next prefix (odometer).
    let c = 0;
    while (c < prefix.length && prefix[c] === prefixLevers[c]!.n) prefix[c++] = 0;
    if (c === prefix.length) break;
    prefix[c]!++;
  }
}

/**
 * From all-minimum, raise the lever with the best shortfall reduction per unit cost until feasible. Any
 * one-step raise that makes the mix feasible beats all others (cheapest first); then the largest shortfall
 * reduction per unit of cost (a free reduction first).
 */
async function greedyAscent(s: Search, start: Evaluated): Promise<number[]> {
  const { cands, unitCost } = s;
  const idx = cands.map(() => 0);
  let cur = start;
  let guard = 0;
  const totalSteps = cands.reduce((sum, g) => sum + g.n, 0);
  while (!cur.feasible && guard++ < totalSteps + 1) {
    let pick = -1;
    let pickKey: [number, number] = [-1, -Infinity];
    let pickEval: Evaluated | null = null;
    for (let k = 0; k < cands.length; k++) {
      if (idx[k]! >= cands[k]!.n) continue;
      const trial = [...idx];
      trial[k]!++;
      const e = await s.evaluate(trial);
      const dc = unitCost.get(cands[k]!.lever.id)! * cands[k]!.step;
      const gain = cur.shortfall - e.shortfall;
      const key: [number, number] = e.feasible
        ? [2, -dc]
        : [gain > 0 ? 1 : 0, dc > 0 ? gain / dc : gain > 0 ? Number.MAX_VALUE : gain];
      if (key[0] > pickKey[0] || (key[0] === pickKey[0] && key[1] > pickKey[1])) {
        pick = k;
        pickKey = key;
        pickEval = e;
      }
    }
    if (pick < 0) break;
    idx[pick]!++;
    cur = pickEval!;
    s.progress(0.05 + (0.6 * idx.reduce((sum, v) => sum + v, 0)) / totalSteps, 'optimize: greedy ascent');
  }
  // Should not happen (all-max is feasible): fall back to all-max.
  return cur.feasible ? idx : cands.map((g) => g.n);
}

/** Lowers each lever, dearest first, as far as feasibility allows (bisection). Whether any moved. */
async function lowerEach(s: Search, idx: number[], order: number[]): Promise<boolean> {
  let improved = false;
  for (const k of order) {
    let lo = -1;
    let hi = idx[k]!;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      const trial = [...idx];
      trial[k] = mid;
      if (await s.feasible(trial)) hi = mid;
      else lo = mid;
    }
    if (hi < idx[k]!) {
      idx[k] = hi;
      improved = true;
    }
  }
  return improved;
}

/** One step down a lever a, the least raise of lever b that restores feasibility, kept when cheaper. */
async function swapSteps(s: Search, idx: number[], order: number[]): Promise<boolean> {
  let improved = false;
  for (const a of order) {
    for (const b of order) {
      if (a === b || idx[a] === 0 || idx[b]! >= s.cands[b]!.n) continue;
      const trial = [...idx];
      trial[a]!--;
      let lo = idx[b]!;
      let hi = s.cands[b]!.n;
      trial[b] = hi;
      if (!(await s.feasible(trial))) continue;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        trial[b] = mid;
        if (await s.feasible(trial)) hi = mid;
        else lo = mid;
      }
      trial[b] = hi;
      if (s.costOf(trial) < s.costOf(idx) - 1e-9) {
        idx.splice(0, idx.length, ...trial);
        improved = true;
      }
    }
  }
  return improved;
}

/** Greedy ascent, then prune and swap (dearest levers first) until nothing improves (5 passes at most). */
async function greedySearch(s: Search, start: Evaluated): Promise<void> {
  const idx = await greedyAscent(s, start);
  const order = s.cands
    .map((_, k) => k)
    .sort((a, b) => s.unitCost.get(s.cands[b]!.lever.id)! - s.unitCost.get(s.cands[a]!.lever.id)!);
  for (let pass = 0; pass < 5; pass++) {
    const lowered = await lowerEach(s, idx, order);
    const swapped = await swapSteps(s, idx, order);
    s.progress(0.7 + 0.06 * pass, 'optimize: refining');
    if (!lowered && !swapped) break;
  }
  s.consider(idx);
}

export async function optimizeMix(
  plan: Plan,
  scenarioIn: Scenario | null,
  options: OptimizeOptions,
): Promise<OptimizeResult> {
  const { probability, onProgress } = options;
  const levers = checkOptions(plan, options);
  const scenario = baseScenario(plan, scenarioIn, '最低成本组合');
  const horizon = Math.max(
    scenario.horizon ?? plan.meta.targetYear,
    ...options.targets.map((id) => plan.targets.find((t) => t.id === id)!.year),
  );
  const paths = probability === null ? 0 : options.paths;
  const runner = new MixRunner(plan, scenario, options, levers, horizon, paths);
  const progress = (done: number, stage: string) => onProgress?.({ done: Math.min(0.99, done), stage });

  const grids = levers.map((l) => ({ lever: l, ...gridOf(l, options.maxSteps ?? 40) }));
  const atMin = Object.fromEntries(grids.map((g) => [g.lever.id, g.min]));
  const leverInfo = await screenLevers(runner, grids, atMin, options.targets, progress);
  const cands = grids.filter((g, k) => leverInfo[k]!.relevant && g.n > 0);
  const unitCost = new Map(leverInfo.map((l) => [l.id, l.unitCost]));
  const s = searchOver(cands, unitCost, atMin, runner, progress);
  const result = (
    status: OptimizeResult['status'],
    method: OptimizeResult['method'],
    idx: number[],
    e: Evaluated,
    message: string,
  ): OptimizeResult => {
    onProgress?.({ done: 1, stage: 'optimize: done' });
    return {
      status,
      unknownBase: e.unknownBase,
      missed: e.missed,
      method,
      targets: options.targets,
      probability,
      intensities: s.mixOf(idx),
      cost: e.cost,
      pMet: e.pMet,
      deterministicMet: e.deterministicMet,
      levers: leverInfo,
      runs: runner.runs,
      paths: runner.usedPaths,
      seed: runner.usedSeed,
      message,
    };
  };
  const need = probability === null ? 'on the deterministic path' : `with P(met) ≥ ${probability}`;

  const prefixCount = cands.slice(0, -2).reduce((p, g) => p * (g.n + 1), 1);
  const exactRuns = prefixCount * cands.slice(-2).reduce((sum, g) => sum + g.n + 2, 0);
  const method =
    options.method === 'exact' || (options.method !== 'greedy' && exactRuns <= (options.maxExactRuns ?? 2000))
      ? 'exact'
      : 'greedy';
  // The Monte Carlo runs ahead, at most: the exact search's, or the greedy's ascent, pruning and swaps.
  const totalSteps = cands.reduce((sum, g) => sum + g.n, 0);
  const greedyRuns = (totalSteps + 1) * cands.length + 5 * cands.length ** 2 * 8;
  const work = {
    analysis: 'optimize',
    paths,
    runs: 2 + (method === 'exact' ? exactRuns : greedyRuns),
    horizon,
  };
  if (options.fitPaths && paths !== undefined && paths > 0)
    runner.paths = Math.max(1, Math.min(paths, pathsWithinBudget(plan, work)));
  else checkAnalysisBudget(plan, work);

  const lowIdx = cands.map(() => 0);
  const highIdx = cands.map((g) => g.n);
  const eLow = await s.evaluate(lowIdx);
  if (eLow.unknownBase.length > 0) {
    // No lever can move a path that cannot be computed: "infeasible" would blame the levers.
    return result(
      'unknown-base',
      'none',
      lowIdx,
      eLow,
      `${eLow.unknownBase.join(', ')} wait for their indicators' base-year values (基期待补): enter them, then search`,
    );
  }
  if (eLow.missed.length > 0) {
    // What was observed has missed them: "infeasible" would blame the levers for the past.
    return result(
      'observed',
      'none',
      lowIdx,
      eLow,
      `${eLow.missed.join(', ')} already missed by observed values: no lever mix changes that; leave them out`,
    );
  }
  if (eLow.feasible) {
    return result(
      'already-met',
      'none',
      lowIdx,
      eLow,
      `the targets are met ${need} with every lever at its minimum`,
    );
  }
  const eHigh = await s.evaluate(highIdx);
  if (!eHigh.feasible) {
    const missing = options.targets.filter((id) =>
      probability === null ? !eHigh.deterministicMet[id] : (eHigh.pMet[id] ?? 0) < probability,
    );
    return result(
      'infeasible',
      'none',
      highIdx,
      eHigh,
      `no mix of the levers (${cands.map((g) => g.lever.id).join(', ') || 'none moves these targets'}) meets ${missing.join(', ')} ${need}, even with every lever at its maximum`,
    );
  }
  if (method === 'exact') {
    if (cands.length === 1) await bisectOneLever(s);
    else await frontierSearch(s, prefixCount);
    return result(
      'optimal',
      'exact',
      s.best.idx,
      await s.evaluate(s.best.idx),
      `least-cost mix on the intensity grid ${need} (exact frontier search, ${runner.runs} runs)`,
    );
  }
  await greedySearch(s, eLow);
  return result(
    'feasible',
    'greedy',
    s.best.idx,
    await s.evaluate(s.best.idx),
    `feasible mix ${need} found by greedy ascent and pruning (${runner.runs} runs); a heuristic, not proven least-cost`,
  );
}

/** Relative gap of a deterministic value to a target, for ranking greedy steps in deterministic mode. */
function gap(plan: Plan, id: string, value: number): number {
  const t = plan.targets.find((x) => x.id === id)!;
  const v = Array.isArray(t.value) ? t.value[0] : (t.value ?? 0);
  if (!Number.isFinite(value)) return 1;
  const d = t.comparator === '<=' ? value - v : v - value;
  return Math.max(0, d) / Math.max(Math.abs(v), 1e-9);
}
