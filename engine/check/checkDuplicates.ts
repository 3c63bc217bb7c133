// Two targets on the same quantity (same indicator, kind, comparator and year) with different values: the
// plan states one figure in two places and they differ. The stricter one implies the weaker.
import type { CheckContext, Finding, NumTarget } from './planCheckContext.ts';

export function checkDuplicates(ctx: CheckContext): Finding[] {
  const { say, num, name } = ctx;
  const groups = new Map<string, NumTarget[]>();
  for (const t of ctx.targets) {
    const key = [t.indicator, t.kind, t.target.comparator, t.year].join('|');
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const findings: Finding[] = [];
  for (const list of groups.values()) {
    const values = [...new Set(list.map((t) => t.value))];
    if (list.length < 2 || values.length < 2) continue;
    const cmp = list[0]!.target.comparator;
    const strict = cmp === '<=' ? Math.min(...values) : Math.max(...values);
    const ind = ctx.indicator(list[0]!.indicator)!;
    const items = list.map((t) => `“${name(t.target)}”（${num(t.value)}）`);
    findings.push({
      kind: 'duplicate-targets',
      severity: 'info',
      targets: list.map((t) => t.id),
      sections: ctx.sections(...list),
      message: say(
        `${name(ind)}在不同位置给出了不同的目标值：${items.join('、')}。${cmp === '>=' || cmp === '<=' ? `较严格的 ${num(strict)} 同时满足较宽松者，应统一表述。` : '应统一表述。'}`,
        `${name(ind)} has different targets in different places: ${items.join(', ')}. ${cmp === '>=' || cmp === '<=' ? `The stricter ${num(strict)} implies the other; one figure should be stated.` : 'One figure should be stated.'}`,
      ),
      arithmetic: list.map((t) => `${t.id}: ${cmp} ${num(t.value)}`).join('; '),
    });
  }
  return findings;
}
