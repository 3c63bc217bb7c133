// What the consistency checks read from a plan, gathered once: quantitative targets by indicator, base
// values with their provenance, the plan's deterministic path (for derived bases and to recognise
// indicators that are a growth ratio of another). Findings carry message codes with typed parameters
// (engine/report/messages/checkMessages.ts); the CLI and the page render them in either language.

import { normalizeName, splitNameAndUnit } from '../actuals/matchIndicator.ts';
import { knownBase } from '../plan/knownBase.ts';
import type { Indicator, Plan, Provenance, Target } from '../plan/planSchema.ts';
import { provenanceFigure } from '../plan/provenanceFigure.ts';
import { formula, type Message, type MessageArg, msg, named, num, pct } from '../report/messages/message.ts';
import { runSync } from '../run/run.ts';
import type { RunResult } from '../run/runTypes.ts';
import { convertUnit } from '../units/unitFactor.ts';

/** The plan's base-year fact about an indicator: id `<indicator>_<year>` or the same name, convertible units. */
export function baseFactFor(
  plan: Plan,
  indicator: Indicator,
): {
  value: number;
  kind: Provenance['kind'];
  text: string;
  fact: Plan['facts'][number];
} | null {
  const t0 = plan.meta.baseYear;
  const key = (x: string) => normalizeName(splitNameAndUnit(x).name);
  for (const f of plan.facts) {
    if (f.year !== t0) continue;
    const named =
      f.id === `${indicator.id}_${t0}` ||
      key(f.name.zh) === key(indicator.name.zh) ||
      (f.name.en !== undefined &&
        indicator.name.en !== undefined &&
        key(f.name.en) === key(indicator.name.en));
    if (!named) continue;
    const value = convertUnit(f.value, f.unit, indicator.unit);
    if (value === null) continue;
    const pr = f.provenance;
    const text = provenanceFigure(pr);
    return { value, kind: pr.kind, text, fact: f };
  }
  return null;
}

export type FindingKind =
  | 'rate-vs-total'
  | 'implied-base'
  | 'share-denominators'
  | 'share-vs-base'
  | 'parts-vs-total'
  | 'quota-vs-stock'
  | 'measure-mixing'
  | 'duplicate-targets'
  | 'base-vs-fact'
  | 'share-out-of-range'
  | 'statistic-contradicts-derived'
  | 'rate-reading'
  | 'other-reading';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** Ids of the targets involved. */
  targets: string[];
  /** Ids of the indicators a finding is about, where it names one (a base against a printed fact): the
   * indicator detail shows it beside the chart, which an indicator without targets would otherwise never. */
  indicators?: string[];
  /** Sections of the source document the targets come from. */
  sections: string[];
  message: Message;
  /** The arithmetic behind the message, step by step. */
  arithmetic: Message;
}

/** A quantitative target with a single threshold (a range's lower end). */
export interface NumTarget {
  target: Target;
  id: string;
  indicator: string;
  kind: Exclude<Target['kind'], 'qualitative'>;
  year: number;
  value: number;
}

export interface BaseValue {
  value: number;
  /** plan: printed in the plan; derived/assumption: as the plan data labels it; model: computed by the model. */
  source: Provenance['kind'] | 'model';
  /** A base-year fact of the plan that states the same value (e.g. derived "485.72 / 50.78%"), if any. */
  fact?: { kind: Provenance['kind']; text: string };
}

export interface CheckContext {
  plan: Plan;
  t0: number;
  det: RunResult;
  indicator: (id: string) => Indicator | undefined;
  targets: NumTarget[];
  targetsOn: (indicatorId: string) => NumTarget[];
  base: (indicatorId: string) => BaseValue | null;
  /** Deterministic value of an indicator in a year (NaN outside the run). */
  valueAt: (indicatorId: string, year: number) => number;
  /** A formula in words: a parameter's name and value when it is one, else the formula itself. */
  describeFormula: (formula: string) => MessageArg;
  sections: (...ts: NumTarget[]) => string[];
}

export function planCheckContext(plan: Plan): CheckContext {
  const t0 = plan.meta.baseYear;
  const targets: NumTarget[] = [];
  for (const t of plan.targets) {
    if (t.kind === 'qualitative' || t.indicator === undefined || t.value === undefined) continue;
    targets.push({
      target: t,
      id: t.id,
      indicator: t.indicator,
      kind: t.kind,
      year: t.year,
      value: Array.isArray(t.value) ? t.value[0] : t.value,
    });
  }
  const lastYear = Math.min(
    t0 + 100,
    Math.max(plan.meta.targetYear, ...targets.map((t) => t.year).filter((y) => y > t0)),
  );
  const det = runSync(plan, null, { paths: 0, horizon: lastYear });
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const byIndicator = new Map<string, NumTarget[]>();
  for (const t of targets) byIndicator.set(t.indicator, [...(byIndicator.get(t.indicator) ?? []), t]);
  const valueAt = (id: string, year: number) => det.indicators[id]?.deterministic[year - t0] ?? Number.NaN;
  return {
    plan,
    t0,
    det,
    indicator: (id) => indicators.get(id),
    targets,
    targetsOn: (id) => byIndicator.get(id) ?? [],
    base: (id) => {
      const ind = indicators.get(id);
      if (!ind) return null;
      const b = knownBase(ind);
      const observed = plan.observations?.find((o) => o.indicator === id && o.year === t0);
      const v = b ? b.value : valueAt(id, t0);
      if (!Number.isFinite(v)) return null;
      const source = b ? b.provenance.kind : observed ? observed.provenance.kind : 'model';
      const fact = baseFactFor(plan, ind);
      return fact && Math.abs(fact.value / v - 1) <= 0.005
        ? { value: v, source, fact: { kind: fact.kind, text: fact.text } }
        : { value: v, source };
    },
    describeFormula: (f) => {
      const p = plan.parameters.find((x) => x.id === f.trim());
      if (!p) return formula(f);
      const value = /%|比例|比率/.test(p.unit) ? pct(p.value.mean, 1) : num(p.value.mean);
      return msg('check.formulaParam', { name: named(p), value });
    },
    valueAt,
    sections: (...ts) => [
      ...new Set(
        ts
          .map((t) => (t.target.provenance.kind === 'plan' ? t.target.provenance.section : null))
          .filter((s): s is string => s !== null),
      ),
    ],
  };
}
