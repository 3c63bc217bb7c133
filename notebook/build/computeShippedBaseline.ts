// Runs at build time, in Node: the 基准 scenario's full run on the default plan, with the validated plan, so
// the page can paint real results at once while its engine worker starts (see client/shippedBaseline.ts).
// The page uses them only if its plan file and scenario are exactly these (the key below).
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
import { FULL_PATHS } from '../client/runController.ts';
import { scenarioDocument, workingFromDocument } from '../state/scenarioFile.ts';

export interface ShippedBaseline {
  /** The plan file as the page names it (seeds/…), and the statistics file applied to it (null: none). */
  file: string;
  statistics: string | null;
  /** JSON of the scenario document the page would send the engine. */
  key: string;
  plan: Plan;
  result: RunResult;
}

/** The page reads it back with client/exactJson.ts's `fromExactJson`, to the same bits (NaN included). */
export async function computeShippedBaseline(root: string): Promise<ShippedBaseline | null> {
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
  return { file, statistics, key: JSON.stringify(payload), plan, result };
}
