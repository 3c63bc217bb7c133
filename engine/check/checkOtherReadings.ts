// A published figure that measures a target on another reading than the plan's (plan.otherReadings, from a
// statistics series with `otherReadingOf`): 十四五期间新登记市场主体18.6万户 counts gross registrations, where the
// plan's 新增各类市场主体约10万户 is read as the net increase 4.5万 + 5.5万. No verdict uses it; left unsaid, a
// planner who knows the published figure cannot tell why the tool asks for a base instead. The finding quotes it,
// says how it reads the target and, for a level or an increase, whether the target is met on that reading.
import { isMet, type TargetSpec } from '../outputs/targetMeasure.ts';
import { msg, named, qty } from '../report/messages/message.ts';
import { convertUnit } from '../units/unitFactor.ts';
import type { CheckContext, Finding } from './planCheckContext.ts';
import { provenanceFigureArg } from './provenanceArg.ts';

/** Kinds whose measure a published figure can be read as directly: the level, or the increase itself. */
const DIRECT = new Set(['level', 'share', 'increase', 'milestone']);

export function checkOtherReadings(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const o of ctx.plan.otherReadings ?? []) {
    const t = ctx.targets.find((x) => x.id === o.target);
    if (!t) continue;
    const unit = t.target.unit ?? ctx.indicator(t.indicator)?.unit ?? o.unit;
    const value = convertUnit(o.value, o.unit, unit);
    const spec: TargetSpec | null =
      value !== null &&
      DIRECT.has(t.kind) &&
      t.target.comparator !== undefined &&
      t.target.value !== undefined
        ? {
            kind: t.kind === 'increase' ? 'level' : t.kind,
            comparator: t.target.comparator,
            value: t.target.value,
            tolerance: t.target.tolerance,
          }
        : null;
    const outcome =
      spec === null || value === null
        ? ''
        : msg(isMet(spec, value) ? 'check.otherReading.met' : 'check.otherReading.missed');
    const reading = typeof o.reading === 'string' ? { zh: o.reading } : o.reading;
    findings.push({
      kind: 'other-reading',
      // The figures hold together only on a reading the plan does not state (checkPlan's warning).
      severity: 'warning',
      targets: [t.id],
      // The indicator's detail shows it beside the chart, where a planner looks for the target's figures.
      indicators: [t.indicator],
      sections: ctx.sections(t),
      message: msg('check.otherReading', {
        target: named(t.target),
        name: named(o),
        year: String(o.year),
        qty: qty(o.value, o.unit),
        source: provenanceFigureArg(o.provenance),
        reading: named({ name: reading }),
        outcome,
      }),
      arithmetic: msg('check.arith.otherReading', { qty: qty(o.value, o.unit), target: named(t.target) }),
    });
  }
  return findings;
}
