// A provenance's figure as a message parameter: a plan's figure as printed, a statistic's phrase or an
// assumption's rationale is a citation of the source (Chinese, shown as a quotation in the English view);
// a derived figure is a formula.
import type { Provenance } from '../plan/planSchema.ts';
import { provenanceFigure } from '../plan/provenanceFigure.ts';
import { cite, formula, type MessageArg } from '../report/messages/message.ts';

export function provenanceArg(kind: Provenance['kind'], text: string): MessageArg {
  if (kind === 'derived') return formula(text);
  if (kind === 'entered') return text;
  return cite(text);
}

/** The figure of a provenance, as a parameter. */
export function provenanceFigureArg(p: Provenance): MessageArg {
  return provenanceArg(p.kind, provenanceFigure(p));
}
