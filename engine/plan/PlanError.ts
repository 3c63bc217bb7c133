// One error type for everything wrong in a file from outside: it names the file, the place inside it, the
// value found and what was expected, so a planner can fix it without reading code.

export interface InputIssue {
  /** e.g. "indicators[3] (pillar_output).dynamics.rate" */
  path: string;
  /** The offending value, shortened for display; undefined when the field is missing. */
  value?: string;
  /** What was expected, or what is wrong. */
  message: string;
}

export class PlanError extends Error {
  readonly file: string;
  readonly issues: InputIssue[];

  constructor(file: string, issues: InputIssue[]) {
    super(formatIssues(file, issues));
    this.name = 'PlanError';
    this.file = file;
    this.issues = issues;
  }
}

const MAX_SHOWN = 20;

export function formatIssues(file: string, issues: InputIssue[]): string {
  const lines = issues.slice(0, MAX_SHOWN).map((i) => {
    const where = i.path === '' ? '(top level)' : i.path;
    const found = i.value === undefined ? '' : ` (found ${i.value})`;
    return `  ${file}: ${where}: ${i.message}${found}`;
  });
  const more = issues.length > MAX_SHOWN ? [`  … and ${issues.length - MAX_SHOWN} more`] : [];
  const noun = issues.length === 1 ? 'problem' : 'problems';
  return [`${file}: ${issues.length} ${noun}`, ...lines, ...more].join('\n');
}

/** A value shown in a message: JSON, cut to 60 characters. */
export function showValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
