// A verdict never rests on the target itself: no base of the embedded plan is back-solved from its own
// target. A base's provenance (the formula it was derived by, the rationale of an assumption) must not
// name the target, nor compute from the target's own printed figure.
import { describe, expect, it } from 'vitest';
import { knownBase } from '../../engine/plan/knownBase.ts';
import type { Plan } from '../../engine/plan/planSchema.ts';
import { provenanceFigure } from '../../engine/plan/provenanceFigure.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';
import { feasibilityPlan } from './feasibilityFixture.ts';

/** Targets whose indicator's base provenance names the target or computes from its printed value. */
function baseFromOwnTarget(plan: Plan): string[] {
  const out: string[] = [];
  for (const t of plan.targets) {
    if (t.indicator === undefined || t.value === undefined) continue;
    const base = knownBase(plan.indicators.find((i) => i.id === t.indicator)!);
    if (!base || base.provenance.kind === 'plan' || base.provenance.kind === 'statistic') continue;
    const text = provenanceFigure(base.provenance);
    const figure = Array.isArray(t.value) ? t.value[0] : t.value;
    // The target's value as a number in a formula ("607 / 1.075^5"), not as part of another number.
    const printed = new RegExp(`(^|[^0-9.])${String(figure).replace('.', '\\.')}([^0-9.]|$)`);
    const derived = base.provenance.kind === 'derived' && printed.test(text);
    if (text.includes(t.id) || derived) out.push(`${t.id}: ${text}`);
  }
  return out;
}

describe('no base derived from its own target', () => {
  it('holds for the embedded Yaohai plan', () => {
    expect(baseFromOwnTarget(yaohaiPlan())).toEqual([]);
  });
  it('the check itself catches a back-solved base', () => {
    const plan = feasibilityPlan();
    const a = plan.indicators.find((i) => i.id === 'gdp')!;
    a.base = { value: 700 / 1.05 ** 5, provenance: { kind: 'derived', formula: '700 / 1.05^5' } };
    expect(baseFromOwnTarget(plan)).toEqual(['gdp_cap: 700 / 1.05^5']);
  });
});
