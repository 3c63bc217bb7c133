// Which plan the page opens where its build shipped none validated (client/shippedPlan.ts): the embedded Yaohai
// plan's files, or the synthetic one's if a build has no Yaohai seed, with the statistics file its meta names
// (what happened, kept apart from what was promised). The scenario library is every scenarios/*.json made for
// that plan.
import type { PlanSource } from '../engine/index.ts';
import type { NamedScenario } from './app.ts';
import { workingFromDocument } from './state/scenarioFile.ts';

const PLANS = import.meta.glob<unknown>(['../seeds/yaohai.plan.json', '../seeds/synthetic.plan.json'], {
  import: 'default',
});
const STATISTICS = import.meta.glob<unknown>('../seeds/*.statistics.json', { import: 'default' });
const SCENARIOS = import.meta.glob<unknown>('../scenarios/*.json', { eager: true, import: 'default' });

export async function loadDefaultPlan(): Promise<PlanSource> {
  for (const file of ['../seeds/yaohai.plan.json', '../seeds/synthetic.plan.json']) {
    const load = PLANS[file];
    if (!load) continue;
    // The statistics file a plan usually names (yaohai.plan.json → yaohai.statistics.json) is fetched
    // alongside the plan rather than after it: one round trip less before the first paint.
    const guess = file.replace(/\.plan\.json$/, '.statistics.json');
    const early = STATISTICS[guess]?.();
    early?.catch(() => {}); // a guess the plan does not name is dropped; a failure surfaces if it is named
    const json = await load();
    const named = (json as { meta?: { statistics?: unknown } } | null)?.meta?.statistics;
    const statsFile = typeof named === 'string' ? `../seeds/${named}` : null;
    const loadStats = statsFile ? STATISTICS[statsFile] : undefined;
    const source: PlanSource = { json, file: file.replace('../', '') };
    if (statsFile && loadStats)
      source.statistics = {
        json: await (statsFile === guess && early ? early : loadStats()),
        file: statsFile.replace('../', ''),
      };
    return source;
  }
  throw new Error('no plan in seeds/');
}

/**
 * Library order: 基准 first, then as the file names sort, by code unit (the shipped names are ASCII; a
 * localeCompare here made the page's first paint load the collator's data).
 */
export function scenarioLibrary(planId: string): NamedScenario[] {
  const list: NamedScenario[] = [];
  const byName = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);
  for (const [file, doc] of Object.entries(SCENARIOS).sort(byName)) {
    const plan = (doc as { plan?: unknown } | null)?.plan;
    if (plan !== undefined && plan !== planId) continue;
    try {
      const key = file.replace('../scenarios/', '').replace(/\.json$/, '');
      list.push({ key: `library:${key}`, source: 'library', scenario: workingFromDocument(doc) });
    } catch {
      // not a scenario file: left out of the library
    }
  }
  const isBase = (s: NamedScenario) => s.key === 'library:baseline' || s.scenario.name.zh === '基准';
  return [...list.filter(isBase), ...list.filter((s) => !isBase(s))];
}
