// Two targets on the same quantity (same indicator, kind, comparator and year) with different values: the
// plan states one figure in two places and they differ. The stricter one implies the weaker.
import { joined, list, msg, named, num } from '../report/messages/message.ts';
import type { CheckContext, Finding, NumTarget } from './planCheckContext.ts';

export function checkDuplicates(ctx: CheckContext): Finding[] {
  const groups = new Map<string, NumTarget[]>();
  for (const t of ctx.targets) {
    const key = [t.indicator, t.kind, t.target.comparator, t.year].join('|');
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    const values = [...new Set(group.map((t) => t.value))];
    if (group.length < 2 || values.length < 2) continue;
    const cmp = group[0]!.target.comparator;
    const strict = cmp === '<=' ? Math.min(...values) : Math.max(...values);
    const ind = ctx.indicator(group[0]!.indicator)!;
    const items = group.map((t) =>
      msg('check.duplicates.item', { target: named(t.target), value: num(t.value) }),
    );
    findings.push({
      kind: 'duplicate-targets',
      severity: 'info',
      targets: group.map((t) => t.id),
      sections: ctx.sections(...group),
      message: msg('check.duplicates', {
        indicator: named(ind),
        items: list(items, 'sep.enum'),
        advice:
          cmp === '>=' || cmp === '<='
            ? msg('check.duplicates.stricter', { value: num(strict) })
            : msg('check.duplicates.unify'),
      }),
      arithmetic: joined(
        group.map((t) =>
          msg('check.arith.duplicate', { id: named(t.target), comparator: String(cmp), value: num(t.value) }),
        ),
        'sep.arith',
      ),
    });
  }
  return findings;
}
