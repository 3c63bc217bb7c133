// One value, read in its indicator's own unit (a share as a fraction), checked for what the indicator measures
// and against the scale the plan gives it: its base, else the figure the plan prints for it (a level target, a
// share target, a flow's pace a year). Refused where it cannot be what was meant (a share over 100 %, a count not
// whole, money 30 times off, anything a thousand times off, a share typed as a fraction), kept with the question
// where it may be. A pasted actual (readObservation) and a base typed on the page (checkEnteredValue) both come
// here, so the page's 录入基期 asks what the paste asks: it had saved 6500 (人) for a 万人 flow without a word.
import { type MessageArg, typed } from '../report/messages/message.ts';
import { parseUnit } from '../units/unitFactor.ts';
import type { IssuePlace } from './actualsIssue.ts';
import { COUNT_BASES } from './countBases.ts';
import type { IssueSink } from './issueSink.ts';
import type { IndicatorFacts } from './readObservation.ts';
import { slippedDecimal } from './slippedDecimal.ts';

/**
 * Whether the value is kept; what was found is added to `sink`. `raw`: the value as written, for its messages.
 * `asBase`: the value is the indicator's base itself (the plan gives none), so the share the plan aims at is
 * all it can be read against, and a share typed as a fraction against it (0.668 for 72%) is refused: taken as
 * 0.668%, every path and verdict would start from it. A pasted year keeps its note instead (bareShareSmall).
 */
export function checkValue(
  value: number,
  raw: string,
  id: string,
  facts: IndicatorFacts,
  place: IssuePlace,
  sink: IssueSink,
  asBase = false,
): boolean {
  return (
    plausible(value, raw, id, facts, place, sink) && questionScale(value, id, facts, place, sink, asBase)
  );
}

/** A fraction as a percentage, without binary noise (0.47 → "47"). */
export const pct = (fraction: number) => String(Number((fraction * 100).toPrecision(12)));

/** A share within 0–100 %, a count a whole number: otherwise refused with what was probably meant. */
function plausible(
  value: number,
  raw: string,
  id: string,
  facts: IndicatorFacts,
  place: IssuePlace,
  sink: IssueSink,
): boolean {
  if (facts.isShare(id) && (value < 0 || value > 1)) {
    sink.add('error', place, 'shareOutOfRange', { indicator: id, percent: pct(value) });
    return false;
  }
  const unit = parseUnit(facts.unit(id));
  if (
    unit.magnitude === 1 &&
    COUNT_BASES.has(unit.base) &&
    !facts.fractional(id) &&
    !Number.isInteger(value)
  ) {
    // "1.158" written the European way means 1158: say so when the digits after the dot are three.
    const european = /^\s*\d{1,3}(?:\.\d{3})+\s*$/.test(raw) ? raw.trim().replace(/\./g, '') : '';
    sink.add('error', place, 'notWholeCount', { indicator: id, unit: unit.base, value, whole: european });
    return false;
  }
  return true;
}

/** How far from its base a value may lie before it is questioned (kept either way). */
const SCALE_QUESTIONED = 30;

/** A value SCALE_QUESTIONED times its reference or more, or as many times less. */
const farFrom = (value: number, reference: number) =>
  Math.max(value / reference, reference / value) >= SCALE_QUESTIONED;

/**
 * A share read as a percentage (`value`, a fraction: 0.071% is 0.00071) that was most likely typed as a fraction
 * (0.071 for 7.1%): typed 1.5 or less, 30 times or more below its base `b`, and in line with it read ×100.
 */
export const typedAsFraction = (value: number, b: number | undefined) =>
  b !== undefined &&
  b > 0 &&
  value > 0 &&
  value <= 0.015 &&
  b / value >= SCALE_QUESTIONED &&
  !farFrom(value * 100, b);

/** An amount of money: 30 times off is a slipped unit or digit, not growth, and is refused. */
const isMoney = (unitBase: string) => unitBase === '元' || unitBase === '美元';

/**
 * A thousand times off is a unit slipped whatever the unit (人 for 万人 is 10⁴): no count grows so in a plan's
 * period, and 6200 (人) after 0.62 and 0.58 万人 had been kept and judged 提前实现 at 完成进度 206,706.7%.
 */
const UNIT_SLIP = 1000;
const refusedAt = (value: number, reference: number, unitBase: string) =>
  isMoney(unitBase) || Math.max(value / reference, reference / value) >= UNIT_SLIP;

/**
 * A value questioned where it is most likely a slip: an amount or count below zero (refused unless the indicator
 * is a difference), or one 30 times its base or
 * more (49000 万元 read as 4.9 亿元 beside a base of 430 亿元, 1e300). A pasted −500 or 1e300 had read "1 values
 * read" and nothing else. Kept with the question, except an amount in money 30 times off its base: a district's
 * output does not grow thirtyfold in a plan's period, so it is a unit or a digit slipped (3450000 万元 in the 亿元
 * row had been kept and judged 已完成, 完成进度 3,164,907%), and it is not used. Counts can (1 firm to 35). Returns
 * whether the value is kept.
 */
function questionScale(
  value: number,
  id: string,
  facts: IndicatorFacts,
  place: IssuePlace,
  sink: IssueSink,
  asBase: boolean,
): boolean {
  const unit = facts.unit(id);
  const base = parseUnit(unit).base;
  const amount = COUNT_BASES.has(base) || isMoney(base);
  // Quoted as entered, each language in its own units (6480000亿元, 648000 bn yuan).
  const shown = (v: number) => typed(v, unit, true);
  // A stock, a flow counted or an output cannot be negative: −5 高新技术企业 had been kept with a question and then
  // settled its target as 未完成 (a tester). One computed with a subtraction may be (净增), and keeps it.
  if (amount && value < 0) {
    const signed = facts.signed(id);
    sink.add(signed ? 'warning' : 'error', place, signed ? 'negativeAmount' : 'negativeAmountRefused', {
      indicator: id,
      value: shown(value),
    });
    return signed;
  }
  const b = facts.base(id);
  const stock = facts.stock(id);
  // A year's figure as large as the whole stock the plan prints (347 家 against 312 in 2020, for 每年新增30家) is
  // most likely that stock, pasted for the yearly figure: it had been read as 347 new firms, 完成进度 752%.
  if (stock && value >= stock.value / 2) {
    sink.add('warning', place, 'looksLikeStock', {
      indicator: id,
      value: shown(value),
      stock: shown(stock.value),
      year: stock.year,
    });
    return true;
  }
  if (b === undefined) return questionAgainstPlanFigure(value, id, facts, place, sink, shown, base, asBase);
  if (!(b > 0) || !(value > 0) || facts.isIndex(id)) return true;
  // A decimal point slipped: 4.25 for a 城镇化率 of 41.5% had been read without a word and judged 难以达成 at
  // −93.74% a year.
  const guess = slippedDecimal(value, b, unit);
  if (guess !== null) {
    sink.add('warning', place, 'decimalSlip', {
      indicator: id,
      value: shown(value),
      base: shown(b),
      guess: shown(guess),
    });
    return true;
  }
  // A share typed as a fraction (0.071 for 7.1%, read as 0.071%): 30 times or more below its base (6.5%), where
  // the fraction's own reading is in line with it. Kept, it had judged 严重滞后 and 倒退 on a note alone (a
  // tester); refused as a money amount 30 times off is, with what was most likely meant.
  if (base === '%' && typedAsFraction(value, b)) {
    sink.add('error', place, 'shareFractionRefused', {
      indicator: id,
      value: shown(value),
      guess: shown(value * 100),
      base: shown(b),
      times: SCALE_QUESTIONED,
    });
    return false;
  }
  if (base === '%' || !farFrom(value, b)) return true;
  const refused = refusedAt(value, b, base);
  sink.add(refused ? 'error' : 'warning', place, refused ? 'farFromBaseRefused' : 'farFromBase', {
    indicator: id,
    value: shown(value),
    base: shown(b),
    times: SCALE_QUESTIONED,
  });
  return !refused;
}

/**
 * With no base, the level the plan prints for the indicator is the scale: 5 万亿元 pasted for a pillar output the
 * plan puts at 607 亿元 in 2025 had been kept without a word, and the target read 已完成 on it. A figure the plan
 * only aims at is no base for a verdict, and is not used as one: it only tells a slipped unit (30 times or more
 * off), refused for money as against a base, kept with the question otherwise.
 */
function questionAgainstPlanFigure(
  value: number,
  id: string,
  facts: IndicatorFacts,
  place: IssuePlace,
  sink: IssueSink,
  shown: (v: number) => MessageArg,
  base: string,
  asBase: boolean,
): boolean {
  const printed = facts.printed(id);
  if (!printed || !(value > 0) || facts.isIndex(id)) return true;
  // A base share typed as a fraction, against the share the plan aims at (0.668, read as 0.668%, for a 城镇化率 of
  // 72% by 2025): refused as against a base, with the percentage most likely meant. Otherwise a share is not
  // questioned against a target: one can lie far below its own.
  if (base === '%') {
    if (!asBase || !typedAsFraction(value, printed.value)) return true;
    sink.add('error', place, 'shareFractionRefusedFigure', {
      indicator: id,
      value: shown(value),
      guess: shown(value * 100),
      figure: shown(printed.value),
      year: printed.year,
      times: SCALE_QUESTIONED,
    });
    return false;
  }
  if (!farFrom(value, printed.value)) return true;
  const refused = refusedAt(value, printed.value, base);
  if (printed.total !== undefined)
    sink.add(refused ? 'error' : 'warning', place, refused ? 'farFromPlanPaceRefused' : 'farFromPlanPace', {
      indicator: id,
      value: shown(value),
      figure: shown(Number(printed.value.toPrecision(4))),
      total: shown(printed.total),
      year: printed.year,
      times: SCALE_QUESTIONED,
    });
  else
    sink.add(
      refused ? 'error' : 'warning',
      place,
      refused ? 'farFromPlanFigureRefused' : 'farFromPlanFigure',
      {
        indicator: id,
        value: shown(value),
        figure: shown(printed.value),
        year: printed.year,
        times: SCALE_QUESTIONED,
      },
    );
  return !refused;
}
