// Base values against the facts the plan states for the base year. A fact matches an indicator when its
// id is the indicator's id followed by the year (gdp_2020) or its name is the indicator's name (ignoring a
// trailing remark in brackets such as "（推算）"), and the units convert. The model's base value must agree
// with it to within 0.5 %.

import { normalizeName, splitNameAndUnit } from '../actuals/matchIndicator.ts';
import { isPercentUnit } from '../report/formatValue.ts';
import { delta, msg, named, num, pct, printedQty, qty } from '../report/messages/message.ts';
import { convertUnit } from '../units/unitFactor.ts';
import { statisticAtBase } from './checkStatistics.ts';
import type { CheckContext, Finding } from './planCheckContext.ts';
import { provenanceFigureArg } from './provenanceArg.ts';
import { sourceText } from './sourceText.ts';

const FACT_TOL = 0.005;

export function checkBaseFacts(ctx: CheckContext): Finding[] {
  const { t0, plan } = ctx;
  const findings: Finding[] = [];
  const key = (s: string) => normalizeName(splitNameAndUnit(s).name);
  for (const fact of plan.facts) {
    if (fact.year !== t0) continue;
    const ind = plan.indicators.find(
      (i) =>
        fact.id === `${i.id}_${t0}` ||
        key(fact.name.zh) === key(i.name.zh) ||
        (i.name.en !== undefined && fact.name.en !== undefined && key(fact.name.en) === key(i.name.en)),
    );
    if (!ind) continue;
    const stated = convertUnit(fact.value, fact.unit, ind.unit);
    const base = ctx.base(ind.id);
    if (stated === null || base === null || stated === 0) continue;
    // A statistic against a derived or assumed fact is checkStatistics' finding, with both sources.
    if (statisticAtBase(ctx, ind) && fact.provenance.kind !== 'plan') continue;
    if (Math.abs(base.value / stated - 1) <= FACT_TOL) continue;
    // Two shares differ by points (78.9% against 50.78% is 28.11 points apart, not "55.3%"); a stated
    // figure the plan printed reads with its printed decimals.
    const points = isPercentUnit(ind.unit);
    const diff = points ? delta(base.value - stated, ind.unit) : pct(base.value / stated - 1, 1);
    const statedArg = fact.provenance.kind === 'plan' ? printedQty(stated, ind.unit) : qty(stated, ind.unit);
    findings.push({
      kind: 'base-vs-fact',
      severity: fact.provenance.kind === 'plan' ? 'warning' : 'info',
      targets: ctx.targetsOn(ind.id).map((t) => t.id),
      indicators: [ind.id],
      sections: fact.provenance.kind === 'plan' ? [fact.provenance.section] : [],
      message: msg('check.baseVsFact', {
        indicator: named(ind),
        t0,
        base: qty(base.value, ind.unit),
        source: sourceText(base.source),
        fact: named(fact),
        stated: statedArg,
        diff,
      }),
      arithmetic: msg(points ? 'check.arith.baseVsFactPoints' : 'check.arith.baseVsFact', {
        figure: provenanceFigureArg(fact.provenance),
        statedQty: statedArg,
        // To the hundredth of a point, so the subtraction checks by eye (78.85% − 50.78% = 28.07).
        base: points ? pct(base.value, 2) : num(base.value),
        stated: points ? pct(stated, 2) : num(stated),
        diff,
      }),
    });
  }
  return findings;
}
