// A schema refinement's issue that carries its catalogue message in zod's `params`, so zodIssues
// (engine/plan/zodIssues.ts) renders it in the page's language; its `message` is the English the CLI prints.
import type { EngineMessageCode } from '../report/messages/catalogue.ts';
import { type Message, type MessageParams, msg } from '../report/messages/message.ts';
import { wordsOf } from '../report/messages/wordsOf.ts';

/** The catalogue message a coded issue carries, or undefined for any other issue. */
export function codedMessage(params: unknown): Message | undefined {
  const what = (params as { what?: Message } | undefined)?.what;
  return what !== undefined && typeof what.code === 'string' ? what : undefined;
}

/** Options for `.refine(check, …)`: where, the English sentence, and the message it stands for. */
export function codedRefinement(path: string[], code: EngineMessageCode, params?: MessageParams) {
  const what = msg(code, params);
  return { path, message: wordsOf('en', what), params: { what } };
}

/** An issue for `ctx.addIssue(…)` in a superRefine. */
export function coded(path: (string | number)[], code: EngineMessageCode, params?: MessageParams) {
  return { code: 'custom' as const, ...codedRefinement(path.map(String), code, params), path };
}
