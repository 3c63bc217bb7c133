// An input issue from a catalogue message: its English sentence (the CLI's words) is the message rendered,
// so the two never drift apart (in the page's worker, which has no catalogue, the code: wordsOf.ts).

import type { EngineMessageCode } from '../report/messages/catalogue.ts';
import type { MessageParams } from '../report/messages/message.ts';
import { type Message, msg } from '../report/messages/message.ts';
import { wordsOf } from '../report/messages/wordsOf.ts';
import type { InputIssue } from './PlanError.ts';

export function inputIssue(
  path: string,
  code: EngineMessageCode,
  params?: MessageParams,
  value?: string,
): InputIssue {
  const what: Message = msg(code, params);
  return { path, ...(value === undefined ? {} : { value }), message: wordsOf('en', what), what };
}
