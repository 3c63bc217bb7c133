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

import type { CheckContext, Finding, NumTarget } from './planCheckContext.ts';
import { roundingHalfWidth } from './roundingHalfWidth.ts';
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

export function checkRateVsTotal(ctx: CheckContext): Finding[] {
  const { qty, say, pct, num, name, t0 } = ctx;
  const findings: Finding[] = [];
  const ratioOf = growthRatioIndicators(ctx);
  const totalTargetsOf = (x: string, year: number) =>
    [...ratioOf]
      .filter(([, of]) => of === x)
      .flatMap(([i]) => ctx.targetsOn(i))
      .filter((p) => p.year === year && (p.kind === 'level' || p.kind === 'share'));
  const flagged = new Set<string>();

  for (const g of ctx.targets.filter((t) => t.kind === 'growth')) {
    const x = g.indicator;
    const n = g.year - t0;
    if (n <= 0) continue;
    const ind = ctx.indicator(x)!;
    // Each total with the interval its printed figures allow after rounding.
    const totals: { from: NumTarget[]; total: number; lo: number; hi: number; how: string }[] =
      totalTargetsOf(x, g.year).map((p) => {
        const h = roundingHalfWidth(p.value, true);
        return {
          from: [p],
          total: p.value,
          lo: p.value - h,
          hi: p.value + h,
          how: say(`“${name(p.target)}”：增长 ${pct(p.value)}`, `"${name(p.target)}": +${pct(p.value)}`),
        };
      });
    const base = ctx.base(x);
    if (base && base.source === 'plan' && base.value > 0) {
      const hb = roundingHalfWidth(base.value, false);
      for (const t of ctx.targetsOn(x)) {
        if (t.year !== g.year) continue;
        const ht = roundingHalfWidth(t.value, false);
        if (t.kind === 'level')
          totals.push({
            from: [t],
            total: t.value / base.value - 1,
            lo: (t.value - ht) / (base.value + hb) - 1,
            hi: (t.value + ht) / (base.value - hb) - 1,
            how: `${num(t.value)} ÷ ${num(base.value)} − 1 = ${pct(t.value / base.value - 1)}`,
          });
        if (t.kind === 'increase')
          totals.push({
            from: [t],
            total: t.value / base.value,
            lo: (t.value - ht) / (base.value + hb),
            hi: (t.value + ht) / (base.value - hb),
            how: `${num(t.value)} ÷ ${num(base.value)} = ${pct(t.value / base.value)}`,
          });
      }
    }
    const hg = roundingHalfWidth(g.value, true);
    for (const { from, total, lo, hi, how } of totals) {
      const compound = (1 + total) ** (1 / n) - 1;
      const arithmetic = total / n;
      if (Math.abs(g.value - compound) <= RATE_TOL) continue;
      // Within rounding: some values the printed figures round from satisfy the compound relation.
      const withinRounding =
        (1 + lo) ** (1 / n) - 1 <= g.value + hg && (1 + hi) ** (1 / n) - 1 >= g.value - hg;
      if (withinRounding) {
        const grownFromBase = (1 + g.value) ** n - 1;
        findings.push({
          kind: 'rate-vs-total',
          severity: 'info',
          targets: [g.id, ...from.map((t) => t.id)],
          sections: ctx.sections(g, ...from),
          message: say(
            `${name(ind)}：年均增速 ${pct(g.value)} 与期间总增幅 ${pct(total)}（复利年均 ${pct(compound)}）只在四舍五入后一致；按 ${pct(g.value)} 复利 ${n} 年，总增幅为 ${pct(grownFromBase)}。`,
            `${name(ind)}: the annual rate ${pct(g.value)} and the total growth ${pct(total)} (compound ${pct(compound)} a year) agree only after rounding; ${pct(g.value)} compounded for ${n} years is +${pct(grownFromBase)}.`,
          ),
          arithmetic: `${how}; (1 + ${pct(total)})^(1/${n}) − 1 = ${pct(compound)}; (1 + ${pct(g.value)})^${n} − 1 = ${pct(grownFromBase)}`,
        });
        continue;
      }
      flagged.add(x);
      const grown = (1 + g.value) ** n - 1;
      const increases = ctx.targetsOn(x).filter((t) => t.kind === 'increase' && t.year === g.year);
      const impliedBases = increases.map(
        (t) =>
          `${num(t.value)} ÷ ${pct(total)} = ${num(t.value / total)}${say('（据此推算的基数）', ' (the base this implies)')}`,
      );
      const arith = [
        how,
        `${say('复利年均', 'compound annual')}: (1 + ${pct(total)})^(1/${n}) − 1 = ${pct(compound)}`,
        `${say('算术平均', 'arithmetic mean')}: ${pct(total)} ÷ ${n} = ${pct(arithmetic)}`,
        `${say('按所列年均增速复利', 'the printed rate compounded')}: (1 + ${pct(g.value)})^${n} − 1 = ${pct(grown)}`,
        ...impliedBases,
      ].join('; ');
      const isArithmetic = lo / n <= g.value + hg && hi / n >= g.value - hg;
      // Both figures printed in the plan: they contradict each other outright.
      const printed = [g, ...from].every((t) => t.target.provenance.kind === 'plan');
      findings.push({
        kind: 'rate-vs-total',
        severity: printed ? 'error' : 'warning',
        targets: [g.id, ...from.map((t) => t.id)],
        sections: ctx.sections(g, ...from),
        message: isArithmetic
          ? say(
              `${name(ind)}：年均增速 ${pct(g.value)} 是期间总增幅 ${pct(total)} 的算术平均（÷${n}），不是复合年均增速；按复利，${pct(total)} 的总增幅对应年均 ${pct(compound)}，而年均 ${pct(g.value)} 连续 ${n} 年将增长 ${pct(grown)}。两个数字不能同时成立。`,
              `${name(ind)}: the annual rate ${pct(g.value)} is the total growth ${pct(total)} divided by ${n} (an arithmetic mean), not a compound rate; compounded, +${pct(total)} is ${pct(compound)} a year, and ${pct(g.value)} a year for ${n} years is +${pct(grown)}. The two figures cannot both hold.`,
            )
          : say(
              `${name(ind)}：年均增速 ${pct(g.value)} 与期间总增幅 ${pct(total)} 不一致（复利对应年均 ${pct(compound)}）。`,
              `${name(ind)}: the annual rate ${pct(g.value)} disagrees with the total growth ${pct(total)} (compound equivalent ${pct(compound)} a year).`,
            ),
        arithmetic: arith,
      });
    }
  }

  // Implied bases, for indicators whose rate was not found inconsistent above.
  const byIndicator = new Map<string, NumTarget[]>();
  for (const t of ctx.targets) byIndicator.set(t.indicator, [...(byIndicator.get(t.indicator) ?? []), t]);
  for (const [x, ts] of byIndicator) {
    if (flagged.has(x)) continue;
    const ind = ctx.indicator(x)!;
    const candidates: { from: NumTarget[]; value: number; arithmetic: string }[] = [];
    for (const g of ts.filter((t) => t.kind === 'growth')) {
      const n = g.year - t0;
      if (n <= 0) continue;
      for (const t of ts.filter((t) => t.year === g.year)) {
        if (t.kind === 'level' && t.value > 0)
          candidates.push({
            from: [t, g],
            value: t.value / (1 + g.value) ** n,
            arithmetic: `${num(t.value)} ÷ (1 + ${pct(g.value)})^${n} = ${num(t.value / (1 + g.value) ** n)}`,
          });
        if (t.kind === 'increase' && g.value !== 0)
          candidates.push({
            from: [t, g],
            value: t.value / ((1 + g.value) ** n - 1),
            arithmetic: `${num(t.value)} ÷ ((1 + ${pct(g.value)})^${n} − 1) = ${num(t.value / ((1 + g.value) ** n - 1))}`,
          });
      }
    }
    for (const inc of ts.filter((t) => t.kind === 'increase')) {
      for (const p of totalTargetsOf(x, inc.year)) {
        if (p.value <= 0) continue;
        candidates.push({
          from: [inc, p],
          value: inc.value / p.value,
          arithmetic: `${num(inc.value)} ÷ ${pct(p.value)} = ${num(inc.value / p.value)}`,
        });
      }
    }
    const base = ctx.base(x);
    for (const c of candidates) {
      if (!(c.value > 0) || !Number.isFinite(c.value)) continue;
      const printed = base?.source === 'plan';
      const differs = base !== null && Math.abs(c.value / base.value - 1) > BASE_TOL;
      if (printed && !differs) continue;
      const figures = c.from.map((t) => `“${name(t.target)}”`).join(say('与', ' and '));
      const sourceLabel = base === null ? '' : sourceText(ctx, base);
      const unit = ind.unit;
      let message: string;
      if (printed) {
        message = say(
          `${name(ind)}：${figures}推算的 ${t0} 年基数为 ${qty(c.value, unit)}，与规划所列基数 ${qty(base!.value, unit)} 不符（相差 ${pct(c.value / base!.value - 1, 1)}）。`,
          `${name(ind)}: ${figures} imply a ${t0} base of ${qty(c.value, unit)}, but the plan states ${qty(base!.value, unit)} (${pct(c.value / base!.value - 1, 1)} apart).`,
        );
      } else {
        message = say(
          `${name(ind)}：规划未列出 ${t0} 年基数；由${figures}推算，基数应为 ${qty(c.value, unit)}${differs ? `，而模型采用的基数为 ${qty(base!.value, unit)}（${sourceLabel}），相差 ${pct(c.value / base!.value - 1, 1)}` : ''}。请以统计年鉴数据核对。`,
          `${name(ind)}: the plan states no ${t0} base; ${figures} imply ${qty(c.value, unit)}${differs ? `, while the model uses ${qty(base!.value, unit)} (${sourceLabel}), ${pct(c.value / base!.value - 1, 1)} apart` : ''}. Check it against the statistical yearbook.`,
        );
      }
      findings.push({
        kind: 'implied-base',
        severity: printed ? 'error' : differs ? 'warning' : 'info',
        targets: c.from.map((t) => t.id),
        sections: ctx.sections(...c.from),
        message,
        arithmetic:
          base === null
            ? c.arithmetic
            : `${c.arithmetic}; ${say('模型基数', 'model base')} ${num(base.value)} (${sourceLabel})`,
      });
    }
  }
  return findings;
}
