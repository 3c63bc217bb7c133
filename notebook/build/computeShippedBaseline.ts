// Runs at build time, in Node: the default plan validated with its statistics, and the 基准 scenario's full run
// on it, so the page can paint real results at once while its engine worker starts (client/shippedBaseline.ts),
// and neither the page nor the worker loads and validates the plan's files (client/shippedPlan.ts). The page
// shows the result only for exactly this scenario (the key below).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyStatistics,
  loadPlan,
  loadScenario,
  loadStatistics,
  type Plan,
  type RunResult,
  run,
} from '../../engine/index.ts';
import { toExactJson } from '../client/exactJson.ts';
import { FULL_PATHS } from '../client/runController.ts';
import { scenarioDocument, workingFromDocument } from '../state/scenarioFile.ts';

/** The embedded plan as the build validated it, for the page and its worker (client/shippedPlan.ts). */
export interface ShippedPlan {
  /** The plan file as the page names it (seeds/…), and the statistics file applied to it (null: none). */
  file: string;
  statistics: string | null;
  /** Names this validated plan (a hash of it), so the worker knows it when it is sent again (engineApi.keepPlan). */
  source: string;
  plan: Plan;
}

/** The 基准 scenario's full run on that plan, for the first paint (client/shippedBaseline.ts). */
export interface ShippedBaseline {
  /** JSON of the scenario document the page would send the engine. */
  key: string;
  result: RunResult;
}

/** The page reads both back with client/exactJson.ts's `fromExactJson`, to the same bits (NaN included). */
export async function computeShippedBaseline(
  root: string,
): Promise<{ plan: ShippedPlan; baseline: ShippedBaseline } | null> {
  const file = 'seeds/yaohai.plan.json';
  let planJson: unknown;
  let baseline: unknown;
  try {
    planJson = JSON.parse(readFileSync(join(root, file), 'utf8'));
    baseline = JSON.parse(readFileSync(join(root, 'scenarios/baseline.json'), 'utf8'));
  } catch {
    return null; // a build without the Yaohai seed or the 基准 file paints once the worker has run
  }
  // As the worker loads it (engineApi.loadPlan): the plan, with the statistics file its meta names.
  const loaded = loadPlan(planJson, file);
  const named = (planJson as { meta?: { statistics?: unknown } }).meta?.statistics;
  const statistics = typeof named === 'string' ? `seeds/${named}` : null;
  const plan = statistics
    ? applyStatistics(
        loaded,
        loadStatistics(JSON.parse(readFileSync(join(root, statistics), 'utf8')), statistics),
      ).plan
    : loaded;
  if ((baseline as { plan?: string }).plan !== plan.meta.id) return null;
  const working = workingFromDocument(baseline);
  const payload = scenarioDocument(plan, working);
  const scenario = loadScenario(payload, 'scenarios/baseline.json', plan);
  const result = await run(plan, scenario, { paths: working.paths ?? FULL_PATHS });
  const source = createHash('sha256')
    .update(toExactJson([file, statistics, plan]))
    .digest('hex')
    .slice(0, 16);
  return {
    plan: { file, statistics, source, plan },
    baseline: { key: JSON.stringify(payload), result },
  };
}
