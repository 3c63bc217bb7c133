// A default growth that says "when no history is given" gives way to the history once it is given. A plan
// generated from a district's text grows each indicator at a labelled 5% ± 3% a year; once the planner enters
// 2026–2027 figures rising 9.4% a year, a forecast still at 5% called every target 难以达成 beside a pace on
// plan, on an assumption whose own words no longer held. The observed average growth from the base to the
// latest observation replaces the default's mean (its spread kept), and the run lists it: a reckoned rate,
// said as one, which a planner can still overrule in the scenario.
//
// One year is not a trend: a single 2025–2026 change of +21.9% had been carried four years ahead and read
// >99% 依据数据 (冯工). The history replaces the default from two years of change on; one year is said, and the
// default (an assumption, labelled) stays.
//
// Three readings of the observed growth, after how the generator models an indicator:
// - `growth`: a level growing at the parameter: the rate is the level's average growth.
// - `odds`: a share whose odds s/(1 − s) grow at the parameter (the share is derived from them): the rate is
//   the odds' average growth, from the observed shares.
// - `entry`: a stock with entries and exits in proportion to it: the entry rate is the stock's average net
//   growth plus the exit rate, so the net growth continues (a 高企 count rising 10.3% a year had been
//   forecast at the default 12% in − 6% out, and read 难以达成 beside a pace on plan).
// A growth written `rate − helper`, where the helper is a derived `year > Y ? … : 0` (Yaohai's post-plan
// slowdown), reads as `rate` alone over history up to Y: 每万人发明专利 entered at 11.8% a year had stayed on its
// stand-in 8% and read 难以达成 beside a pace 基本符合预期 (孙科长).
import { engineMath } from '../compile/wasm/engineMath.ts';
import { dynamicsFormulas } from '../plan/checkPlanReferences.ts';
import { oddsOf, oddsPart } from '../plan/oddsPart.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { Scenario } from '../plan/scenarioSchema.ts';
import type { Uncertain } from '../plan/uncertainSchema.ts';

export interface HistoryRate {
  parameter: string;
  /** The indicator observed (for `odds`, the share, not its odds). */
  indicator: string;
  /** The base year and the latest observed year the rate joins. */
  from: number;
  to: number;
  /** How the parameter follows from the observed growth (see above). */
  reading: 'growth' | 'odds' | 'entry';
  /** (latest ÷ base)^(1 / years) − 1, of the level, or of a share's odds. */
  observed: number;
  /** The exit rate added to the observed growth (`entry` only). */
  exit?: number;
  /**
   * Where the exit rate comes from: the scenario's own value, or the plan parameter's provenance (a generated
   * plan's 6% is an assumption). Said beside it, so the sum is not read as all observed (`entry` only).
   */
  exitFrom?: ExitFrom;
  /**
   * A share's figures the odds' rate is read from (`odds` only), as observed: said in points a year, since the
   * rate of its odds s/(1−s) means nothing to a planner (2.92% a year of 2.6% → 2.75%).
   */
  shares?: { from: number; to: number };
  /** The parameter's new mean: `observed`, plus `exit` for an entry rate. */
  rate: number;
  /** Years entered but questioned (questionedActuals), left out of the rate. */
  skipped?: number[];
  /** The default it replaced. */
  replaced: Uncertain;
}

export type ExitFrom = 'scenario' | Plan['parameters'][number]['provenance']['kind'];

/** Years of change, from the base to the latest observation, before the history replaces a default. */
export const HISTORY_YEARS = 2;

export interface HistoryRates {
  /** The defaults the history replaced. */
  used: HistoryRate[];
  /** Observed over fewer than HISTORY_YEARS years: said, the default kept (`replaced` is then the one in force). */
  tooShort: HistoryRate[];
}

type Indicator = Plan['indicators'][number];

/**
 * The rates to use in place of `untilHistory` defaults, from the observed `actuals` (indicator id → year index →
 * value, year index 0 the base year), before any gap between them is filled; and those observed too briefly.
 */
export function historyRates(
  plan: Plan,
  scenario: Scenario | null,
  years: readonly number[],
  actuals: ReadonlyMap<string, ReadonlyMap<number, number>>,
  questioned: readonly { indicator: string; year: number }[] = [],
): HistoryRates {
  const out: HistoryRates = { used: [], tooShort: [] };
  if (actuals.size === 0) return out;
  for (const p of plan.parameters) {
    if (!p.untilHistory || scenario?.parameters?.[p.id] !== undefined) continue;
    const found = drivenBy(plan, p.id);
    if (!found) continue;
    const { ind, reading, exit, zeroUntil } = found;
    // A share is observed as the share; its odds are what the parameter grows.
    const observedAs = reading === 'odds' ? shareOf(plan, ind.id) : ind;
    const toModel = reading === 'odds' ? oddsOf : (v: number) => v;
    const seen = observedAs && actuals.get(observedAs.id);
    // The base year's own actual, where one is entered, as the run pins it: a planner's 86 for 2025 had left
    // 专精特新 on the default rates beside 95 and 104 entered for the years after.
    if (!seen) continue;
    const atBase = seen.get(0);
    // A value questioned as a likely slip (47.2 after 450 and 510 亿元) is left out of the rate, and said: kept,
    // it had set the years ahead at −66% a year, a reckoned assumption no planner could defend (a tester).
    const asked = new Set(
      questioned.filter((q) => q.indicator === observedAs!.id).map((q) => years.indexOf(q.year)),
    );
    const observedYears = [...seen.keys()]
      .filter((k) => k > 0 && Number.isFinite(seen.get(k)!) && !asked.has(k))
      .sort((a, b) => a - b);
    const skipped = [...asked].filter((k) => k > 0 && seen.has(k)).map((k) => years[k]!);
    // A base the plan does not give (a yearly flow's 2020 figure, 基期待补) leaves the first year entered to start
    // from: 城镇就业 entered as 0.65, 0.6, 0.58 万人 a year had stayed on the default +5% a year, and a five-year
    // total read 93% 依据数据 on it.
    const start =
      (atBase !== undefined && Number.isFinite(atBase)) || (ind.base && 'value' in ind.base)
        ? 0
        : (observedYears[0] ?? 0);
    const base =
      start > 0
        ? toModel(seen.get(start)!)
        : atBase !== undefined && Number.isFinite(atBase)
          ? toModel(atBase)
          : ind.base && 'value' in ind.base
            ? ind.base.value
            : undefined;
    if (base === undefined || !(base > 0)) continue;
    const latest = Math.max(0, ...observedYears);
    const value = latest > start ? toModel(seen.get(latest)!) : Number.NaN;
    if (!(value > 0) || years[latest]! > zeroUntil) continue;
    // The engine's pow: the same figures give the same rate in every browser.
    const observed = engineMath().pow(value / base, 1 / (latest - start)) - 1;
    const exitMean = exit === undefined ? undefined : meanOf(plan, scenario, exit);
    if (reading === 'entry' && exitMean === undefined) continue;
    out[latest - start < HISTORY_YEARS ? 'tooShort' : 'used'].push({
      parameter: p.id,
      indicator: observedAs!.id,
      from: years[start]!,
      to: years[latest]!,
      reading,
      observed,
      ...(reading === 'odds' ? { shares: { from: base / (1 + base), to: seen.get(latest)! } } : {}),
      ...(exitMean === undefined ? {} : { exit: exitMean, exitFrom: exitFrom(plan, scenario, exit!) }),
      rate: observed + (exitMean ?? 0),
      replaced: p.value as Uncertain,
      ...(skipped.length > 0 ? { skipped: skipped.sort((a, b) => a - b) } : {}),
    });
  }
  return out;
}

/**
 * How the history would read for parameter `id` (see the readings above), before any is entered: the report says
 * what an unset default gives way to. Null when the parameter drives no one indicator the history can read.
 */
export function historyReading(plan: Plan, id: string): HistoryRate['reading'] | null {
  return drivenBy(plan, id)?.reading ?? null;
}

/** The one indicator the parameter drives, and how: its growth rate, or a stock's entry rate beside an exit rate. */
function drivenBy(
  plan: Plan,
  id: string,
): { ind: Indicator; reading: HistoryRate['reading']; exit?: string; zeroUntil: number } | null {
  const named = wordOf(id);
  const uses = plan.indicators.filter((i) =>
    Object.values(dynamicsFormulas(i.dynamics)).some((f) => named.test(f)),
  );
  if (uses.length !== 1) return null;
  const ind = uses[0]!;
  const d = ind.dynamics;
  const reading = () => (shareOf(plan, ind.id) ? 'odds' : 'growth');
  if (d.kind === 'growth' && d.rate === id) return { ind, reading: reading(), zeroUntil: Infinity };
  const minus = d.kind === 'growth' ? /^(\w+) - (\w+)$/.exec(d.rate.trim()) : null;
  const zeroUntil = minus?.[1] === id ? zeroThrough(plan, minus[2]!) : undefined;
  if (zeroUntil !== undefined) return { ind, reading: reading(), zeroUntil };
  // entry · prev(stock) in, exit · prev(stock) out, as the generator writes a stock.
  const prev = `prev(${ind.id})`;
  const inflow = d.kind === 'stock' ? /^(\w+) \* prev\((\w+)\)$/.exec(d.inflow) : null;
  const outflow = d.kind === 'stock' && d.outflow ? /^(\w+) \* prev\((\w+)\)$/.exec(d.outflow) : null;
  if (inflow?.[1] === id && inflow[0].endsWith(prev) && outflow && outflow[0].endsWith(prev))
    return { ind, reading: 'entry', exit: outflow[1]!, zeroUntil: Infinity };
  return null;
}

/** The last year a derived `year > Y ? … : 0` helper is zero (Y), or undefined for any other indicator. */
function zeroThrough(plan: Plan, id: string): number | undefined {
  const d = plan.indicators.find((i) => i.id === id)?.dynamics;
  const m = d?.kind === 'derived' ? /^year > (\d{4}) \? \w+ : 0$/.exec(d.formula.trim()) : null;
  return m ? Number(m[1]) : undefined;
}

/**
 * `id` as a whole word of a formula's text: a scenario's check resolves the history before the plan is compiled,
 * and a parse here would be every formula's second (parsedOnce.test.ts). A word that is not a symbol (a
 * function's name) can only make two users of one, and the default stays.
 */
export function wordOf(id: string): RegExp {
  return new RegExp(`(?<![\\w.])${id}(?!\\w)`);
}

/** The share computed from these odds alone (odds / (1 + odds), see oddsPart). */
export function shareOf(plan: Plan, odds: string): Indicator | undefined {
  return plan.indicators.find((i) => i.dynamics.kind === 'derived' && oddsPart(i.dynamics.formula) === odds);
}

/** Where a parameter's value in force comes from: the scenario's own, else the plan's provenance. */
function exitFrom(plan: Plan, scenario: Scenario | null, id: string): ExitFrom {
  if (scenario?.parameters?.[id] !== undefined) return 'scenario';
  return plan.parameters.find((p) => p.id === id)!.provenance.kind;
}

/** A parameter's mean as the run takes it: the scenario's value, else the plan's. */
function meanOf(plan: Plan, scenario: Scenario | null, id: string): number | undefined {
  const v = scenario?.parameters?.[id] ?? plan.parameters.find((p) => p.id === id)?.value;
  if (v === undefined) return undefined;
  return typeof v === 'number' ? v : (v as Uncertain).mean;
}
