// Consistency check of a plan's own targets: does its arithmetic hold together? Every check is driven by
// the plan's data — target kinds, indicator formulas and units, provenance, facts — and optional relations
// (see planRelations.ts); nothing is specific to one plan. Each finding names its targets and sections,
// states its severity and shows the arithmetic:
//   error    figures printed in the plan contradict each other outright, or a share's base is beyond 0–100%;
//   warning  the figures hold together only on a reading the plan does not state, or only by departing
//            from the model's assumptions or the plan's stated facts;
//   info     a value the figures imply that the plan does not print, worth checking against statistics,
//            or a figure stated twice with different values.
// The checks: checkRateVsTotal (rate-vs-total, implied-base), checkShares (share-denominators,
// share-vs-base, measure-mixing of shares), checkShareRange (share-out-of-range), checkParts (parts-vs-total,
// measure-mixing of parts), checkQuotas (quota-vs-stock), checkDuplicates, checkBaseFacts, checkStatistics
// (a published statistic against a derived or assumed figure), checkRateReading (the other reading of a 年均
// rate), checkOtherReadings (a published figure on another reading of a target).
// Findings do not depend on the language: each carries message codes (renderFindings.ts writes them out).
import type { Plan } from '../plan/planSchema.ts';
import type { PlanRelation } from '../plan/relationSchema.ts';
import { msg } from '../report/messages/message.ts';
import { checkBaseFacts } from './checkBaseFacts.ts';
import { checkDuplicates } from './checkDuplicates.ts';
import { checkOtherReadings } from './checkOtherReadings.ts';
import { checkParts } from './checkParts.ts';
import { checkQuotas } from './checkQuotas.ts';
import { checkRateReading } from './checkRateReading.ts';
import { checkRateVsTotal } from './checkRateVsTotal.ts';
import { checkShareRange } from './checkShareRange.ts';
import { checkShares } from './checkShares.ts';
import { checkStatistics } from './checkStatistics.ts';
import {
  type CheckContext,
  type Finding,
  type FindingKind,
  planCheckContext,
  type Severity,
} from './planCheckContext.ts';

export type { Finding, FindingKind, Severity } from './planCheckContext.ts';

export interface CheckPlanOptions {
  /** Relations the plan's data does not carry itself (merged with plan.relations, if the plan has them). */
  relations?: PlanRelation[];
}

export interface CheckPlanResult {
  findings: Finding[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The check as steps: it yields after gathering the plan's context and after each kind of check, so a caller
 * can let other work go first between them (the worker lets a planner's run go first: engineApi.ts).
 */
export function* checkPlanSteps(
  plan: Plan,
  options: CheckPlanOptions = {},
): Generator<void, CheckPlanResult> {
  const relations = [...plan.relations, ...(options.relations ?? [])];
  const ctx = planCheckContext(plan);
  const known = new Set(ctx.targets.map((t) => t.id));
  for (const r of relations) {
    const ids =
      r.kind === 'parts' ? [r.total, ...r.parts] : r.kind === 'share' ? [r.share] : [r.quota, r.stock];
    for (const id of ids)
      if (!known.has(id))
        throw new RangeError(`relation ${r.kind}: no quantitative target "${id}" in plan ${plan.meta.id}`);
  }
  yield;
  const checks: (() => Finding[])[] = [
    () => checkRateVsTotal(ctx),
    () => checkShareRange(ctx),
    () => checkShares(ctx, relations),
    () => checkParts(ctx, relations),
    () => checkQuotas(ctx, relations),
    () => checkDuplicates(ctx),
    () => checkBaseFacts(ctx),
    () => checkStatistics(ctx),
    () => checkRateReading(ctx),
    () => checkOtherReadings(ctx),
  ];
  const findings: Finding[] = [];
  for (const check of checks) {
    findings.push(...check().map((f) => withArithmeticUnit(ctx, f)));
    yield;
  }
  findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return { findings };
}

/** What a scaled money unit is, for a reader of English: the arithmetic's figures are in it. */
const SCALED_UNITS = {
  亿元: 'check.arith.unit.yiYuan',
  万元: 'check.arith.unit.wanYuan',
  亿美元: 'check.arith.unit.yiUsd',
  万美元: 'check.arith.unit.wanUsd',
} as const;

/** Findings whose arithmetic works in the indicators' own figures (607 ÷ 70% = 867.1), not in rates. */
const LEVEL_ARITHMETIC = new Set<FindingKind>([
  'share-denominators',
  'share-vs-base',
  'parts-vs-total',
  'implied-base',
  'base-vs-fact',
  'statistic-contradicts-derived',
]);

/**
 * The arithmetic keeps the plan's own figures (607 亿元 is 607), which in English sit beside quantities
 * converted to bn yuan (60.7): it says which unit its figures are in.
 */
function withArithmeticUnit(ctx: CheckContext, f: Finding): Finding {
  if (!LEVEL_ARITHMETIC.has(f.kind)) return f;
  // The unit of the first indicator involved that has one (a share's finding also names its numerator's).
  const ids = [
    ...(f.indicators ?? []),
    ...f.targets.map((id) => ctx.targets.find((t) => t.id === id)?.indicator),
  ];
  const unit = ids
    .map((id) => (id && ctx.indicator(id)?.unit) || '')
    .find((u): u is keyof typeof SCALED_UNITS => u in SCALED_UNITS);
  return unit
    ? {
        ...f,
        arithmetic: msg('check.arith.inUnit', { arithmetic: f.arithmetic, unit: msg(SCALED_UNITS[unit]) }),
      }
    : f;
}

export function checkPlan(plan: Plan, options: CheckPlanOptions = {}): CheckPlanResult {
  const steps = checkPlanSteps(plan, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
