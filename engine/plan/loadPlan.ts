// The one door through which a plan enters: schema first, then references and formulas. Anything wrong
// becomes a PlanError naming the file, the place, the value and what was expected.
import { checkPlanBounds } from './checkPlanBounds.ts';
import { checkPlanReferences } from './checkPlanReferences.ts';
import { forbiddenKeys } from './forbiddenKeys.ts';
import { inputIssue } from './inputIssue.ts';
import { PlanError } from './PlanError.ts';
import { type Plan, planSchema } from './planSchema.ts';
import { zodIssues } from './zodIssues.ts';

/**
 * A plan is validated once per load: zod's compiled fast path (code generated per object schema on its first
 * parse) costs more to generate than it saves then — a third of a cold worker's plan load.
 */
export const ONE_SHOT = { jitless: true } as const;

/** Validates parsed JSON as a plan. `file` names the source in messages. */
export function loadPlan(json: unknown, file: string): Plan {
  const forbidden = forbiddenKeys(json);
  if (forbidden.length > 0) throw new PlanError(file, forbidden);
  const parsed = planSchema.safeParse(json, ONE_SHOT);
  if (!parsed.success) throw new PlanError(file, zodIssues(json, parsed.error));
  const issues = [...checkPlanReferences(parsed.data), ...checkPlanBounds(parsed.data)];
  if (issues.length > 0) throw new PlanError(file, issues);
  return parsed.data;
}

/**
 * Parses JSON text, reporting a syntax error with its line and column. A UTF-8 byte-order mark (Notepad and
 * WPS write one) is not part of the document and is skipped.
 */
export function parseJsonText(input: string, file: string): unknown {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    let where = '';
    if (at) {
      const offset = Number(at[1]);
      const before = text.slice(0, offset).split('\n');
      where = `line ${before.length}, column ${before.at(-1)!.length + 1}`;
    }
    throw new PlanError(file, [inputIssue(where, 'input.notJson', { detail: message })]);
  }
}
