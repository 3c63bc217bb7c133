// Stated annual rates against stated totals, and the base values they imply.
//
// rate-vs-total: a plan that prints both "grows 76.35 % over the period" and "15.27 % a year" must mean
// the same thing: (1 + 76.35 %)^(1/5) − 1 = 12.02 % a year compounded. When the printed rate instead equals
// 76.35 % ÷ 5 (the arithmetic mean), the finding says so — compounding 15.27 % for five years gives
// +103.6 %, not +76.35 %. Totals come from a level target on an indicator that is the growth ratio of the
// rate's indicator (recognised numerically on the plan's path: I = X/X₀ − 1), or from a level or increase
// target together with a base value the plan prints.
//
// implied-base: a level (or increase) target with an annual rate, or an increase with a total growth,
// implies the base: 607 ÷ 1.075^5 = 422.8. When the plan prints the base, they must agree; when it does
// not, the implied base is reported so that it can be checked against the statistical yearbook.

import { DEFAULT_TOLERANCE } from '../outputs/targetMeasure.ts';
import {
  cite,
  joined,
  list,
  type Message,
  type MessageArg,
  msg,
  named,
  num,
  pct,
  qty,
} from '../report/messages/message.ts';
import type { CheckContext, Finding, NumTarget } from './planCheckContext.ts';
import { roundingHalfWidth, targetRoundingHalfWidth } from './roundingHalfWidth.ts';
import { sourceText } from './sourceText.ts';

/** Rates within 0.06 percentage points of each other agree outright. */
const RATE_TOL = 0.0006;

/** Bases that agree to within 1 % agree: printed totals are rounded. */
const BASE_TOL = 0.01;

/** Indicators I whose path is the growth of another indicator X since the base year: I = X/X₀ − 1. */
export function growthRatioIndicators(ctx: CheckContext): Map<string, string> {
  const out = new Map<string, string>();
  const paths = Object.entries(ctx.det.indicators).map(([id, r]) => ({ id, v: r.deterministic }));
  for (const i of paths) {
    if (Math.abs(i.v[0] ?? Number.NaN) > 1e-12 || i.v.length < 2) continue;
    if (!Array.from(i.v).some((v) => Math.abs(v) > 1e-9)) continue;
    for (const x of paths) {
      const x0 = x.v[0]!;
      if (x.id === i.id || !(x0 > 0)) continue;
      let same = true;
      for (let k = 1; k < i.v.length && same; k++) {
        same = Math.abs(i.v[k]! - (x.v[k]! / x0 - 1)) <= 1e-9 * (1 + Math.abs(i.v[k]!));
      }
      if (same) {
        out.set(i.id, x.id);
        break;
      }
    }
  }
  return out;
}

/** A total growth over the period, with the interval its printed figures allow after rounding. */
interface Total {
  from: NumTarget[];
  total: number;
  lo: number;
  hi: number;
  /** How the total was read from the plan's figures. */
  how: Message;
  /** The total is worked out from a level or an increase over the printed base, not printed itself. */
  derived?: boolean;
}

/** Targets on growth-ratio indicators of `x` in `year`: totals printed as a percentage. */
function totalTargetsOf(ctx: CheckContext, ratioOf: Map<string, string>, x: string, year: number) {
  return [...ratioOf]
    .filter(([, of]) => of === x)
    .flatMap(([i]) => ctx.targetsOn(i))
    .filter((p) => p.year === year && (p.kind === 'level' || p.kind === 'share'));
}

/** The totals a growth target's year has: printed as a ratio, or a level or increase over a printed base. */
function totalsFor(ctx: CheckContext, ratioOf: Map<string, string>, g: NumTarget): Total[] {
  const x = g.indicator;
  const totals: Total[] = totalTargetsOf(ctx, ratioOf, x, g.year).map((p) => {
    const h = roundingHalfWidth(p.value, true);
    return {
      from: [p],
      total: p.value,
      lo: p.value - h,
      hi: p.value + h,
      how: msg('check.rate.howShare', { target: named(p.target), total: pct(p.value) }),
    };
  });
  // A growth the plan states as its change over the period (增长76.35%, kept as 15.27% a year) is a printed total.
  const n = g.year - ctx.t0;
  for (const c of ctx.targetsOn(x)) {
    if (c === g || c.year !== g.year || c.kind !== 'growth' || c.target.statedAs !== 'change') continue;
    const total = c.value * n;
    const h = roundingHalfWidth(total, true);
    totals.push({
      from: [c],
      total,
      lo: total - h,
      hi: total + h,
      how: msg('check.rate.howShare', { target: named(c.target), total: pct(total) }),
    });
  }
  const base = ctx.base(x);
  if (!(base && base.source === 'plan' && base.value > 0)) return totals;
  const hb = roundingHalfWidth(base.value, false);
  for (const t of ctx.targetsOn(x)) {
    if (t.year !== g.year) continue;
    const ht = printedHalfWidth(t);
    if (t.kind === 'level')
      totals.push({
        from: [t],
        total: t.value / base.value - 1,
        lo: (t.value - ht) / (base.value + hb) - 1,
        hi: (t.value + ht) / (base.value - hb) - 1,
        how: msg('check.arith.levelTotal', {
          target: num(t.value),
          base: num(base.value),
          total: pct(t.value / base.value - 1),
        }),
        derived: true,
      });
    if (t.kind === 'increase')
      totals.push({
        from: [t],
        total: t.value / base.value,
        lo: (t.value - ht) / (base.value + hb),
        hi: (t.value + ht) / (base.value - hb),
        how: msg('check.arith.increaseTotal', {
          target: num(t.value),
          base: num(base.value),
          total: pct(t.value / base.value),
        }),
        derived: true,
      });
  }
  return totals;
}

/**
 * A rate that agrees with the total only after rounding, or only as the 约/左右 figures they are: worth saying
 * (`code`), not a contradiction.
 */
function agreementNote(
  ctx: CheckContext,
  g: NumTarget,
  t: Total,
  n: number,
  code: 'check.rate.withinRounding' | 'check.rate.withinApproximation',
): Finding {
  const compound = (1 + t.total) ** (1 / n) - 1;
  const grown = (1 + g.value) ** n - 1;
  const params = { rate: pct(g.value), total: pct(t.total), compound: pct(compound), n, grown: pct(grown) };
  return {
    kind: 'rate-vs-total',
    severity: 'info',
    targets: [g.id, ...t.from.map((x) => x.id)],
    sections: ctx.sections(g, ...t.from),
    message: msg(code, {
      indicator: named(ctx.indicator(g.indicator)!),
      ...params,
      which: approximateWhich(g, t),
    }),
    arithmetic: msg('check.arith.withinRounding', { how: t.how, ...params }),
  };
}

/** Which of a rate and a total are printed with 约/左右, as a clause (both, or the one that is). */
function approximateWhich(g: NumTarget, t: Total): Message {
  const rate = approximateSlack(g) > 0;
  const total = t.from.some((x) => approximateSlack(x) > 0);
  return msg(
    rate && total ? 'check.rate.approx.both' : rate ? 'check.rate.approx.rate' : 'check.rate.approx.total',
  );
}

/** Half the last printed digit of a target's figure: a rate's, or a level's as the plan prints it. */
function printedHalfWidth(x: NumTarget): number {
  if (x.kind === 'growth') return roundingHalfWidth(x.value, true);
  const p = x.target.provenance;
  return targetRoundingHalfWidth(x.value, p?.kind === 'plan' ? p.figure : undefined);
}

/** A figure met at or above it (以上, 突破, 不低于): a floor, not a point. */
function isFloor(x: NumTarget): boolean {
  return x.target.comparator === '>=' || x.target.comparator === '>';
}

/** The slack a 约/左右 figure leaves either side of it (its own tolerance, else the engine's); 0 otherwise. */
function approximateSlack(x: NumTarget): number {
  return x.target.comparator === '~=' ? (x.target.tolerance ?? DEFAULT_TOLERANCE) : 0;
}

/**
 * Whether a rate and a total agree once each figure printed with 约/左右 may lie its slack either side: GDP
 * 600亿元左右 from 412 and 7.5%左右 a year (412 × 1.075⁵ = 591.5, 1.4% short of 600) had been called a
 * contradiction in the plan's headline figures. False when neither is approximate.
 */
function withinApproximation(g: NumTarget, t: Total, n: number, hg: number): boolean {
  const sg = approximateSlack(g);
  const st = Math.max(0, ...t.from.map(approximateSlack));
  if (sg === 0 && st === 0) return false;
  const rates = [g.value * (1 - sg), g.value * (1 + sg)];
  const grownLo = (1 + Math.min(...rates) - hg) ** n;
  const grownHi = (1 + Math.max(...rates) + hg) ** n;
  return grownLo <= (1 + t.hi) * (1 + st) && grownHi >= (1 + t.lo) * (1 - st);
}

/** A rate that contradicts the total, and whether it is the total's arithmetic mean. */
function contradictionFinding(ctx: CheckContext, g: NumTarget, t: Total, n: number): Finding {
  const { total, lo, hi, from } = t;
  const hg = roundingHalfWidth(g.value, true);
  const compound = (1 + total) ** (1 / n) - 1;
  const grown = (1 + g.value) ** n - 1;
  const impliedBases = ctx
    .targetsOn(g.indicator)
    .filter((x) => x.kind === 'increase' && x.year === g.year)
    .map((x) =>
      msg('check.arith.impliedByTotal', {
        increase: num(x.value),
        total: pct(total),
        base: num(x.value / total),
      }),
    );
  const isArithmetic = lo / n <= g.value + hg && hi / n >= g.value - hg;
  // Both figures printed in the plan: they contradict each other outright.
  const printed = [g, ...from].every((x) => x.target.provenance.kind === 'plan');
  const params = { rate: pct(g.value), total: pct(total), compound: pct(compound), n, grown: pct(grown) };
  return {
    kind: 'rate-vs-total',
    severity: printed ? 'error' : 'warning',
    targets: [g.id, ...from.map((x) => x.id)],
    sections: ctx.sections(g, ...from),
    // A total worked out from a target and the base is said as worked out: the plan does not print it.
    message: msg(
      isArithmetic
        ? 'check.rate.arithmeticMean'
        : t.derived
          ? 'check.rate.disagreesDerived'
          : 'check.rate.disagrees',
      { indicator: named(ctx.indicator(g.indicator)!), ...params, how: t.how },
    ),
    arithmetic: joined(
      [
        t.how,
        msg('check.arith.compound', params),
        msg('check.arith.mean', { total: pct(total), n, mean: pct(total / n) }),
        msg('check.arith.printedCompounded', params),
        ...impliedBases,
      ],
      'sep.arith',
    ),
  };
}

/**
 * A rate read as total ÷ years that the total does not give: 45,000 ÷ 58,639 = 76.74%, ÷ 5 = 15.35%, not the
 * printed 15.27%; and the base the rate and the increase imply (45,000 ÷ (15.27% × 5) = 58,939) beside it.
 */
function arithmeticContradiction(ctx: CheckContext, g: NumTarget, t: Total, n: number): Finding {
  const { total, from } = t;
  const printed = [g, ...from].every((x) => x.target.provenance.kind === 'plan');
  const impliedBases = ctx
    .targetsOn(g.indicator)
    .filter((x) => x.kind === 'increase' && x.year === g.year && g.value > 0)
    .map((x) =>
      msg('check.arith.increaseOverRateArithmetic', {
        target: num(x.value),
        rate: pct(g.value),
        n,
        base: num(x.value / (g.value * n)),
      }),
    );
  const params = { rate: pct(g.value), total: pct(total), n, mean: pct(total / n) };
  return {
    kind: 'rate-vs-total',
    severity: printed ? 'error' : 'warning',
    targets: [g.id, ...from.map((x) => x.id)],
    sections: ctx.sections(g, ...from),
    message: msg(t.derived ? 'check.rate.disagreesArithmeticDerived' : 'check.rate.disagreesArithmetic', {
      indicator: named(ctx.indicator(g.indicator)!),
      ...params,
      how: t.how,
    }),
    arithmetic: joined([t.how, msg('check.arith.mean', params), ...impliedBases], 'sep.arith'),
  };
}

/** Rates against totals; `flagged` collects the indicators whose rate contradicts a total. */
function rateVsTotalFindings(
  ctx: CheckContext,
  ratioOf: Map<string, string>,
  flagged: Set<string>,
): Finding[] {
  const findings: Finding[] = [];
  // A change stated over the period is a total, checked as one against the yearly rates beside it.
  for (const g of ctx.targets.filter((t) => t.kind === 'growth' && t.target.statedAs !== 'change')) {
    const n = g.year - ctx.t0;
    if (n <= 0) continue;
    const hg = roundingHalfWidth(g.value, true);
    // A rate the plan reckons as total ÷ years is held to that reading: 15.27% beside 76.35% is the plan's
    // own arithmetic (76.35 ÷ 5), not a contradiction; the rate-reading note says what compounding would need.
    const arithmetic = g.target.rateReading === 'arithmetic';
    for (const t of totalsFor(ctx, ratioOf, g)) {
      if (arithmetic) {
        if (t.lo / n <= g.value + hg && t.hi / n >= g.value - hg) continue;
        flagged.add(g.indicator);
        findings.push(arithmeticContradiction(ctx, g, t, n));
        continue;
      }
      const compound = (1 + t.total) ** (1 / n) - 1;
      if (Math.abs(g.value - compound) <= RATE_TOL) continue;
      // Within rounding: some values the printed figures round from satisfy the compound relation.
      const withinRounding =
        (1 + t.lo) ** (1 / n) - 1 <= g.value + hg && (1 + t.hi) ** (1 / n) - 1 >= g.value - hg;
      if (withinRounding) {
        findings.push(agreementNote(ctx, g, t, n, 'check.rate.withinRounding'));
        continue;
      }
      if (withinApproximation(g, t, n, hg)) {
        findings.push(agreementNote(ctx, g, t, n, 'check.rate.withinApproximation'));
        continue;
      }
      // Floors both (力争突破300亿元 and 年均增长8.5% from 205): a rate that reaches beyond the level asks no more
      // than the rate; they agree (205 × 1.085⁵ = 308 had read 矛盾).
      // Not a rate that is the total divided by the years, though (16% beside 80%): that mistake is said.
      const asMean = t.lo / n <= g.value + hg && t.hi / n >= g.value - hg;
      if (isFloor(g) && t.from.every(isFloor) && g.value + hg >= compound && !asMean) continue;
      flagged.add(g.indicator);
      findings.push(contradictionFinding(ctx, g, t, n));
    }
  }
  return findings;
}

/** A base a pair of targets implies: level or increase with a rate, or increase with a total. */
interface ImpliedBase {
  from: NumTarget[];
  value: number;
  arithmetic: Message;
  /** How far (relative) the base may lie from `value` when the figures are 约/左右 ones; 0 for exact figures. */
  slack: number;
  /** Both figures are floors: a base above `value` agrees (the rate then reaches beyond the level). */
  floors: boolean;
}

/**
 * The relative slack of `base(level, rate)` when either figure is approximate: the largest change over the
 * four corners of their slack (600左右 and 7.5%左右: a base anywhere in 389.7–445.7, 412 among them).
 */
function baseSlack(base: (level: number, rate: number) => number, t: NumTarget, g: NumTarget): number {
  const [st, sg] = [approximateSlack(t), approximateSlack(g)];
  if (st === 0 && sg === 0) return 0;
  // Each figure within its slack and its printed rounding, as the rate-against-total check reads them: 750左右
  // and 9% from 520 had agreed there and read 矛盾 here (487.4, while 9% may be 8.5%: a tester).
  const [ht, hg] = [printedHalfWidth(t), printedHalfWidth(g)];
  const v = base(t.value, g.value);
  let most = 0;
  for (const a of [t.value * (1 - st) - ht, t.value * (1 + st) + ht])
    for (const b of [g.value * (1 - sg) - hg, g.value * (1 + sg) + hg])
      most = Math.max(most, Math.abs(base(a, b) / v - 1));
  return Number.isFinite(most) ? most : 0;
}

function impliedBases(
  ctx: CheckContext,
  ratioOf: Map<string, string>,
  x: string,
  ts: NumTarget[],
): ImpliedBase[] {
  const candidates: ImpliedBase[] = [];
  for (const g of ts.filter((t) => t.kind === 'growth')) {
    const n = g.year - ctx.t0;
    if (n <= 0) continue;
    // A rate the plan reckons arithmetically (total ÷ years) implies its base that way too: 5.5万 at 18.5%
    // × 5 = 92.5% is a base of 59,459, not the compound reading's 41,148.
    const arithmetic = g.target.rateReading === 'arithmetic';
    for (const t of ts.filter((t) => t.year === g.year)) {
      const params = { target: num(t.value), rate: pct(g.value), n };
      if (arithmetic && t.value > 0 && (t.kind === 'level' || t.kind === 'increase')) {
        const implied = (level: number, rate: number) =>
          t.kind === 'level' ? level / (1 + rate * n) : level / (rate * n);
        const value = implied(t.value, g.value);
        candidates.push({
          from: [t, g],
          value,
          slack: baseSlack(implied, t, g),
          floors: isFloor(t) && isFloor(g),
          arithmetic: msg(
            t.kind === 'level'
              ? 'check.arith.levelOverRateArithmetic'
              : 'check.arith.increaseOverRateArithmetic',
            { ...params, base: num(value) },
          ),
        });
        continue;
      }
      if (t.kind === 'level' && t.value > 0) {
        const implied = (level: number, rate: number) => level / (1 + rate) ** n;
        const value = implied(t.value, g.value);
        candidates.push({
          from: [t, g],
          value,
          slack: baseSlack(implied, t, g),
          floors: isFloor(t) && isFloor(g),
          arithmetic: msg('check.arith.levelOverRate', { ...params, base: num(value) }),
        });
      }
      if (t.kind === 'increase' && g.value !== 0) {
        const implied = (increase: number, rate: number) => increase / ((1 + rate) ** n - 1);
        const value = implied(t.value, g.value);
        candidates.push({
          from: [t, g],
          value,
          slack: baseSlack(implied, t, g),
          floors: isFloor(t) && isFloor(g),
          arithmetic: msg('check.arith.increaseOverRate', { ...params, base: num(value) }),
        });
      }
    }
  }
  for (const inc of ts.filter((t) => t.kind === 'increase')) {
    for (const p of totalTargetsOf(ctx, ratioOf, x, inc.year)) {
      if (p.value <= 0) continue;
      candidates.push({
        from: [inc, p],
        value: inc.value / p.value,
        slack: baseSlack((increase, total) => increase / total, inc, p),
        floors: isFloor(inc) && isFloor(p),
        arithmetic: msg('check.arith.increaseOverTotal', {
          target: num(inc.value),
          total: pct(p.value),
          base: num(inc.value / p.value),
        }),
      });
    }
  }
  return candidates;
}

function impliedBaseFinding(ctx: CheckContext, x: string, c: ImpliedBase): Finding | null {
  const base = ctx.base(x);
  if (!(c.value > 0) || !Number.isFinite(c.value)) return null;
  const printed = base?.source === 'plan';
  // Printed as 约/左右, the figures imply a base only to within their slack: 600左右 and 7.5%左右 from a printed
  // 412 had read 矛盾 (417.9, 1.4% apart).
  const off = base === null ? 0 : c.value / base.value - 1;
  const differs = base !== null && Math.abs(off) > Math.max(BASE_TOL, c.slack) && !(c.floors && off < 0);
  if (printed && !differs) return null;
  const ind = ctx.indicator(x)!;
  const unit = ind.unit;
  // Two targets of one name (a table's level and its 年均增长 rate) are told apart by their figures as given.
  const names = c.from.map((t) => t.target.name.zh);
  const alike = new Set(names).size < names.length;
  const figures: MessageArg = list(
    c.from.map((t) =>
      msg('text.quoted', {
        x: alike && t.target.provenance.kind === 'plan' ? cite(t.target.provenance.figure) : named(t.target),
      }),
    ),
    'sep.and',
  );
  const common = { indicator: named(ind), figures, t0: ctx.t0, implied: qty(c.value, unit) };
  const diff = base === null ? '' : pct(c.value / base.value - 1, 1);
  // A published statistic or a figure the planner entered that agrees has already been checked: say so,
  // rather than ask the planner to look up what the model already holds.
  const confirmed = base !== null && !differs && (base.source === 'statistic' || base.source === 'entered');
  // An entered base is the planner's figure (a table's 基期 column): the plan's text may not print it, but it
  // is not missing — the check says it agrees, without "the plan states no base".
  const message = printed
    ? msg('check.base.statedDiffers', { ...common, stated: qty(base!.value, unit), diff })
    : confirmed
      ? msg(base.source === 'entered' ? 'check.base.agreesEntered' : 'check.base.agrees', {
          ...common,
          model: qty(base.value, unit),
          source: sourceText(base),
          diff,
        })
      : msg('check.base.notStated', {
          ...common,
          model: differs
            ? msg('check.base.modelDiffers', {
                model: qty(base!.value, unit),
                source: sourceText(base!),
                diff,
              })
            : '',
        });
  return {
    kind: 'implied-base',
    severity: printed ? 'error' : differs ? 'warning' : 'info',
    targets: c.from.map((t) => t.id),
    sections: ctx.sections(...c.from),
    message,
    arithmetic:
      base === null
        ? c.arithmetic
        : msg('check.arith.withModelBase', {
            arithmetic: c.arithmetic,
            base: num(base.value),
            source: sourceText(base),
          }),
  };
}

export function checkRateVsTotal(ctx: CheckContext): Finding[] {
  const ratioOf = growthRatioIndicators(ctx);
  const flagged = new Set<string>();
  const findings = rateVsTotalFindings(ctx, ratioOf, flagged);
  // Implied bases, for indicators whose rate was not found inconsistent above.
  const byIndicator = new Map<string, NumTarget[]>();
  for (const t of ctx.targets) byIndicator.set(t.indicator, [...(byIndicator.get(t.indicator) ?? []), t]);
  for (const [x, ts] of byIndicator) {
    if (flagged.has(x)) continue;
    for (const c of impliedBases(ctx, ratioOf, x, ts)) {
      const f = impliedBaseFinding(ctx, x, c);
      if (f) findings.push(f);
    }
  }
  return findings;
}
