// A plan as the import makes it from a target table (CSV lines), validated as the page loads it: the tests of
// what an imported plan does (its readings, its actuals, its evaluation, its report) start from one.
import { generatePlan } from '../../engine/generate/generatePlan.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import type { Plan } from '../../engine/plan/planSchema.ts';
import { readPlanTable } from '../../engine/table/index.ts';

export function planFromTable(lines: readonly string[], targetYear = 2030): Plan {
  const { targets } = readPlanTable(lines.join('\n'));
  return loadPlan(JSON.parse(JSON.stringify(generatePlan(targets, { targetYear }).plan)), 'table.plan.json');
}
