// An input issue from a catalogue message: its English sentence (the CLI's words) is the message rendered,
// so the two never drift apart.

import type { EngineMessageCode } from '../report/messages/catalogue.ts';
import type { MessageParams } from '../report/messages/message.ts';
import { type Message, msg } from '../report/messages/message.ts';
import { renderMessage } from '../report/messages/render.ts';
import type { InputIssue } from './PlanError.ts';

export function inputIssue(
  path: string,
  code: EngineMessageCode,
  params?: MessageParams,
  value?: string,
): InputIssue {
  const what: Message = msg(code, params);
  return { path, ...(value === undefined ? {} : { value }), message: renderMessage('en', what), what };
}
