// Shares against their denominators. A share target s on N/D with a level target N_T on its numerator
// implies the denominator D_T = N_T / s. Two shares of the same denominator must imply (roughly) the same
// D_T (share-denominators); an implied D_T below the denominator's own base value means the denominator
// would have to shrink for the targets to hold together (share-vs-base); and a numerator measured as gross
// output or revenue cannot be a share of a value-added denominator such as GDP (measure-mixing).
// Shares are found from derived formulas of the form N / D, or from `share` relations.

import type { PlanRelation } from '../plan/relationSchema.ts';
import { cite, joined, list, type Message, msg, named, num, pct, qty } from '../report/messages/message.ts';
import { convertUnit } from '../units/unitFactor.ts';
import { formulaShape } from './formulaShape.ts';
import { measureClass, measureKeyword } from './measureClass.ts';
import type { CheckContext, Finding, NumTarget } from './planCheckContext.ts';
import { sourceText } from './sourceText.ts';

/** Implied denominators more than 10 % apart disagree. */
const DENOMINATOR_TOL = 0.1;

interface ShareCase {
  share: NumTarget;
  numerator: string;
  denominator: string;
  /** The numerator's target in the share's year, if there is one. */
  numeratorTarget: NumTarget | null;
}

function shareCases(ctx: CheckContext, relations: PlanRelation[]): ShareCase[] {
  const cases: ShareCase[] = [];
  const byId = new Map(ctx.targets.map((t) => [t.id, t]));
  const explicit = new Set<string>();
  for (const r of relations) {
    if (r.kind !== 'share') continue;
    const share = byId.get(r.share);
    const num = byId.get(r.numerator) ?? null;
    if (!share) continue;
    explicit.add(share.id);
    cases.push({
      share,
      numerator: num?.indicator ?? r.numerator,
      denominator: r.denominator,
      numeratorTarget: num,
    });
  }
  for (const t of ctx.targets) {
    if (explicit.has(t.id) || (t.kind !== 'share' && t.kind !== 'level')) continue;
    const d = ctx.indicator(t.indicator)?.dynamics;
    if (d?.kind !== 'derived') continue;
    const shape = formulaShape(d.formula);
    if (shape.kind !== 'ratio') continue;
    const numeratorTarget =
      ctx.targetsOn(shape.numerator).find((n) => n.year === t.year && n.kind === 'level') ?? null;
    cases.push({ share: t, numerator: shape.numerator, denominator: shape.denominator, numeratorTarget });
  }
  return cases;
}

/** Gross output over value added: the ratio is not a share. */
function measureMixingFinding(ctx: CheckContext, c: ShareCase): Finding | null {
  const { t0 } = ctx;
  const n = ctx.indicator(c.numerator);
  const d = ctx.indicator(c.denominator);
  if (!n || !d) return null;
  const cn = measureClass(n.name.zh, n.name.en);
  const cd = measureClass(d.name.zh, d.name.en);
  if (cn === null || cd === null || cn === cd) return null;
  const n0 = ctx.valueAt(c.numerator, t0);
  const d0 = ctx.valueAt(c.denominator, t0);
  const baseRatio = n0 / d0;
  const above = Number.isFinite(baseRatio) && baseRatio >= c.share.value;
  const nBase = ctx.base(c.numerator);
  return {
    kind: 'measure-mixing',
    severity: 'warning',
    targets: [c.share.id, ...(c.numeratorTarget ? [c.numeratorTarget.id] : [])],
    sections: ctx.sections(c.share, ...(c.numeratorTarget ? [c.numeratorTarget] : [])),
    message: msg('check.share.measureMixing', {
      share: named(c.share.target),
      numerator: named(n),
      numeratorMeasure: msg(`measure.${cn}`),
      keyword: cite(String(measureKeyword(n.name.zh))),
      denominator: named(d),
      denominatorMeasure: msg(`measure.${cd}`),
      above: above
        ? msg('check.share.alreadyAbove', {
            source: nBase ? msg('check.share.baseSource', { source: sourceText(nBase) }) : '',
            t0,
            ratio: pct(baseRatio, 1),
            target: pct(c.share.value, 0),
          })
        : '',
    }),
    arithmetic: Number.isFinite(baseRatio)
      ? msg('check.arith.ratioAt', {
          t0,
          numerator: num(n0),
          denominator: num(d0),
          ratio: pct(baseRatio, 1),
        })
      : msg('check.arith.ratioOf', { numerator: named(n), denominator: named(d) }),
  };
}

/** A denominator implied by a share target and its numerator's target: D = N ÷ s. */
interface Implied {
  c: ShareCase;
  value: number;
  arithmetic: Message;
}

function impliedDenominators(ctx: CheckContext, cases: ShareCase[]): Map<string, Implied[]> {
  const byDenominator = new Map<string, Implied[]>();
  for (const c of cases) {
    if (!c.numeratorTarget || !(c.share.value > 0)) continue;
    const n = ctx.indicator(c.numerator);
    const d = ctx.indicator(c.denominator);
    if (!n || !d) continue;
    const nt = convertUnit(c.numeratorTarget.value, n.unit, d.unit);
    if (nt === null) continue;
    const value = nt / c.share.value;
    byDenominator.set(c.denominator, [
      ...(byDenominator.get(c.denominator) ?? []),
      {
        c,
        value,
        arithmetic: msg('check.arith.impliedDenominator', {
          numerator: num(nt),
          share: pct(c.share.value, 0),
          denominator: num(value),
        }),
      },
    ]);
  }
  return byDenominator;
}

/** Shares of one denominator that imply values of it too far apart. */
function denominatorsFinding(ctx: CheckContext, dId: string, implied: Implied[]): Finding | null {
  const d = ctx.indicator(dId)!;
  const unit = d.unit;
  if (implied.length < 2) return null;
  const values = implied.map((x) => x.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (!(hi / lo - 1 > DENOMINATOR_TOL)) return null;
  const parts = implied.map((x) =>
    msg('check.share.implies', { share: named(x.c.share.target), denominator: qty(x.value, unit) }),
  );
  return {
    kind: 'share-denominators',
    severity: 'warning',
    targets: implied.flatMap((x) => [x.c.share.id, x.c.numeratorTarget!.id]),
    sections: ctx.sections(...implied.flatMap((x) => [x.c.share, x.c.numeratorTarget!])),
    message: msg('check.share.denominators', {
      denominator: named(d),
      year: implied[0]!.c.share.year,
      ratio: num(hi / lo),
      parts: list(parts, 'sep.semi'),
    }),
    arithmetic: joined(
      implied.map((x) => x.arithmetic),
      'sep.arith',
    ),
  };
}

/** An implied denominator below its base: it would have to shrink for the targets to hold. */
function shareVsBaseFindings(ctx: CheckContext, dId: string, implied: Implied[]): Finding[] {
  const { t0 } = ctx;
  const d = ctx.indicator(dId)!;
  const unit = d.unit;
  const findings: Finding[] = [];
  const base = ctx.base(dId);
  if (!base || !(base.value > 0)) return findings;
  for (const x of implied) {
    const years = x.c.share.year - t0;
    if (years <= 0 || x.value >= base.value * (1 - 0.005)) continue;
    const rate = (x.value / base.value) ** (1 / years) - 1;
    const nUnit = ctx.indicator(x.c.numerator)!.unit;
    const nAtBase = convertUnit(base.value * x.c.share.value, d.unit, nUnit)!;
    findings.push({
      kind: 'share-vs-base',
      severity: 'warning',
      targets: [x.c.share.id, x.c.numeratorTarget!.id],
      sections: ctx.sections(x.c.share, x.c.numeratorTarget!),
      message: msg('check.share.vsBase', {
        numeratorTarget: named(x.c.numeratorTarget!.target),
        share: pct(x.c.share.value, 0),
        year: x.c.share.year,
        denominator: named(d),
        implied: qty(x.value, unit),
        t0,
        base: qty(base.value, unit),
        source: sourceText(base),
        fall: pct(-rate, 1),
        numeratorAtBase: qty(nAtBase, nUnit),
      }),
      arithmetic: msg('check.arith.shareVsBase', {
        arithmetic: x.arithmetic,
        implied: num(x.value),
        base: num(base.value),
        years,
        rate: pct(rate, 1),
        share: pct(x.c.share.value, 0),
        numeratorAtBase: num(nAtBase),
      }),
    });
  }
  return findings;
}

export function checkShares(ctx: CheckContext, relations: PlanRelation[]): Finding[] {
  const cases = shareCases(ctx, relations);
  const findings = cases.map((c) => measureMixingFinding(ctx, c)).filter((f): f is Finding => f !== null);
  for (const [dId, implied] of impliedDenominators(ctx, cases)) {
    const f = denominatorsFinding(ctx, dId, implied);
    if (f) findings.push(f);
    findings.push(...shareVsBaseFindings(ctx, dId, implied));
  }
  return findings;
}
