// A published statistic against a figure derived from the plan's own numbers (or assumed): the statistic
// drives the simulation, and where the two disagree the finding shows both numbers and both sources.
// Two places hold such pairs: a base a statistic replaced (base.supersedes, set by applyStatistics), and a
// base-year observation of a derived indicator beside the plan's own base-year fact (gdp_2020 =
// 485.72 / 50.78%).
import { knownBase } from '../plan/knownBase.ts';
import type { Indicator, Provenance } from '../plan/planSchema.ts';
import { msg, named, num, pct, qty } from '../report/messages/message.ts';
import { baseFactFor, type CheckContext, type Finding } from './planCheckContext.ts';
import { provenanceFigureArg } from './provenanceArg.ts';

/** Differences below this are rounding, not contradiction. */
const TOL = 0.01;

export function checkStatistics(ctx: CheckContext): Finding[] {
  const { plan, t0 } = ctx;
  const findings: Finding[] = [];
  const push = (
    ind: Indicator,
    stat: { value: number; provenance: Provenance },
    other: { value: number; provenance: Provenance },
  ) => {
    if (!(other.value !== 0 && Math.abs(stat.value / other.value - 1) > TOL)) return;
    const diff = stat.value / other.value - 1;
    const otherKind = msg(
      other.provenance.kind === 'derived' ? 'check.statistic.derived' : 'check.statistic.assumed',
    );
    findings.push({
      kind: 'statistic-contradicts-derived',
      severity: other.provenance.kind === 'derived' ? 'warning' : 'info',
      targets: ctx.targetsOn(ind.id).map((t) => t.id),
      indicators: [ind.id],
      sections: other.provenance.kind === 'plan' ? [other.provenance.section] : [],
      message: msg('check.statistic.contradicts', {
        indicator: named(ind),
        t0,
        statQty: qty(stat.value, ind.unit),
        statSource: provenanceFigureArg(stat.provenance),
        otherKind,
        otherQty: qty(other.value, ind.unit),
        otherSource: provenanceFigureArg(other.provenance),
        diff: pct(diff, 1),
      }),
      arithmetic: msg('check.arith.ratioMinusOne', {
        a: num(stat.value),
        b: num(other.value),
        diff: pct(diff, 1),
      }),
    });
  };
  for (const ind of plan.indicators) {
    const b = knownBase(ind);
    if (b?.provenance.kind === 'statistic' && b.supersedes && b.supersedes.provenance.kind !== 'plan') {
      push(ind, b, b.supersedes);
      continue;
    }
    const stat = statisticAtBase(ctx, ind);
    const fact = stat ? baseFactFor(plan, ind) : null;
    if (stat && fact && fact.fact.provenance.kind !== 'plan' && fact.fact.provenance.kind !== 'statistic')
      push(ind, stat, { value: fact.value, provenance: fact.fact.provenance });
  }
  return findings;
}

/** The indicator's base-year value when it comes from a published statistic (its base or an observation). */
export function statisticAtBase(
  ctx: Pick<CheckContext, 'plan' | 't0'>,
  ind: Indicator,
): { value: number; provenance: Provenance } | null {
  const b = knownBase(ind);
  if (b?.provenance.kind === 'statistic') return b;
  const o = (ctx.plan.observations ?? []).find((x) => x.indicator === ind.id && x.year === ctx.t0);
  return o?.provenance.kind === 'statistic' ? o : null;
}
