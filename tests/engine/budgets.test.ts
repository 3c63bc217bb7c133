// Requests too large are refused before any work, with the figure they would need; memory kept between runs
// stays within a budget.
import { describe, expect, it } from 'vitest';
import { compiledModelFor } from '../../engine/compile/compileModel.ts';
import { BudgetError } from '../../engine/run/BudgetError.ts';
import { bankDraws } from '../../engine/run/DrawSource.ts';
import { resolveScenario } from '../../engine/run/resolveScenario.ts';
import { runSync } from '../../engine/run/run.ts';
import { RUN_MEMORY_BUDGET, runMemory } from '../../engine/run/runMemory.ts';
import { simulateSync } from '../../engine/run/simulate.ts';
import { cachedWorkspaceBytes, trimWorkspaces } from '../../engine/run/workspaceCache.ts';
import {
  ANALYSIS_BUDGET,
  checkAnalysisBudget,
  pathsWithinBudget,
} from '../../engine/search/analysisBudget.ts';
import { sensitivity } from '../../engine/search/sensitivity.ts';
import { widePlan, yaohaiPlan } from './planFixtures.ts';

const plan = yaohaiPlan();

function refusal(fn: () => unknown): BudgetError {
  try {
    fn();
  } catch (e) {
    if (e instanceof BudgetError) return e;
    throw e;
  }
  throw new Error('expected a BudgetError');
}

describe('budgets', () => {
  it('200,000 paths of the embedded plan fit the run budget; of a plan five times as wide they are refused with the MB they would need', () => {
    const model = compiledModelFor(plan, []);
    const fits = runMemory(model, resolveScenario(plan, null, 2035), 200_000);
    expect(fits.total).toBeLessThanOrEqual(RUN_MEMORY_BUDGET);
    const wide = widePlan(200);
    const e = refusal(() => runSync(wide, null, { paths: 200_000, horizon: 2035 }));
    expect(e.code).toBe('run.memory');
    const need = runMemory(compiledModelFor(wide, []), resolveScenario(wide, null, 2035), 200_000).total;
    expect(e.params.needMB).toBe(Math.ceil(need / 2 ** 20));
    expect(e.params.needMB).toBeGreaterThan(e.params.budgetMB!);
    expect(e.message).toContain(`${e.params.needMB!.toLocaleString('en')} MB`);
    expect(e.message).toMatch(/fewer paths or an earlier horizon/);
  });

  it('counts no memory for indicators awaiting a base, which a run neither simulates nor draws for', () => {
    const setup = resolveScenario(plan, null, 2035);
    const model = compiledModelFor(plan, []);
    const awaiting = runMemory(model, setup, 10_000);
    // The same plan with every base known: more rows touched and more streams drawn.
    const known = structuredClone(plan);
    for (const ind of known.indicators)
      if (ind.base && !('value' in ind.base))
        ind.base = { value: 1, provenance: { kind: 'assumption', rationale: 'test' } };
    const all = runMemory(compiledModelFor(known, []), resolveScenario(known, null, 2035), 10_000);
    expect(all.workspace).toBeGreaterThan(awaiting.workspace);
    expect(all.draws).toBeGreaterThan(awaiting.draws);
  });

  it("a run's paths take three rows per indicator whatever its horizon; only its random draws grow with it", () => {
    const model = compiledModelFor(plan, []);
    const at = (h: number) => runMemory(model, resolveScenario(plan, null, h), 10_000);
    expect(at(2045).workspace).toBe(at(2030).workspace);
    expect(at(2045).draws).toBeGreaterThan(at(2030).draws);
  });

  it('an analysis beyond paths × runs × cells is refused before its first run, naming the paths that fit', async () => {
    let runs = 0;
    const error = await sensitivity(plan, null, { paths: 200_000, onProgress: () => runs++ }).catch((e) => e);
    expect(error).toBeInstanceOf(BudgetError);
    expect(error.code).toBe('analysis.work');
    expect(error.params.cells).toBeGreaterThan(ANALYSIS_BUDGET);
    expect(error.params.maxPaths).toBeLessThan(200_000);
    expect(error.message).toContain(`at most ${error.params.maxPaths} paths`);
    expect(runs).toBe(0);
    // and the paths it names do fit
    const fitting = await sensitivity(plan, null, {
      paths: Math.min(50, error.params.maxPaths),
      inputs: ['g_ict'],
    });
    expect(fitting.runs).toBe(3);
  });

  // The page asks its searches for its own 5,000 paths, and takes fewer where many levers would go past the
  // budget (fitPaths): the count it takes is the most the check lets through.
  it('names the most paths an analysis may take, which the check lets through and one more it refuses', () => {
    const work = { analysis: 'optimize', paths: 5000, runs: 2263, horizon: 2025 };
    const fits = pathsWithinBudget(plan, work);
    expect(fits).toBeLessThan(5000);
    expect(() => checkAnalysisBudget(plan, { ...work, paths: fits })).not.toThrow();
    expect(() => checkAnalysisBudget(plan, { ...work, paths: fits + 1 })).toThrow(BudgetError);
    expect(pathsWithinBudget(plan, { ...work, runs: 10 })).toBeGreaterThan(5000);
  });

  it('gives back idle workspaces beyond the cache budget, least recently used first', () => {
    const model = compiledModelFor(plan, []);
    const setup = resolveScenario(plan, null, 2030);
    for (const n of [1000, 1002, 1004]) simulateSync(model, setup, n, bankDraws(1));
    const kept = cachedWorkspaceBytes();
    expect(kept).toBeGreaterThan(0);
    trimWorkspaces(kept - 1); // one byte too little: the oldest goes
    expect(cachedWorkspaceBytes()).toBeLessThan(kept);
    expect(cachedWorkspaceBytes()).toBeGreaterThan(0);
    trimWorkspaces(0);
    expect(cachedWorkspaceBytes()).toBe(0);
    // a run after a trim still works, in a new workspace
    expect(simulateSync(model, setup, 1000, bankDraws(1)).values[0]!.length).toBe(1000 * setup.years.length);
  });
});
