// Stock targets against the yearly quotas that should build them. A quota of q a year over n years adds
// q·n at most. A cumulative target fed by the same flow must not need more than q·n; a stock target must
// not need a larger increase than q·n even if nothing ever left the stock; and where the stock loses items
// (an outflow, early exits, certificates that expire and are only partly renewed), the plan's own model is
// run with the flow pinned to exactly the quota to see where the stock ends — that part rests on the
// model's assumptions, and the message says which.
// Links: the quota's indicator is named in the stock's inflow (or the cumulative's flow) formula, or a
// `quota` relation names the two targets.

import type { PlanRelation } from '../plan/relationSchema.ts';
import type { Actuals } from '../plan/scenarioSchema.ts';
import { SCENARIO_FORMAT } from '../plan/scenarioSchema.ts';
import { msg, named, num, qty } from '../report/messages/message.ts';
import { runSync } from '../run/run.ts';
import { formulaSymbols } from './formulaShape.ts';
import type { CheckContext, Finding, NumTarget } from './planCheckContext.ts';
import { sourceText } from './sourceText.ts';

/** Quota and stock targets that belong together: by a `quota` relation, or the quota's indicator feeds the stock. */
function quotaPairs(ctx: CheckContext, relations: PlanRelation[]): { quota: NumTarget; stock: NumTarget }[] {
  const { plan } = ctx;
  const byId = new Map(ctx.targets.map((t) => [t.id, t]));
  const pairs: { quota: NumTarget; stock: NumTarget }[] = [];
  for (const r of relations) {
    if (r.kind !== 'quota') continue;
    const quota = byId.get(r.quota);
    const stock = byId.get(r.stock);
    if (quota?.kind === 'quota' && stock) pairs.push({ quota, stock });
  }
  for (const quota of ctx.targets.filter((t) => t.kind === 'quota')) {
    for (const ind of plan.indicators) {
      const d = ind.dynamics;
      const feeds =
        d.kind === 'cumulative'
          ? formulaSymbols(d.flow)
          : d.kind === 'stock' || d.kind === 'cohort'
            ? formulaSymbols(d.inflow)
            : null;
      if (!feeds?.has(quota.indicator)) continue;
      for (const stock of ctx.targetsOn(ind.id)) {
        if (stock.year !== quota.year || (stock.kind !== 'level' && stock.kind !== 'increase')) continue;
        if (!pairs.some((p) => p.quota.id === quota.id && p.stock.id === stock.id))
          pairs.push({ quota, stock });
      }
    }
  }
  return pairs;
}

/** What a yearly quota builds against the stock target it feeds, if the two do not hold together. */
function quotaFinding(ctx: CheckContext, quota: NumTarget, stock: NumTarget): Finding | null {
  const { t0, plan } = ctx;
  const ind = ctx.indicator(stock.indicator)!;
  const n = quota.year - t0;
  if (n <= 0) return null;
  const built = quota.value * n;
  const base = ctx.base(stock.indicator);
  const cumulative = ind.dynamics.kind === 'cumulative';
  const startsAt = cumulative ? 0 : (base?.value ?? Number.NaN);
  const needed = stock.kind === 'increase' ? stock.value : stock.value - startsAt;
  const unit = ind.unit;
  const qText = msg('check.arith.quotaBuilt', { quota: num(quota.value), n, built: num(built) });
  if (!Number.isFinite(needed)) return null;
  if (built < needed - 1e-9) {
    // With the base printed too (or not needed), the plan's own figures contradict each other.
    const printed = cumulative || stock.kind === 'increase' || base?.source === 'plan';
    return {
      kind: 'quota-vs-stock',
      severity: printed ? 'error' : 'warning',
      targets: [quota.id, stock.id],
      sections: ctx.sections(quota, stock),
      message: msg('check.quota.cannotBuild', {
        quota: num(quota.value),
        n,
        built: num(built),
        stock: named(stock.target),
        needed: num(needed),
        baseNeeded:
          stock.kind === 'level' && !cumulative
            ? msg('check.quota.baseNeeded', {
                stock: num(stock.value),
                t0,
                start: num(startsAt),
                source: sourceText(base!.source),
              })
            : '',
      }),
      arithmetic: msg('check.arith.quotaShort', { built: qText, needed: num(needed) }),
    };
  }
  if (cumulative || stock.kind === 'increase') return null;
  // The stock can lose items: run the model with the flow pinned to exactly the quota each year.
  const d = ind.dynamics;
  const loses =
    (d.kind === 'stock' && d.outflow !== undefined) ||
    (d.kind === 'cohort' && (d.life <= n || d.exit !== undefined));
  if (!loses) return null;
  const pinned: Actuals = {
    [quota.indicator]: Object.fromEntries(
      Array.from({ length: n }, (_, k) => [String(t0 + k + 1), quota.value]),
    ),
  };
  const r = runSync(
    plan,
    { format: SCENARIO_FORMAT, name: { zh: '年度任务恰好完成' }, actuals: pinned },
    { paths: 0, horizon: stock.year },
  );
  const reached = r.indicators[stock.indicator]?.deterministic[stock.year - t0];
  if (reached === undefined || !(reached < stock.value * (1 - 1e-9))) return null;
  const how =
    d.kind === 'cohort'
      ? msg('check.quota.howCohort', {
          life: d.life,
          renewal: ctx.describeFormula(d.renewal),
          exit: d.exit ? msg('check.quota.exit', { exit: ctx.describeFormula(d.exit) }) : '',
        })
      : msg('check.quota.howStock', {
          outflow: d.kind === 'stock' ? ctx.describeFormula(d.outflow ?? '') : '',
        });
  const baseNote =
    base && base.source !== 'plan'
      ? msg('check.quota.baseNote', {
          t0,
          base: num(base.value),
          source: sourceText(base),
          needed: num(stock.value - built),
        })
      : '';
  return {
    kind: 'quota-vs-stock',
    severity: 'warning',
    targets: [
      quota.id,
      stock.id,
      ...ctx.targets
        .filter(
          (t) =>
            t.indicator !== stock.indicator &&
            t.year === stock.year &&
            t.kind === 'increase' &&
            feedsFrom(ctx, t.indicator, quota.indicator),
        )
        .map((t) => t.id),
    ],
    sections: ctx.sections(quota, stock),
    message: msg('check.quota.shortfall', {
      quota: num(quota.value),
      n,
      built: num(built),
      indicator: named(ind),
      year: stock.year,
      reached: qty(reached, unit),
      stock: named(stock.target),
      stockValue: num(stock.value),
      how,
      baseNote,
    }),
    arithmetic: msg('check.arith.quotaPath', {
      built: qText,
      start: num(startsAt),
      added: num(built),
      ceiling: num(startsAt + built),
      year: stock.year,
      reached: num(reached),
      stock: num(stock.value),
    }),
  };
}

export function checkQuotas(ctx: CheckContext, relations: PlanRelation[]): Finding[] {
  return quotaPairs(ctx, relations)
    .map(({ quota, stock }) => quotaFinding(ctx, quota, stock))
    .filter((f): f is Finding => f !== null);
}

/** Whether a cumulative indicator's flow is the quota's indicator. */
function feedsFrom(ctx: CheckContext, id: string, flow: string): boolean {
  const d = ctx.indicator(id)?.dynamics;
  return d?.kind === 'cumulative' && formulaSymbols(d.flow).has(flow);
}
