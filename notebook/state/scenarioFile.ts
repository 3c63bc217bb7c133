// Scenario files: what "export" writes and "import" reads. A file is the scenario as the CLI takes it
// (format and plan id included), holding only what differs from the plan's defaults.
import type { Plan } from '../../engine/index.ts';

/**
 * engine/plan/scenarioSchema.ts's SCENARIO_FORMAT, written out so the page's bundle does not carry the
 * schema library (a unit test keeps the two equal).
 */
export const SCENARIO_FORMAT = 'planpath/scenario@1';

import { FULL_PATHS } from '../client/runSizes.ts';
import type { Working } from './scenarioOps.ts';

export function scenarioDocument(plan: Plan, s: Working): Record<string, unknown> {
  const { plan: _ignored, ...rest } = s as Working & { plan?: string };
  return { format: SCENARIO_FORMAT, plan: plan.meta.id, ...rest };
}

/** The working form of a scenario document (format removed); throws on what is not a JSON object. */
export function workingFromDocument(doc: unknown): Working {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    throw new Error('not a scenario (a JSON object was expected)');
  const { format: _format, ...rest } = doc as Record<string, unknown>;
  // The page's own count, written into exported files for the CLI, is no setting of the scenario's: an exported
  // 基准 read back is 基准, not a modified one.
  if (rest.paths === FULL_PATHS) delete rest.paths;
  const w = rest as unknown as Working;
  if (!w.name || typeof (w.name as { zh?: unknown }).zh !== 'string') {
    return { ...w, name: { zh: '未命名情景', en: 'Unnamed scenario' } };
  }
  return w;
}

export function scenarioJsonText(plan: Plan, s: Working): string {
  return `${JSON.stringify(scenarioDocument(plan, s), null, 2)}\n`;
}
