// A share's base must lie within 0–100%: a part of a whole is never more than the whole, nor below nothing.
// A base of 135% on an indicator the plan measures as a share (a share target, or a rise in points) had been
// taken silently — simulated as a level that grows, its verdicts read as a share's.

import { knownBase } from '../plan/knownBase.ts';
import { msg, named, pct, printedQty, qty } from '../report/messages/message.ts';
import { normalizeUnit } from '../units/unitFactor.ts';
import type { CheckContext, Finding } from './planCheckContext.ts';
import { provenanceFigureArg } from './provenanceArg.ts';
import { sourceText } from './sourceText.ts';

export function checkShareRange(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const ind of ctx.plan.indicators) {
    if (normalizeUnit(ind.unit) !== '%') continue;
    const shares = ctx.targetsOn(ind.id).filter((t) => t.kind === 'share' || t.kind === 'increase');
    const base = knownBase(ind);
    if (shares.length === 0 || !base || (base.value >= 0 && base.value <= 1)) continue;
    const p = base.provenance;
    const shown = p.kind === 'plan' ? printedQty(base.value, ind.unit) : qty(base.value, ind.unit);
    const above = base.value > 1;
    findings.push({
      kind: 'share-out-of-range',
      severity: 'error',
      targets: shares.map((t) => t.id),
      indicators: [ind.id],
      sections: p.kind === 'plan' ? [p.section] : ctx.sections(...shares),
      message: msg('check.shareRange', {
        indicator: named(ind),
        t0: ctx.t0,
        base: shown,
        source: sourceText(p.kind),
      }),
      // A printed or published figure is quoted; an entered one is said by the message's 录入值 (its note,
      // "entered · 目标表第4行…", had put an English word in the Chinese line).
      arithmetic:
        p.kind === 'entered'
          ? msg('check.arith.shareRangeEntered', {
              base: shown,
              side: above ? '>' : '<',
              bound: pct(above ? 1 : 0, 0),
            })
          : msg('check.arith.shareRange', {
              figure: provenanceFigureArg(p),
              base: shown,
              side: above ? '>' : '<',
              bound: pct(above ? 1 : 0, 0),
            }),
    });
  }
  return findings;
}
