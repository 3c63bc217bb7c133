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
import type { LeverCost, Progress } from '../run/runTypes.ts';
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
  status: 'optimal' | 'feasible' | 'already-met' | 'infeasible';
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

export async function optimizeMix(
  plan: Plan,
  scenarioIn: Scenario | null,
  options: OptimizeOptions,
): Promise<OptimizeResult> {
  const { probability, signal, onProgress } = options;
  if (options.targets.length === 0) throw new RangeError('choose at least one target');
  for (const id of options.targets) {
    const t = plan.targets.find((x) => x.id === id);
    if (!t) throw new RangeError(`no target "${id}" in plan ${plan.meta.id}`);
    if (t.kind === 'qualitative') throw new RangeError(`target "${id}" is qualitative`);
  }
  if (probability !== null && !(probability > 0 && probability <= 1)) {
    throw new RangeError(`probability must be in (0, 1], not ${probability}`);
  }
  const scenario = baseScenario(plan, scenarioIn, '最低成本组合');
  const leverIds = options.levers ?? plan.levers.map((l) => l.id);
  const levers = leverIds.map((id) => {
    const l = plan.levers.find((x) => x.id === id);
    if (!l) throw new RangeError(`no lever "${id}" in plan ${plan.meta.id}`);
    return l;
  });
  const horizon = Math.max(
    scenario.horizon ?? plan.meta.targetYear,
    ...options.targets.map((id) => plan.targets.find((t) => t.id === id)!.year),
  );
  const paths = probability === null ? 0 : options.paths;
  const maxSteps = options.maxSteps ?? 40;
  let runs = 0;
  let usedPaths = 0;
  let usedSeed = 0;
  const progress = (done: number, stage: string) => onProgress?.({ done: Math.min(0.99, done), stage });

  const runMix = async (x: Record<string, number>, deterministic: boolean) => {
    throwIfAborted(signal);
    runs++;
    return run(plan, withLevers(scenario, x), {
      ...(deterministic ? { paths: 0 } : paths === undefined ? {} : { paths }),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      horizon,
      quantiles: false,
      signal,
    });
  };
  const cache = new Map<string, Evaluated>();
  const evaluate = async (x: Record<string, number>): Promise<Evaluated> => {
    const key = levers.map((l) => x[l.id]).join(',');
    const hit = cache.get(key);
    if (hit) return hit;
    const r = await runMix(x, paths === 0);
    usedPaths = r.paths;
    usedSeed = r.seed;
    const pMet: Record<string, number | null> = {};
    const deterministicMet: Record<string, boolean> = {};
    let shortfall = 0;
    let feasible = true;
    for (const id of options.targets) {
      const t = r.targets.find((x) => x.id === id);
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
    const e = { feasible, shortfall, pMet, deterministicMet, cost: r.cost };
    cache.set(key, e);
    return e;
  };

  // Grids, screening and unit costs, from deterministic runs.
  const grids = levers.map((l) => ({ lever: l, ...gridOf(l, maxSteps) }));
  const atMin = Object.fromEntries(grids.map((g) => [g.lever.id, g.min]));
  const base = await runMix(atMin, true);
  const baseValues = (r: typeof base) =>
    options.targets.map((id) => r.targets.find((t) => t.id === id)?.deterministicValue ?? 0);
  const v0 = baseValues(base);
  const leverInfo: LeverGrid[] = [];
  for (const g of grids) {
    const r = await runMix({ ...atMin, [g.lever.id]: g.max }, true);
    progress(0.05 * (leverInfo.length / grids.length), 'optimize: screening levers');
    const v = baseValues(r);
    const relevant = v.some((x, k) => Math.abs(x - v0[k]!) > 1e-12 * Math.max(1, Math.abs(v0[k]!)));
    const extra = (r.cost.byLever[g.lever.id] ?? 0) - (base.cost.byLever[g.lever.id] ?? 0);
    const unitCost = g.max > g.min ? extra / (Math.max(0, g.max) - Math.max(0, g.min) || 1) : 0;
    leverInfo.push({ id: g.lever.id, min: g.min, max: g.max, step: g.step, unitCost, relevant });
  }
  const cands = grids.filter((g, k) => leverInfo[k]!.relevant && g.n > 0);
  const unitCost = new Map(leverInfo.map((l) => [l.id, l.unitCost]));
  const valueAt = (g: (typeof grids)[number], i: number) => (i >= g.n ? g.max : g.min + i * g.step);
  const mixOf = (idx: number[]) => {
    const x = { ...atMin };
    cands.forEach((g, k) => {
      x[g.lever.id] = valueAt(g, idx[k]!);
    });
    return x;
  };
  const costOf = (idx: number[]) =>
    cands.reduce((s, g, k) => s + unitCost.get(g.lever.id)! * valueAt(g, idx[k]!), 0);
  const result = (
    status: OptimizeResult['status'],
    method: OptimizeResult['method'],
    x: Record<string, number>,
    e: Evaluated,
    message: string,
  ): OptimizeResult => {
    onProgress?.({ done: 1, stage: 'optimize: done' });
    return {
      status,
      method,
      targets: options.targets,
      probability,
      intensities: x,
      cost: e.cost,
      pMet: e.pMet,
      deterministicMet: e.deterministicMet,
      levers: leverInfo,
      runs,
      paths: usedPaths,
      seed: usedSeed,
      message,
    };
  };
  const need = probability === null ? 'on the deterministic path' : `with P(met) ≥ ${probability}`;

  const lowIdx = cands.map(() => 0);
  const highIdx = cands.map((g) => g.n);
  const eLow = await evaluate(mixOf(lowIdx));
  if (eLow.feasible) {
    return result(
      'already-met',
      'none',
      mixOf(lowIdx),
      eLow,
      `the targets are met ${need} with every lever at its minimum`,
    );
  }
  const eHigh = await evaluate(mixOf(highIdx));
  if (!eHigh.feasible) {
    const missing = options.targets.filter((id) =>
      probability === null ? !eHigh.deterministicMet[id] : (eHigh.pMet[id] ?? 0) < probability,
    );
    return result(
      'infeasible',
      'none',
      mixOf(highIdx),
      eHigh,
      `no mix of the levers (${cands.map((g) => g.lever.id).join(', ') || 'none moves these targets'}) meets ${missing.join(', ')} ${need}, even with every lever at its maximum`,
    );
  }

  const prefixCount = cands.slice(0, -2).reduce((p, g) => p * (g.n + 1), 1);
  const tail = cands.slice(-2).reduce((s, g) => s + g.n + 2, 0);
  const exactRuns = prefixCount * tail;
  const method =
    options.method === 'exact' || (options.method !== 'greedy' && exactRuns <= (options.maxExactRuns ?? 2000))
      ? 'exact'
      : 'greedy';

  let best: { idx: number[]; cost: number } = { idx: highIdx, cost: costOf(highIdx) };
  const consider = (idx: number[]) => {
    const c = costOf(idx);
    if (c < best.cost - 1e-9 * Math.max(1, Math.abs(best.cost))) best = { idx: [...idx], cost: c };
  };
  const feasible = async (idx: number[]) => (await evaluate(mixOf(idx))).feasible;

  if (method === 'exact') {
    const k = cands.length;
    if (k === 1) {
      // One lever: bisection on its grid.
      let lo = 0;
      let hi = cands[0]!.n;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (await feasible([mid])) hi = mid;
        else lo = mid;
        progress(0.05 + 0.9 * (1 - (hi - lo) / cands[0]!.n), 'optimize: bisection');
      }
      consider([hi]);
    } else {
      const prefixLevers = cands.slice(0, k - 2);
      const [ga, gb] = [cands[k - 2]!, cands[k - 1]!];
      const prefix = prefixLevers.map(() => 0);
      let done = 0;
      for (;;) {
        const prefixCost = prefixLevers.reduce(
          (s, g, j) => s + unitCost.get(g.lever.id)! * valueAt(g, prefix[j]!),
          0,
        );
        const floor = prefixCost + unitCost.get(ga.lever.id)! * ga.min + unitCost.get(gb.lever.id)! * gb.min;
        if (floor < best.cost && (await feasible([...prefix, ga.n, gb.n]))) {
          // Staircase over (a, b): for each a, the least feasible b, which never rises as a rises.
          let j = gb.n;
          for (let i = 0; i <= ga.n; i++) {
            if (!(await feasible([...prefix, i, j]))) continue;
            while (j > 0 && (await feasible([...prefix, i, j - 1]))) j--;
            consider([...prefix, i, j]);
            if (j === 0) break;
          }
        }
        done++;
        progress(0.05 + (0.9 * done) / prefixCount, `optimize: exact search ${done}/${prefixCount}`);
        // Next prefix (odometer).
        let c = 0;
        while (c < prefix.length && prefix[c] === prefixLevers[c]!.n) prefix[c++] = 0;
        if (c === prefix.length) break;
        prefix[c]!++;
      }
    }
    const e = await evaluate(mixOf(best.idx));
    return result(
      'optimal',
      'exact',
      mixOf(best.idx),
      e,
      `least-cost mix on the intensity grid ${need} (exact frontier search, ${runs} runs)`,
    );
  }

  // Greedy: raise the lever with the best shortfall reduction per unit cost until feasible.
  const idx = [...lowIdx];
  let cur = eLow;
  let guard = 0;
  const totalSteps = cands.reduce((s, g) => s + g.n, 0);
  while (!cur.feasible && guard++ < totalSteps + 1) {
    // Rank one-step raises: any that makes the mix feasible beats all others (cheapest first); then the
    // largest shortfall reduction per unit of cost (a free reduction first).
    let pick = -1;
    let pickKey: [number, number] = [-1, -Infinity];
    let pickEval: Evaluated | null = null;
    for (let k = 0; k < cands.length; k++) {
      if (idx[k]! >= cands[k]!.n) continue;
      const trial = [...idx];
      trial[k]!++;
      const e = await evaluate(mixOf(trial));
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
    progress(0.05 + (0.6 * idx.reduce((s, v) => s + v, 0)) / totalSteps, 'optimize: greedy ascent');
  }
  if (!cur.feasible) {
    // Should not happen (all-max is feasible); fall back to all-max.
    idx.splice(0, idx.length, ...highIdx);
  }
  // Lower each lever, dearest first, as far as feasibility allows; then try one-step swaps; repeat.
  const order = cands
    .map((_, k) => k)
    .sort((a, b) => unitCost.get(cands[b]!.lever.id)! - unitCost.get(cands[a]!.lever.id)!);
  for (let pass = 0; pass < 5; pass++) {
    let improved = false;
    for (const k of order) {
      let lo = -1;
      let hi = idx[k]!;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        const trial = [...idx];
        trial[k] = mid;
        if (await feasible(trial)) hi = mid;
        else lo = mid;
      }
      if (hi < idx[k]!) {
        idx[k] = hi;
        improved = true;
      }
    }
    for (const a of order) {
      for (const b of order) {
        if (a === b || idx[a] === 0 || idx[b]! >= cands[b]!.n) continue;
        const trial = [...idx];
        trial[a]!--;
        // Least b that restores feasibility.
        let lo = idx[b]!;
        let hi = cands[b]!.n;
        trial[b] = hi;
        if (!(await feasible(trial))) continue;
        while (hi - lo > 1) {
          const mid = (lo + hi) >> 1;
          trial[b] = mid;
          if (await feasible(trial)) hi = mid;
          else lo = mid;
        }
        trial[b] = hi;
        if (costOf(trial) < costOf(idx) - 1e-9) {
          idx.splice(0, idx.length, ...trial);
          improved = true;
        }
      }
    }
    progress(0.7 + 0.06 * pass, 'optimize: refining');
    if (!improved) break;
  }
  consider(idx);
  const e = await evaluate(mixOf(best.idx));
  return result(
    'feasible',
    'greedy',
    mixOf(best.idx),
    e,
    `feasible mix ${need} found by greedy ascent and pruning (${runs} runs); a heuristic, not proven least-cost`,
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
