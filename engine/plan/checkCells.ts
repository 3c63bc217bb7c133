// The checks on a scenario's cells a schema cannot make: ids unique, a formula or note cell pointing at a
// formula or note the scenario has, chart and table cells naming indicators the plan or a formula defines.
import type { InputIssue } from './PlanError.ts';
import type { Plan } from './planSchema.ts';
import type { Scenario } from './scenarioSchema.ts';

export function checkCells(plan: Plan, scenario: Scenario): InputIssue[] {
  const cells = scenario.cells ?? [];
  const issues: InputIssue[] = [];
  const formulas = new Set((scenario.formulas ?? []).map((f) => f.id));
  const notes = new Set((scenario.notes ?? []).flatMap((n) => (n.id ? [n.id] : [])));
  const indicators = new Set([...plan.indicators.map((i) => i.id), ...formulas]);
  const seen = new Set<string>();
  cells.forEach((cell, i) => {
    const at = `cells[${i}] (${cell.id})`;
    if (seen.has(cell.id)) issues.push({ path: at, value: cell.id, message: 'another cell has this id' });
    seen.add(cell.id);
    if (cell.kind === 'formula' && !formulas.has(cell.formula))
      issues.push({
        path: `${at}.formula`,
        value: cell.formula,
        message: 'no formula in `formulas` has this id',
      });
    if (cell.kind === 'note' && !notes.has(cell.note))
      issues.push({ path: `${at}.note`, value: cell.note, message: 'no note in `notes` has this id' });
    if (cell.kind === 'chart' || cell.kind === 'table') {
      cell.indicators.forEach((id, j) => {
        if (!indicators.has(id))
          issues.push({
            path: `${at}.indicators[${j}]`,
            value: id,
            message: 'not an indicator of the plan or a formula of this scenario',
          });
      });
    }
  });
  return issues;
}
