// One verdict in one sentence: its label, and — when pace and forecast disagree — why. The words are the
// engine's (engine/report/messages/verdictMessages.ts), the same the CLI and the printed report use; the
// page's catalogue includes them, so `t` renders the engine's message in the page's language.
import { type Message, type Verdict, verdictLabelMessage, verdictReasonMessage } from '../../engine/index.ts';
import type { Translate } from '../i18n/t.ts';

// A verdict's codes are in the page's catalogue (the engine's words loaded later are the table reader's,
// the extractor's and the CLI's, never a verdict's).
const rendered = (m: Message, t: Translate): string => t(m.code as Parameters<Translate>[0], m.params);

export function verdictLabel(v: Verdict, t: Translate): string {
  return rendered(verdictLabelMessage(v), t);
}

/** The reason as a sentence, or '' when pace and forecast agree. */
export function verdictReason(v: Verdict, t: Translate): string {
  const reason = verdictReasonMessage(v);
  return reason ? rendered(reason, t) : '';
}
