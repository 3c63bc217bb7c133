// The work an analysis may ask for, checked before its first run: paths × runs × cells (indicators × years
// simulated), the quantity its time grows with. `sensitivity --paths 200000` (≈ 1.1e10 path-cells) ran two
// minutes at 1.9 GB; the budget below is ≈ 20–60 s on a busy two-core machine. A request beyond it is
// refused with the figure it would need and the most paths that fit, by a BudgetError the CLI and the page
// render from its code and parameters.
import type { Plan } from '../plan/planSchema.ts';
import { BudgetError } from '../run/BudgetError.ts';
import { DEFAULT_PATHS } from '../run/run.ts';

/** Path-cells one analysis may take: paths × runs × indicators × years. */
export const ANALYSIS_BUDGET = 5e9;

export interface AnalysisWork {
  /** 'goal-seek', 'optimize' or 'sensitivity'. */
  analysis: string;
  paths: number | undefined;
  /** Runs the analysis will make at most. */
  runs: number;
  horizon: number;
}

/** Path-cells of the work (paths default as run() defaults them). */
export function analysisCells(plan: Plan, work: AnalysisWork): number {
  const paths = work.paths ?? DEFAULT_PATHS;
  const years = work.horizon - plan.meta.baseYear + 1;
  return Math.max(1, paths) * work.runs * plan.indicators.length * years;
}

/** The most paths the work may run at within the budget (at least 1). */
export function pathsWithinBudget(plan: Plan, work: AnalysisWork, budget = ANALYSIS_BUDGET): number {
  const paths = work.paths ?? DEFAULT_PATHS;
  return Math.max(1, Math.floor((paths * budget) / analysisCells(plan, work)));
}

export function checkAnalysisBudget(plan: Plan, work: AnalysisWork, budget = ANALYSIS_BUDGET): void {
  const cells = analysisCells(plan, work);
  if (cells <= budget) return;
  const paths = work.paths ?? DEFAULT_PATHS;
  const fits = pathsWithinBudget(plan, work, budget);
  throw new BudgetError(
    'analysis.work',
    { cells, budget, paths, runs: work.runs, maxPaths: fits },
    `${work.analysis} with ${paths} paths would take ${work.runs} runs × ${paths} paths × ${cells / work.runs / Math.max(1, paths)} indicator-years = ${cells.toExponential(2)} path-cells, more than the ${budget.toExponential(1)} an analysis may take: use at most ${fits} paths, or fewer inputs`,
  );
}
