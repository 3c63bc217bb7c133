// The checks on a scenario's cells a schema cannot make: ids unique, a formula or note cell pointing at a
// formula or note the scenario has, chart and table cells naming indicators the plan or a formula defines.
import { inputIssue } from './inputIssue.ts';
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
    if (seen.has(cell.id)) issues.push(inputIssue(at, 'input.cell.duplicateId', undefined, cell.id));
    seen.add(cell.id);
    if (cell.kind === 'formula' && !formulas.has(cell.formula))
      issues.push(inputIssue(`${at}.formula`, 'input.cell.noFormula', undefined, cell.formula));
    if (cell.kind === 'note' && !notes.has(cell.note))
      issues.push(inputIssue(`${at}.note`, 'input.cell.noNote', undefined, cell.note));
    if (cell.kind === 'chart' || cell.kind === 'table') {
      cell.indicators.forEach((id, j) => {
        if (!indicators.has(id))
          issues.push(inputIssue(`${at}.indicators[${j}]`, 'input.cell.notIndicator', undefined, id));
      });
    }
  });
  return issues;
}
