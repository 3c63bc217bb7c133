// One error type for everything wrong in a file from outside: it names the file, the place inside it, the
// value found and what was expected, so a planner can fix it without reading code. An issue carries its
// catalogue message (`what`), so the page says it in its own language; the CLI prints the English.
import type { Lang } from '../report/lang.ts';
import type { EngineMessageCode } from '../report/messages/catalogue.ts';
import { type Message, type MessageParams, msg } from '../report/messages/message.ts';
import { wordsOf } from '../report/messages/wordsOf.ts';
import { fieldPathText } from './fieldPathText.ts';

export interface InputIssue {
  /** e.g. "indicators[3] (pillar_output).dynamics.rate" */
  path: string;
  /** The offending value, shortened for display; undefined when the field is missing. */
  value?: string;
  /** What was expected, or what is wrong, in English (the CLI's words, and the fallback). */
  message: string;
  /** The same as a catalogue message, for any language; missing on issues not yet given a code. */
  what?: Message;
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

// In words where the catalogue is loaded (the CLI, the page); in the page's worker, which has none, the codes:
// the page formats the issues it gets from the worker itself (wordsOf.ts).
const render = (lang: Lang, code: EngineMessageCode, params?: MessageParams) =>
  wordsOf(lang, msg(code, params));

/** The issues as lines: the count, then each issue's place, what is wrong and the value found. */
export function formatIssues(file: string, issues: InputIssue[], lang: Lang = 'en'): string {
  const lines = issues.slice(0, MAX_SHOWN).map((i) => {
    const where = i.path === '' ? render(lang, 'input.topLevel') : fieldPathText(i.path, lang);
    const found = i.value === undefined ? '' : render(lang, 'input.found', { value: i.value });
    const what = i.what ? wordsOf(lang, i.what) : i.message;
    return `  ${render(lang, 'input.line', { file, where, what, found })}`;
  });
  const more =
    issues.length > MAX_SHOWN ? [`  ${render(lang, 'input.more', { n: issues.length - MAX_SHOWN })}`] : [];
  const header =
    issues.length === 1
      ? render(lang, 'input.header.one', { file })
      : render(lang, 'input.header.many', { file, n: issues.length });
  return [header, ...lines, ...more].join('\n');
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
