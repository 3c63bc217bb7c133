// What a heading that says 截至 {asOf} 年 adds when an assumption rests on figures published after that year
// (laterSources.ts): the projection from then uses what was not known then.
import type { EvaluationSummary } from '../evaluate/evaluateTargets.ts';
import { list, type Message, msg, named } from './messages/message.ts';

export function laterSourcesMessage(
  summary: Pick<EvaluationSummary, 'laterSources' | 'chosenAsOf'>,
): Message | null {
  const later = summary.laterSources ?? [];
  if (later.length === 0 || summary.chosenAsOf === null) return null;
  return msg('eval.asOf.laterSource', {
    asOf: summary.chosenAsOf,
    items: list(
      later.map((p) => msg('eval.asOf.laterSourceItem', { name: named({ name: p.name }), date: p.date })),
      'sep.enum',
    ),
  });
}
