// The door for scenario files, links and saved state: schema first, then every reference checked against the
// plan (parameters, levers, shocks, actuals, formula cells), so a bad scenario is refused with a message
// naming the place before anything runs.
import { compileModel } from '../compile/compileModel.ts';
import { resolveScenario } from '../run/resolveScenario.ts';
import { checkCells } from './checkCells.ts';
import { checkPlanReferences } from './checkPlanReferences.ts';
import { forbiddenKeys } from './forbiddenKeys.ts';
import { inputIssue } from './inputIssue.ts';
import { PlanError } from './PlanError.ts';
import type { Plan } from './planSchema.ts';
import { type Scenario, scenarioSchema } from './scenarioSchema.ts';
import { zodIssues } from './zodIssues.ts';

export function loadScenario(json: unknown, file: string, plan: Plan): Scenario {
  const forbidden = forbiddenKeys(json);
  if (forbidden.length > 0) throw new PlanError(file, forbidden);
  const parsed = scenarioSchema.safeParse(json);
  if (!parsed.success) throw new PlanError(file, zodIssues(json, parsed.error));
  const scenario = parsed.data;
  if (scenario.plan !== undefined && scenario.plan !== plan.meta.id) {
    throw new PlanError(file, [inputIssue('plan', 'input.otherPlan', { plan: plan.meta.id }, scenario.plan)]);
  }
  const rethrow = (error: unknown): never => {
    if (error instanceof PlanError) throw new PlanError(file, error.issues);
    throw error;
  };
  try {
    const horizon = scenario.horizon ?? plan.meta.targetYear;
    resolveScenario(plan, scenario, horizon);
    const cellIssues = checkCells(plan, scenario);
    if (cellIssues.length > 0) throw new PlanError(file, cellIssues);
    if (scenario.formulas?.length) {
      const issues = checkPlanReferences(plan, scenario.formulas).filter((i) =>
        i.path.startsWith('formulas'),
      );
      if (issues.length > 0) throw new PlanError(file, issues);
      compileModel(plan, scenario.formulas, file);
    }
  } catch (error) {
    rethrow(error);
  }
  return scenario;
}
