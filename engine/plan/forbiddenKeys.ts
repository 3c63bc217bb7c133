// JSON.parse makes "__proto__" an ordinary own key, but copying such an object ({...x}, Object.assign, a
// zod record) either drops it or sets the copy's prototype: the value silently vanishes, or worse. No plan
// or scenario needs these names, so they are refused by name and place before anything else reads the file.
import { inputIssue } from './inputIssue.ts';
import type { InputIssue } from './PlanError.ts';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Every forbidden key in a parsed JSON document, with its path (depth-first, bounded by the document). */
export function forbiddenKeys(root: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  const walk = (node: unknown, path: string, depth: number) => {
    if (node === null || typeof node !== 'object' || depth > 64) return;
    if (Array.isArray(node)) {
      node.forEach((x, i) => {
        walk(x, `${path}[${i}]`, depth + 1);
      });
      return;
    }
    for (const key of Object.keys(node)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (FORBIDDEN.has(key)) {
        issues.push(inputIssue(at, 'input.forbiddenName', { key }));
        continue;
      }
      walk((node as Record<string, unknown>)[key], at, depth + 1);
    }
  };
  walk(root, '', 0);
  return issues;
}
