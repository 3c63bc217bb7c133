// Scenario files: what "export" writes and "import" reads. A file is the scenario as the CLI takes it
// (format and plan id included), holding only what differs from the plan's defaults.
import type { Plan } from '../../engine/index.ts';

/**
 * engine/plan/scenarioSchema.ts's SCENARIO_FORMAT, written out so the page's bundle does not carry the
 * schema library (a unit test keeps the two equal).
 */
export const SCENARIO_FORMAT = 'planpath/scenario@1';

/**
 * engine/run/run.ts's DEFAULT_SEED, the seed of every run the page makes, written out for the same reason (a unit
 * test keeps the two equal).
 */
export const PAGE_SEED = 1;

import { FULL_PATHS } from '../client/runSizes.ts';
import type { Working } from './scenarioOps.ts';

/**
 * A scenario as a file writes it: with the page's path count and seed, so that the CLI gives the page's numbers
 * from it alone; and a modified scenario still under the name it was opened with (基准) named as modified, without
 * the description that no longer holds ("不加政策杠杆与冲击" on a file that sets levers).
 */
export function exportedScenario(
  s: Working,
  opened: {
    origin: Working;
    modified: boolean;
    /** The top bar's mark (modifiedKey), when not （已修改）: （已录入实际数据） for actuals entered alone. */
    mark?: { zh: string; en: string };
  },
  paths: number,
): Working {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const out: Working = { ...s, paths, seed: s.seed ?? PAGE_SEED };
  if (!opened.modified) return out;
  const mark = opened.mark ?? { zh: '（已修改）', en: ' (modified)' };
  if (same(s.name, opened.origin.name))
    out.name = { zh: `${s.name.zh}${mark.zh}`, ...(s.name.en ? { en: `${s.name.en}${mark.en}` } : {}) };
  if (s.description !== undefined && same(s.description, opened.origin.description)) delete out.description;
  return out;
}

export function scenarioDocument(plan: Plan, s: Working): Record<string, unknown> {
  const { plan: _ignored, ...rest } = s as Working & { plan?: string };
  return { format: SCENARIO_FORMAT, plan: plan.meta.id, ...rest };
}

/** Why a document is not a scenario this page reads: not an object, or another format (a newer version's). */
export class ScenarioDocumentError extends Error {
  constructor(
    readonly code: 'not-object' | 'format',
    readonly found = '',
  ) {
    super(code === 'format' ? `format ${found} is not ${SCENARIO_FORMAT}` : 'not a scenario (a JSON object)');
  }
}

/**
 * The working form of a scenario document (format removed); throws ScenarioDocumentError on what is not a JSON
 * object or names another format. A file without `format` (typed by hand) is read as this one; a future format
 * had been read silently, where the command line and a link of a newer version refuse it.
 */
export function workingFromDocument(doc: unknown): Working {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    throw new ScenarioDocumentError('not-object');
  const { format, ...rest } = doc as Record<string, unknown>;
  if (format !== undefined && format !== SCENARIO_FORMAT)
    throw new ScenarioDocumentError('format', String(format));
  // The page's own count, written into exported files for the CLI, is no setting of the scenario's: an exported
  // 基准 read back is 基准, not a modified one.
  if (rest.paths === FULL_PATHS) delete rest.paths;
  if (rest.seed === PAGE_SEED) delete rest.seed;
  const w = rest as unknown as Working;
  if (!w.name || typeof (w.name as { zh?: unknown }).zh !== 'string') {
    return { ...w, name: { zh: '未命名情景', en: 'Unnamed scenario' } };
  }
  return w;
}

export function scenarioJsonText(plan: Plan, s: Working): string {
  return `${JSON.stringify(scenarioDocument(plan, s), null, 2)}\n`;
}
