// Which setting moved a target's chance between two scenarios. Each change that takes `from` to `to`
// (scenarioChanges.ts) is applied to `from` alone, and the run's P(met) per target set beside the two
// scenarios' own: "B raises the chance of 607亿 from 42% to 71%; its ICT growth alone +20 points, the lever
// alone +6". What the changes do only together (the growth and the lever compound) is the remainder of the
// whole difference, left for the caller to show as such rather than spread over the parts. Every run uses
// each scenario's own seed and paths, so `from` and `to` give the figures a comparison of them shows, and a
// change's effect is not sampling noise (common random numbers) unless the seed itself is the change.

import { settledIn } from '../evaluate/settledIn.ts';
import type { Verdict } from '../evaluate/verdictFor.ts';
import type { Plan, Text } from '../plan/planSchema.ts';
import type { Scenario } from '../plan/scenarioSchema.ts';
import { DEFAULT_PATHS, DEFAULT_SEED, run } from '../run/run.ts';
import type { Progress, RunResult } from '../run/runTypes.ts';
import { checkAnalysisBudget } from './analysisBudget.ts';
import { baseScenario, throwIfAborted } from './analyticsScenario.ts';
import { type ScenarioChange, scenarioChanges, withChange } from './scenarioChanges.ts';

/** A target's chance in one run: null when the run has no paths, or an observation has settled it. */
export type Chance = number | null;

/**
 * Why a target has no chance to divide, in any of the runs: an observation has settled it, or its base is still
 * to be entered (基期待补), which leaves it without a verdict. Counted apart: the two read very differently.
 */
export type NoChance = 'settled' | 'needs-base';

export interface TargetAttribution {
  id: string;
  name: Text;
  year: number;
  from: Chance;
  to: Chance;
  /** Under `from` with each change alone, aligned with AttributionResult.changes. */
  withEach: Chance[];
  /** Set when some run gives no chance: why (a base to enter outranks a settled year). */
  noChance: NoChance | null;
  /** The two scenarios' verdicts, which say when a chance restates an assumption (no record, no history). */
  verdicts: { from: Verdict; to: Verdict };
}

export interface AttributionResult {
  changes: ScenarioChange[];
  targets: TargetAttribution[];
  runs: number;
}

export interface AttributionOptions {
  /** Paths and seed for a scenario that sets none (a scenario's own always rule). */
  paths?: number;
  seed?: number;
  /** Limit the targets reported, by id (every run serves all of them). */
  targets?: string[];
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

function chanceOf(r: RunResult, id: string): Chance {
  const t = r.targets.find((x) => x.id === id);
  return t && settledIn(t) === null ? t.pMet : null;
}

function noChanceIn(r: RunResult, id: string): NoChance | null {
  const t = r.targets.find((x) => x.id === id);
  if (!t) return null;
  if (t.verdictBasis === 'unknown-base') return 'needs-base';
  return settledIn(t) !== null ? 'settled' : null;
}

function verdictOf(r: RunResult, id: string): Verdict {
  return r.targets.find((x) => x.id === id)!.verdict;
}

export async function attribution(
  plan: Plan,
  fromIn: Scenario | null,
  toIn: Scenario | null,
  options: AttributionOptions = {},
): Promise<AttributionResult> {
  const { signal, onProgress } = options;
  const [from, to] = [baseScenario(plan, fromIn), baseScenario(plan, toIn)];
  const changes = scenarioChanges(plan, from, to, {
    paths: options.paths ?? DEFAULT_PATHS,
    seed: options.seed ?? DEFAULT_SEED,
    horizon: plan.meta.targetYear,
  });
  const targets = plan.targets.filter(
    (t) => t.kind !== 'qualitative' && (options.targets === undefined || options.targets.includes(t.id)),
  );
  const total = changes.length + 2;
  const pathsOf = (s: Scenario) => s.paths ?? options.paths ?? DEFAULT_PATHS;
  const horizon = Math.max(
    ...[from, to].map((s) => s.horizon ?? plan.meta.targetYear),
    ...targets.map((t) => t.year),
  );
  checkAnalysisBudget(plan, {
    analysis: 'attribution',
    paths: Math.max(pathsOf(from), pathsOf(to)),
    runs: total,
    horizon,
  });
  let runs = 0;
  const go = async (s: Scenario): Promise<RunResult> => {
    throwIfAborted(signal);
    const r = await run(plan, s, {
      paths: pathsOf(s),
      seed: s.seed ?? options.seed ?? DEFAULT_SEED,
      signal,
    });
    runs++;
    onProgress?.({ done: Math.min(0.99, runs / total), stage: `attribution: run ${runs}/${total}` });
    return r;
  };
  const a = await go(from);
  const b = await go(to);
  const each: RunResult[] = [];
  for (const change of changes) each.push(await go(withChange(from, to, change)));
  return {
    changes,
    targets: targets.map((t) => {
      const why = [a, b, ...each].map((r) => noChanceIn(r, t.id));
      return {
        id: t.id,
        name: t.name,
        year: t.year,
        from: chanceOf(a, t.id),
        to: chanceOf(b, t.id),
        withEach: each.map((r) => chanceOf(r, t.id)),
        noChance: why.includes('needs-base') ? 'needs-base' : why.includes('settled') ? 'settled' : null,
        verdicts: { from: verdictOf(a, t.id), to: verdictOf(b, t.id) },
      };
    }),
    runs,
  };
}
