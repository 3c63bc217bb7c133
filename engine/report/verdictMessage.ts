// A verdict (engine/evaluate/verdictFor.ts) and what it rests on as catalogue messages: which entry each
// takes and how its numbers are written. The words are in engine/report/messages/verdictMessages.ts.
import { FLOW_OUTLIER_TIMES, perYear } from '../actuals/outlyingFlows.ts';
import type { QuestionedActual } from '../actuals/questionedActuals.ts';
import type { BaseSource } from '../evaluate/baseSourceOf.ts';
import { cagr } from '../evaluate/cagr.ts';
import type { Verdict, VerdictReason } from '../evaluate/verdictFor.ts';
import type { VerdictBasis } from '../run/runTypes.ts';
import { isPercentUnit } from './formatValue.ts';
import type { EngineMessageCode } from './messages/catalogue.ts';
import {
  list,
  type Message,
  type MessageArg,
  type MessageParams,
  msg,
  named,
  pct,
  prob,
  typed,
} from './messages/message.ts';

type Params = Verdict['params'];

/** A share as a whole percentage, or a dash when the number is unknown. */
const percent = (v: Params[string] | undefined): MessageArg => (typeof v === 'number' ? pct(v, 0) : '—');
/** P(met) as the tables write it ("<1%", not "0%"). */
const probability = (v: Params[string] | undefined): MessageArg => (typeof v === 'number' ? prob(v) : '—');
/**
 * A ratio to the planned path, with as many decimals as it takes not to read "100%" when it is not: a
 * latest actual at 99.7 % of the path is below it, and "below the path (100% of it)" contradicted itself.
 */
function pathRatio(v: Params[string] | undefined): MessageArg {
  if (typeof v !== 'number') return '—';
  let digits = 0;
  while (digits < 3 && v !== 1 && Math.round(v * 100 * 10 ** digits) === 100 * 10 ** digits) digits++;
  return pct(v, digits);
}
const count = (v: Params[string] | undefined): MessageArg => (typeof v === 'number' ? v : '—');

/**
 * What the target's year showed: the level, and for an increase or a growth rate the change from the base
 * that the target measures ("2025年实际为 820 家，较基期增加 169 家，未达到目标").
 */
function missedMessage(p: Params): Message {
  const { year, value, base, years, unit, measure } = p;
  if (measure === 'milestone') return msg('verdict.reason.missed.milestone', { year: count(year) });
  // A figure derived from published ones (a level from a published average growth) is not called actual.
  const seen = msg(p.derived ? 'verdict.seen.derived' : 'verdict.seen.actual');
  const { rangeLow, rangeHigh } = p;
  const close =
    p.derived && typeof rangeLow === 'number' && typeof rangeHigh === 'number' && typeof unit === 'string'
      ? msg('verdict.close.derivedRange', {
          low: { qty: rangeLow, unit, printed: true },
          high: { qty: rangeHigh, unit, printed: true },
        })
      : msg(p.derived ? 'verdict.close.derived' : 'verdict.close.actual');
  const whole = p.fractional ? { whole: false } : {};
  const level: MessageArg =
    typeof value === 'number' && typeof unit === 'string' ? { qty: value, unit, ...whole } : '—';
  if (typeof value === 'number' && typeof unit === 'string' && typeof base === 'number') {
    if (measure === 'increase')
      return msg('verdict.reason.missed.increase', {
        year: count(year),
        seen,
        close,
        value: level,
        delta: { qty: value - base, unit, ...whole },
      });
    // The rate as the target reckons it: compound, the total ÷ years, or the change over the period itself.
    if (measure === 'growth' && typeof years === 'number' && years > 0 && base > 0) {
      const change = value / base - 1;
      if (p.reading === 'change')
        return msg('verdict.reason.missed.change', {
          year: count(year),
          seen,
          close,
          value: level,
          rate: pct(change, 1),
        });
      const rate = p.reading === 'arithmetic' ? change / years : cagr(base, value, years);
      if (rate !== null)
        return msg('verdict.reason.missed.growth', {
          year: count(year),
          seen,
          close,
          value: level,
          rate: pct(rate, 1),
        });
    }
  }
  return msg('verdict.reason.missed.level', { year: count(year), seen, close, value: level });
}

/** Why pace and forecast disagree, as a message with the numbers in `params`. */
function reasonMessage(reason: VerdictReason, p: Params): Message {
  switch (reason) {
    case 'certificates-expire':
      return msg('verdict.reason.certificates-expire', { pace: percent(p.pace), life: count(p.life) });
    case 'quota-every-year': {
      const missed = Array.isArray(p.missedYears) ? p.missedYears : [];
      return missed.length > 0
        ? msg('verdict.reason.quota-every-year.missed', { years: missed })
        : msg('verdict.reason.quota-every-year');
    }
    case 'pace-linear-vs-compound':
      return msg('verdict.reason.pace-linear-vs-compound', { ratio: pathRatio(p.plannedPathRatio) });
    case 'latest-actual-below-path':
    case 'latest-actual-above-path':
      return msg(`verdict.reason.${reason}`, {
        ratio: pathRatio(p.plannedPathRatio),
        pMet: probability(p.pMet),
      });
    case 'target-year-missed':
      return missedMessage(p);
    case 'reached-early': {
      const args = { year: String(p.year), targetYear: String(p.targetYear) };
      const code = p.ceiling ? 'verdict.reason.within-cap' : 'verdict.reason.reached-early';
      return p.pMet === null || p.pMet === undefined
        ? msg(`${code}.noChance`, args)
        : msg(code, { ...args, pMet: probability(p.pMet) });
    }
    case 'no-record':
    case 'no-history':
      // A milestone's record is whether and when it was achieved, not a count a year.
      return msg(
        reason === 'no-record' && p.milestone
          ? 'verdict.reason.no-record.milestone'
          : `verdict.reason.${reason}`,
        {
          pMet: probability(p.pMet),
          name: { name: { zh: String(p.recordZh ?? ''), en: String(p.recordEn ?? p.recordZh ?? '') } },
        },
      );
    case 'forecast-differs-from-pace':
      return forecastMessage(p);
    default:
      return msg(`verdict.reason.${reason}`);
  }
}

/**
 * Pace and forecast disagree: what the forecast assumes for the years left, named (forecastAssumption.ts). A
 * rate or a mean reckoned from the actuals is said as one, with the years it spans, and a rate with two decimals
 * (7.99%, as the table's 已实现年均增速 gives it): rounded to 8%, the plan's own target, it had read as an
 * assumption of the plan's pace.
 */
function forecastMessage(p: Params): Message {
  const args = { pace: percent(p.pace), pMet: probability(p.pMet) };
  const { assumedMean: mean, assumedSd: sd } = p;
  if (typeof mean !== 'number' || typeof sd !== 'number')
    return msg('verdict.reason.forecast-differs-from-pace', args);
  const name = { name: { zh: String(p.assumedZh), en: String(p.assumedEn) } };
  // A result made before the unit was carried (a shipped 基准) held rates only.
  const unit = typeof p.assumedUnit === 'string' ? p.assumedUnit : '%/年';
  const rate = isPercentUnit(unit);
  // An average of whole counts is not one: 31.7 家/年, not 32.
  const figure = (v: number, digits: number): MessageArg =>
    rate ? pct(v, digits) : { qty: v, unit, whole: false };
  const levers = p.assumedLevers ? msg('verdict.reason.forecast.levers') : '';
  const { observedFrom: from, observedTo: to, observedReading: reading } = p;
  if (typeof from === 'number' && typeof to === 'number') {
    const observed = { ...args, name, levers, from, to, mean: figure(mean, 2), sd: figure(sd, 1) };
    return reading === 'mean'
      ? msg('verdict.reason.forecast-differs-from-pace.observedMean', observed)
      : msg('verdict.reason.forecast-differs-from-pace.observed', {
          ...observed,
          basis: msg(reading === 'odds' ? 'history.basis.odds' : 'history.basis.growth', { from, to }),
        });
  }
  return msg(
    p.assumedLevers
      ? 'verdict.reason.forecast-differs-from-pace.assumedLevers'
      : 'verdict.reason.forecast-differs-from-pace.assumed',
    { ...args, name, mean: figure(mean, 1), sd: figure(sd, 1) },
  );
}

/** "存在风险": the verdict's label alone (the page's badge); a default standing in for history says so. */
export function verdictLabelMessage(v: Verdict): Message {
  if (v.reason === 'no-history') return msg('verdict.no-history');
  if (v.reason === 'reached-early')
    return msg(v.params.ceiling ? 'verdict.within-cap' : 'verdict.reached-early');
  return msg(`verdict.${v.code}` as EngineMessageCode);
}

/** Why pace and forecast disagree (or why not comparable), or null when they agree. */
export function verdictReasonMessage(v: Verdict): Message | null {
  return v.reason ? reasonMessage(v.reason, v.params) : null;
}

/** "有望达成" or "存在风险：最新实际值低于计划路径…" — the label, and the reason when there is one; "力争 · …"
 *  for an aspirational target. */
/**
 * The verdict with its reason, marked 力争 when the target is aspirational and 约束性 when it is binding (a
 * planner's sheet said 约束性 and no page, file or report showed it).
 */
export function verdictMessage(
  v: Verdict,
  aspirational = false,
  nature: 'indicative' | 'binding' | null = null,
): Message {
  const label = verdictLabelMessage(v);
  const reason = verdictReasonMessage(v);
  const verdict = reason ? msg('verdict.withReason', { label, reason }) : label;
  const striven = aspirational
    ? msg('verdict.aspirational', { label: msg('verdict.aspirational.label'), verdict })
    : verdict;
  return nature === 'binding'
    ? msg('verdict.aspirational', { label: msg('verdict.binding.label'), verdict: striven })
    : striven;
}

/** "依据数据 (统计数据)": what the verdict rests on and where the base comes from ("基期待补" alone when unknown). */
export function basisMessage(t: {
  verdictBasis: VerdictBasis;
  baseSource?: BaseSource;
  questioned?: readonly QuestionedActual[];
  verdict?: { code: string };
}): Message {
  // A ratio whose parts are measured differently is not simulated as a share: no base would make it one, and
  // 基期待补 had sent staff to look for one (a tester).
  if (t.verdict?.code === 'not-comparable') return msg('verdict.basis.notComparable');
  const basis = msg(`verdict.basis.${t.verdictBasis}`);
  const sourced =
    t.baseSource === undefined || t.baseSource === 'unknown'
      ? basis
      : msg('verdict.basisWithSource', { basis, source: msg(`verdict.baseSource.${t.baseSource}`) });
  return t.questioned?.length ? questionedMessage(sourced, t.questioned) : sourced;
}

/**
 * What a year of a flow out of line was read against (an `outlier`, outlyingFlows): the plan's pace a year and
 * the median of the other years, in its unit said per year, and the rule's factor. Every view that marks it
 * says the same.
 */
export function outlierArgs(q: QuestionedActual): MessageParams {
  const unit = perYear(q.unit);
  return {
    pace: typed(q.against?.pace ?? Number.NaN, unit),
    others: typed(q.against?.others ?? Number.NaN, unit),
    step: typed(q.against?.step ?? Number.NaN, unit),
    times: FLOW_OUTLIER_TIMES,
  };
}

/** The values either side a stock's lone value (an `apart`, valuesApart) was read against, and the factor. */
export function apartArgs(q: QuestionedActual): MessageParams {
  return {
    before: typed(q.beside?.before ?? Number.NaN, q.unit),
    after: typed(q.beside?.after ?? Number.NaN, q.unit),
    times: FLOW_OUTLIER_TIMES,
  };
}

/** One entered value that looks mistyped, and why (questionedActuals). */
/** One entered value asked about, in words: its year, indicator, value as typed and why (with the guess). */
export function questionedItem(q: QuestionedActual): Message {
  // As typed, every digit kept (a figure rounded as the page rounds would hide the very digits in question):
  // 50.43 亿元, 4.25%; in English in the page's English units.
  const value = typed(q.value, q.unit);
  const at = { year: q.year, indicator: named(q), value };
  if (q.why === 'outlier') return msg('verdict.questioned.outlier', { ...at, ...outlierArgs(q) });
  if (q.why === 'jump') return msg('verdict.questioned.jump', { ...at, ...outlierArgs(q) });
  if (q.why === 'apart') return msg('verdict.questioned.apart', { ...at, ...apartArgs(q) });
  if (q.why === 'decimal') return msg('verdict.questioned.item', { ...at, guess: typed(q.guess, q.unit) });
  return Number.isFinite(q.guess)
    ? msg('verdict.questioned.stock', { ...at, guess: typed(q.guess, q.unit) })
    : msg('verdict.questioned.stockOnly', at);
}

/** A basis followed by the entered values it rests on that look mistyped (questionedActuals). */
export function questionedMessage(basis: Message, questioned: readonly QuestionedActual[]): Message {
  return msg('verdict.questioned', { basis, items: list(questioned.map(questionedItem), 'sep.enum') });
}
