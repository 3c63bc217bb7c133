// Sensitivity (tornado): for each target, which assumptions move its P(met) and its target-year median most.
// Each input is set to a low and a high value, one at a time, all else as in the scenario; every run uses
// the same seed (common random numbers), so a difference between the two runs is the input's effect, not
// sampling noise. Ranges, stated in the output:
//   an uncertain parameter (sd > 0): its P10 and P90, mean ∓ 1.2816·sd (the spread stays as it is);
//   a point parameter: ±10 % of its value (clamped to its slider range);
//   a lever: its intensity range, minimum to maximum.
// Bars are sorted by the swing in P(met), then by the swing in the median relative to the target.
import type { Plan, Text } from '../plan/planSchema.ts';
import type { Scenario } from '../plan/scenarioSchema.ts';
import { run } from '../run/run.ts';
import type { Progress, RunResult } from '../run/runTypes.ts';
import { checkAnalysisBudget } from './analysisBudget.ts';
import {
  baseScenario,
  leverIntensity,
  parameterValue,
  throwIfAborted,
  withLever,
  withParameterMean,
} from './analyticsScenario.ts';

const Z90 = 1.2815515655446004;

export interface SensitivityInput {
  kind: 'parameter' | 'lever';
  id: string;
  name: Text;
  unit: string;
  current: number;
  low: number;
  high: number;
  basis: 'p10-p90' | 'plus-minus-10pct' | 'lever-range';
}

export interface TornadoBar {
  input: SensitivityInput;
  pMetLow: number | null;
  pMetHigh: number | null;
  medianLow: number;
  medianHigh: number;
  /** pMetHigh − pMetLow. */
  swingP: number | null;
  /** medianHigh − medianLow. */
  swingMedian: number;
}

export interface TargetTornado {
  id: string;
  name: Text;
  indicator: string;
  unit: string;
  year: number;
  pMet: number | null;
  median: number;
  bars: TornadoBar[];
  /** Inputs that moved neither P(met) nor the median. */
  noEffect: string[];
}

export interface SensitivityOptions {
  /** Targets to report (default all quantitative ones); every run serves all of them. */
  targets?: string[];
  /** Limit the inputs, by parameter or lever id. */
  inputs?: string[];
  paths?: number;
  seed?: number;
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

export interface SensitivityResult {
  targets: TargetTornado[];
  inputs: SensitivityInput[];
  paths: number;
  seed: number;
  runs: number;
}

/** The inputs and their low/high values under a scenario. */
export function sensitivityInputs(plan: Plan, scenario: Scenario, only?: string[]): SensitivityInput[] {
  const keep = (id: string) => only === undefined || only.includes(id);
  const out: SensitivityInput[] = [];
  for (const p of plan.parameters) {
    if (!keep(p.id)) continue;
    const { mean, sd } = parameterValue(plan, scenario, p.id);
    const clamp = (v: number) => Math.min(p.max ?? Infinity, Math.max(p.min ?? -Infinity, v));
    let low: number;
    let high: number;
    let basis: SensitivityInput['basis'];
    if (sd > 0) {
      low = clamp(mean - Z90 * sd);
      high = clamp(mean + Z90 * sd);
      basis = 'p10-p90';
    } else {
      low = clamp(mean - Math.abs(mean) * 0.1);
      high = clamp(mean + Math.abs(mean) * 0.1);
      basis = 'plus-minus-10pct';
    }
    if (high > low)
      out.push({ kind: 'parameter', id: p.id, name: p.name, unit: p.unit, current: mean, low, high, basis });
  }
  for (const l of plan.levers) {
    if (!keep(l.id) || !(l.intensity.max > l.intensity.min)) continue;
    out.push({
      kind: 'lever',
      id: l.id,
      name: l.name,
      unit: '',
      current: leverIntensity(plan, scenario, l.id),
      low: l.intensity.min,
      high: l.intensity.max,
      basis: 'lever-range',
    });
  }
  if (only) {
    for (const id of only)
      if (!out.some((i) => i.id === id))
        throw new RangeError(`no parameter or lever "${id}" with a range to vary`);
  }
  return out;
}

export async function sensitivity(
  plan: Plan,
  scenarioIn: Scenario | null,
  options: SensitivityOptions = {},
): Promise<SensitivityResult> {
  const { signal, onProgress } = options;
  const scenario = baseScenario(plan, scenarioIn, '敏感性分析');
  const targets = plan.targets.filter(
    (t) =>
      t.kind !== 'qualitative' &&
      t.indicator !== undefined &&
      (options.targets === undefined || options.targets.includes(t.id)),
  );
  for (const id of options.targets ?? []) {
    if (!targets.some((t) => t.id === id))
      throw new RangeError(`no quantitative target "${id}" in plan ${plan.meta.id}`);
  }
  const inputs = sensitivityInputs(plan, scenario, options.inputs);
  const horizon = Math.max(scenario.horizon ?? plan.meta.targetYear, ...targets.map((t) => t.year));
  const total = 1 + 2 * inputs.length;
  checkAnalysisBudget(plan, { analysis: 'sensitivity', paths: options.paths, runs: total, horizon });
  let runs = 0;
  const go = async (s: Scenario): Promise<RunResult> => {
    throwIfAborted(signal);
    const r = await run(plan, s, {
      ...(options.paths === undefined ? {} : { paths: options.paths }),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      horizon,
      signal,
    });
    runs++;
    onProgress?.({ done: Math.min(0.99, runs / total), stage: `sensitivity: run ${runs}/${total}` });
    return r;
  };
  const set = (input: SensitivityInput, v: number) =>
    input.kind === 'lever'
      ? withLever(scenario, input.id, v)
      : withParameterMean(plan, scenario, input.id, v);

  const base = await go(scenario);
  const results: { input: SensitivityInput; low: RunResult; high: RunResult }[] = [];
  for (const input of inputs) {
    const low = await go(set(input, input.low));
    const high = await go(set(input, input.high));
    results.push({ input, low, high });
  }
  const k0 = base.years[0]!;
  const medianOf = (r: RunResult, indicator: string, year: number) => {
    const ind = r.indicators[indicator]!;
    const k = year - k0;
    return r.paths > 0 ? ind.quantiles.p50[k]! : ind.deterministic[k]!;
  };
  const pOf = (r: RunResult, id: string) => r.targets.find((t) => t.id === id)?.pMet ?? null;

  const tornadoes: TargetTornado[] = targets.map((t) => {
    const ind = plan.indicators.find((i) => i.id === t.indicator)!;
    const threshold = Array.isArray(t.value) ? t.value[0] : (t.value ?? 1);
    const bars: TornadoBar[] = [];
    const noEffect: string[] = [];
    for (const { input, low, high } of results) {
      const pMetLow = pOf(low, t.id);
      const pMetHigh = pOf(high, t.id);
      const medianLow = medianOf(low, t.indicator!, t.year);
      const medianHigh = medianOf(high, t.indicator!, t.year);
      const swingP = pMetLow === null || pMetHigh === null ? null : pMetHigh - pMetLow;
      const swingMedian = medianHigh - medianLow;
      const scale = Math.max(Math.abs(threshold), Math.abs(medianOf(base, t.indicator!, t.year)), 1e-12);
      if ((swingP === null || swingP === 0) && Math.abs(swingMedian) <= 1e-12 * scale) {
        noEffect.push(input.id);
        continue;
      }
      bars.push({ input, pMetLow, pMetHigh, medianLow, medianHigh, swingP, swingMedian });
    }
    const scale = Math.max(Math.abs(threshold), 1e-12);
    bars.sort(
      (a, b) =>
        Math.abs(b.swingP ?? 0) - Math.abs(a.swingP ?? 0) ||
        Math.abs(b.swingMedian) / scale - Math.abs(a.swingMedian) / scale ||
        a.input.id.localeCompare(b.input.id),
    );
    return {
      id: t.id,
      name: t.name,
      indicator: t.indicator!,
      unit: ind.unit,
      year: t.year,
      pMet: pOf(base, t.id),
      median: medianOf(base, t.indicator!, t.year),
      bars,
      noEffect,
    };
  });
  onProgress?.({ done: 1, stage: 'sensitivity: done' });
  return { targets: tornadoes, inputs, paths: base.paths, seed: base.seed, runs };
}
