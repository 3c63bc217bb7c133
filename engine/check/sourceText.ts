// How a base value's origin is named in consistency findings.
import { type Message, msg } from '../report/messages/message.ts';
import type { BaseValue } from './planCheckContext.ts';
import { provenanceArg } from './provenanceArg.ts';

/** Where a base value comes from, in words; a matching base-year fact of the plan is quoted. */
export function sourceText(source: BaseValue['source'] | BaseValue): Message {
  const base = typeof source === 'string' ? null : source;
  const kind = typeof source === 'string' ? source : source.source;
  if (base?.fact) {
    const { kind: k, text } = base.fact;
    if (k === 'plan') return msg('source.planQuoted', { figure: provenanceArg(k, text) });
    if (k === 'derived') return msg('source.derivedFrom', { figure: provenanceArg(k, text) });
  }
  return msg(`source.${kind}`);
}
