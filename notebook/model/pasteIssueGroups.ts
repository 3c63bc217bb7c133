// The lists a paste's report shows its issues in, each under its own heading: cells refused, values read but
// questioned, rates converted, entered values used in place of published ones, and what was passed over.
import type { ActualsIssue } from '../../engine/index.ts';

export interface PasteIssueGroups {
  refused: ActualsIssue[];
  questioned: ActualsIssue[];
  converted: ActualsIssue[];
  replaced: ActualsIssue[];
  passedOver: ActualsIssue[];
}

export function pasteIssueGroups(issues: readonly ActualsIssue[]): PasteIssueGroups {
  // Rates chained into an index were read: said once, under their own heading, a warning among them too (a
  // falling indicator's rates of both signs had been listed twice).
  const converted = issues.filter((i) => i.code === 'ratesChained');
  // An entered value used over a published one was read: under "passed over" it would read as dropped.
  const replaced = issues.filter((i) => i.code === 'enteredOverPublished');
  const apart = new Set<string>(['ratesChained', 'enteredOverPublished']);
  return {
    refused: issues.filter((i) => i.severity === 'error'),
    questioned: issues.filter((i) => i.severity === 'warning' && !apart.has(i.code)),
    converted,
    replaced,
    // Columns and rows passed over (an extra column): not problems, but not silent either.
    passedOver: issues.filter((i) => i.severity === 'info' && !apart.has(i.code)),
  };
}
