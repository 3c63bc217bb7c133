// What a run did with actuals of derived indicators (simulate.ts: reanchored, actualIssues), as messages:
// a planner who types 2023's total must see how it was carried into the later years, and which part of it
// rests on an assumption (an even split among parts whose bases are unknown), never a silent change.
import type { Plan } from '../plan/planSchema.ts';
import type { ActualIssue, Reanchored } from '../run/simulate.ts';
import { list, type Message, msg, named } from './messages/message.ts';

export function anchoringMessages(
  plan: Plan,
  anchoring: { reanchored: readonly Reanchored[]; actualIssues: readonly ActualIssue[] },
): Message[] {
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const name = (id: string) => {
    const ind = byId.get(id);
    return ind ? named(ind) : id;
  };
  const names = (ids: readonly string[]) => list(ids.map(name), 'sep.enum');
  return [
    ...anchoring.reanchored.map((r) =>
      msg('anchor.reanchored', { indicator: name(r.indicator), year: r.year, parts: names(r.parts) }),
    ),
    ...anchoring.actualIssues.map((i) =>
      msg(`anchor.${i.code}`, {
        indicator: name(i.indicator),
        year: i.year,
        ...(i.parts ? { parts: names(i.parts) } : {}),
      }),
    ),
  ];
}
