// Timings of the analytics on a plan, for `npm run bench` (the engine core's tests/bench/runBench.ts can
// call `analyticsBench(plan)` and print the lines). Speed is measured here, never asserted in tests.
// Run on its own: npx tsx tests/analytics/analyticsBench.ts [PLAN_FILE]
import { readFileSync } from 'node:fs';
import { checkPlan } from '../../engine/check/checkPlan.ts';
import { DEFAULT_PLAN_PATH } from '../../engine/cli/cliInputs.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import type { Plan } from '../../engine/plan/planSchema.ts';
import { runSync } from '../../engine/run/run.ts';
import { goalSeek } from '../../engine/search/goalSeek.ts';
import { optimizeMix } from '../../engine/search/optimizeMix.ts';
import { sensitivity } from '../../engine/search/sensitivity.ts';

export interface BenchLine {
  label: string;
  medianMs: number;
  runs: number;
  samples: number;
}

async function median(
  samples: number,
  fn: () => Promise<number>,
): Promise<{ medianMs: number; runs: number }> {
  const times: number[] = [];
  let runs = 0;
  for (let k = 0; k < samples; k++) {
    const t0 = performance.now();
    runs = await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, runs };
}

/** The first growth target with a growth-rate parameter in its indicator's formula, and the plan's levers. */
function pickCases(plan: Plan): { target: string; parameter: string } | null {
  for (const t of plan.targets) {
    if (t.kind !== 'level' || t.indicator === undefined) continue;
    const ind = plan.indicators.find((i) => i.id === t.indicator);
    const formula =
      ind?.dynamics.kind === 'growth'
        ? ind.dynamics.rate
        : ind?.dynamics.kind === 'derived'
          ? ind.dynamics.formula
          : '';
    const parts = formula.split(/[^a-z0-9_]+/).filter(Boolean);
    for (const id of parts) {
      const direct = plan.parameters.find((p) => p.id === id && p.min !== undefined && p.max !== undefined);
      if (direct) return { target: t.id, parameter: direct.id };
      const sub = plan.indicators.find((i) => i.id === id && i.dynamics.kind === 'growth');
      const subRate = sub?.dynamics.kind === 'growth' ? sub.dynamics.rate : '';
      const p = plan.parameters.find(
        (x) => subRate.split(/[^a-z0-9_]+/).includes(x.id) && x.min !== undefined,
      );
      if (p) return { target: t.id, parameter: p.id };
    }
  }
  return null;
}

export async function analyticsBench(plan: Plan, samples = 7): Promise<BenchLine[]> {
  runSync(plan, null, { paths: 10_000, quantiles: false }); // draw the shock bank once
  const lines: BenchLine[] = [];
  const c = pickCases(plan);
  if (c) {
    const gs = await median(samples, async () => {
      const r = await goalSeek(plan, null, {
        target: c.target,
        variable: { kind: 'parameter', id: c.parameter },
        probability: 0.8,
        paths: 10_000,
      });
      return r.evaluations.length;
    });
    lines.push({ label: `goal-seek ${c.target} on ${c.parameter}, P ≥ 0.8, 10,000 paths`, ...gs, samples });
    const targets = [c.target];
    const opt = await median(
      3,
      async () => (await optimizeMix(plan, null, { targets, probability: 0.8, paths: 2000 })).runs,
    );
    lines.push({
      label: `least-cost mix for ${c.target}, P ≥ 0.8, all levers, 2,000 paths`,
      ...opt,
      samples: 3,
    });
  }
  const sens = await median(1, async () => (await sensitivity(plan, null, { paths: 2000 })).runs);
  lines.push({ label: 'sensitivity, every input × every target, 2,000 paths', ...sens, samples: 1 });
  const chk = await median(samples, async () => {
    checkPlan(plan);
    return 1;
  });
  lines.push({ label: 'consistency check', ...chk, samples });
  return lines;
}

if (process.argv[1]?.endsWith('analyticsBench.ts')) {
  const file = process.argv[2] ?? DEFAULT_PLAN_PATH;
  const plan = loadPlan(JSON.parse(readFileSync(file, 'utf8')), file);
  for (const l of await analyticsBench(plan)) {
    console.log(
      `${l.label}: median ${l.medianMs.toFixed(0)} ms over ${l.samples} (${l.runs} engine runs each)`,
    );
  }
}
