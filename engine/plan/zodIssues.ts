// Turns zod's issues into InputIssues whose paths name the list item by its id where it has one:
// `indicators[3] (pillar_output).dynamics.rate` rather than `indicators.3.dynamics.rate`.
import type { z } from 'zod';
import { type InputIssue, showValue } from './PlanError.ts';

export function describePath(root: unknown, path: readonly PropertyKey[]): string {
  let text = '';
  let node: unknown = root;
  for (const key of path) {
    node =
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      text += `[${key}]${typeof id === 'string' ? ` (${id})` : ''}`;
    } else {
      text += text === '' ? String(key) : `.${String(key)}`;
    }
  }
  return text;
}

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/**
 * A union's alternative that matched the value's shape (its complaints are all about fields inside it,
 * like `base.value` of a known base), so the message can name that field instead of the whole union.
 */
function matchedAlternative(issue: z.core.$ZodIssue): z.core.$ZodIssue[] | null {
  if (issue.code !== 'invalid_union' || !('errors' in issue)) return null;
  const inside = issue.errors.filter(
    (e) => e.length > 0 && e.every((i) => i.path.length > 0 && i.code !== 'unrecognized_keys'),
  );
  if (inside.length !== 1) return null;
  return inside[0]!.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as z.core.$ZodIssue);
}

export function zodIssues(root: unknown, error: z.ZodError): InputIssue[] {
  const issues = error.issues.flatMap((issue) => matchedAlternative(issue) ?? [issue]);
  return issues.map((issue) => {
    const path = issue.path as PropertyKey[];
    let message = issue.message;
    if (issue.code === 'unrecognized_keys')
      message = `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    if (issue.code === 'invalid_key' && 'issues' in issue) {
      // A record's key (an actuals year) was refused: say why, not zod's "Invalid key in record".
      const why = issue.issues.map((i) => i.message).filter(Boolean);
      if (why.length > 0) message = `key not accepted: ${[...new Set(why)].join('; ')}`;
    }
    if (issue.code === 'invalid_union' && 'errors' in issue) {
      // Name the alternatives' first complaint rather than zod's generic "Invalid input".
      const first = issue.errors.map((e) => e[0]?.message).filter(Boolean);
      if (first.length > 0) message = `none of the accepted forms: ${[...new Set(first)].join(' | ')}`;
    }
    return { path: describePath(root, path), value: showValue(valueAt(root, path)), message };
  });
}
