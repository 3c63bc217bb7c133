// An actuals issue as a catalogue message: which entry a code takes (a variant when a parameter is absent)
// and how its parameters are written. The words are in the engine's one catalogue
// (engine/report/messages/actualsMessages.ts); the parser never writes prose.
import type { Lang } from '../report/lang.ts';
import { megabytes } from '../report/megabytes.ts';
import type { EngineMessageCode } from '../report/messages/catalogue.ts';
import {
  list,
  type Message,
  type MessageParams,
  msg,
  type Named,
  named,
  unit,
} from '../report/messages/message.ts';
import { wordsOf } from '../report/messages/wordsOf.ts';
import type { ActualsIssueCode, ActualsIssueParams } from './actualsIssue.ts';
import { REFUSES } from './actualsIssue.ts';

type Messages = { [C in ActualsIssueCode]: (p: ActualsIssueParams[C]) => Message };

const plain =
  <C extends ActualsIssueCode>(code: C) =>
  (p: ActualsIssueParams[C]): Message =>
    msg(`actuals.${code}` as EngineMessageCode, p as unknown as MessageParams);

const MESSAGES: Messages = {
  csv: plain('csv'),
  csvQuotes: plain('csvQuotes'),
  tooLarge: (p) => msg('actuals.tooLarge', megabytes(p.bytes, p.limitBytes)),
  empty: (p) => msg('actuals.empty', { source: p.source ?? msg('actuals.theInput') }),
  noHeader: plain('noHeader'),
  noHeaderRow: plain('noHeaderRow'),
  aboveHeader: plain('aboveHeader'),
  duplicateColumn: (p) => msg('actuals.duplicateColumn', { role: msg(`actuals.role.${p.role}`) }),
  unknownColumn: plain('unknownColumn'),
  yearInTwoColumns: plain('yearInTwoColumns'),
  notNumber: plain('notNumber'),
  badCommas: plain('badCommas'),
  textAfterNumber: plain('textAfterNumber'),
  textAfterPercent: plain('textAfterPercent'),
  notFinite: plain('notFinite'),
  letterForDigit: plain('letterForDigit'),
  approxFigure: plain('approxFigure'),
  conflictingUnits: (p) => msg('actuals.conflictingUnits', { units: list(p.units, 'actuals.sep.versus') }),
  bareShareSmall: plain('bareShareSmall'),
  percentUnitSmall: plain('percentUnitSmall'),
  unitNotConvertible: plain('unitNotConvertible'),
  indexNeedsRates: plain('indexNeedsRates'),
  bareIndexOrRate: (p) => msg(`actuals.bareIndexOrRate.${p.readAs}`, { indicator: p.indicator }),
  shareOutOfRange: plain('shareOutOfRange'),
  notWholeCount: (p) =>
    msg('actuals.notWholeCount', {
      indicator: p.indicator,
      // As a unit, so English names it (whole firms), where 家 had stood in an English sentence.
      unit: unit(p.unit),
      value: p.value,
      whole: p.whole ? msg('actuals.notWholeCount.whole', { whole: p.whole }) : '',
    }),
  yearImplausible: plain('yearImplausible'),
  yearNotYet: plain('yearNotYet'),
  farFromBase: plain('farFromBase'),
  decimalSlip: plain('decimalSlip'),
  decimalSlipYear: plain('decimalSlipYear'),
  farFromBaseRefused: plain('farFromBaseRefused'),
  shareFractionRefused: plain('shareFractionRefused'),
  shareFractionRefusedFigure: plain('shareFractionRefusedFigure'),
  farFromPlanFigure: plain('farFromPlanFigure'),
  looksLikeStock: plain('looksLikeStock'),
  farFromPlanFigureRefused: plain('farFromPlanFigureRefused'),
  farFromPlanPace: plain('farFromPlanPace'),
  farFromPlanPaceRefused: plain('farFromPlanPaceRefused'),
  flowOutlier: plain('flowOutlier'),
  stockJump: plain('stockJump'),
  valueApart: plain('valueApart'),
  negativeAmount: plain('negativeAmount'),
  negativeAmountRefused: plain('negativeAmountRefused'),
  blankBetween: plain('blankBetween'),
  yearBeforeBase: plain('yearBeforeBase'),
  yearAfterLast: plain('yearAfterLast'),
  tooManyCells: plain('tooManyCells'),
  valuesWithoutName: plain('valuesWithoutName'),
  unknownRowWithoutValues: plain('unknownRowWithoutValues'),
  ambiguousName: plain('ambiguousName'),
  unknownName: (p) =>
    p.suggestions.length > 0
      ? msg('actuals.unknownName.suggest', {
          suggestions: list(
            p.suggestions.map((name) => msg('actuals.suggestion', { name })),
            'actuals.sep.or',
          ),
        })
      : msg('actuals.unknownName'),
  targetNotLevel: (p) => {
    const text = msg(
      p.kind === 'increase' ? 'actuals.targetNotLevel.increase' : 'actuals.targetNotLevel.growth',
      { target: p.target, indicator: p.indicator },
    );
    return p.inflow ? msg('actuals.orInflow', { text, inflow: p.inflow }) : text;
  },
  notAYear: plain('notAYear'),
  notAYearLetter: plain('notAYearLetter'),
  conflictingDuplicates: (p) =>
    msg('actuals.conflictingDuplicates', {
      indicator: p.indicator,
      year: p.year,
      count: p.count,
      rows: list(
        [
          ...p.rows.map((r) => msg('actuals.duplicateRow', { row: r.row, raw: r.raw })),
          ...(p.count > p.rows.length ? [msg('actuals.moreRows', { n: p.count - p.rows.length })] : []),
        ],
        'sep.semi',
      ),
    }),
  repeatedSame: plain('repeatedSame'),
  enteredOverPublished: plain('enteredOverPublished'),
  ratesChained: (p) =>
    msg(
      p.mixed
        ? 'actuals.ratesChained.mixed'
        : p.falls
          ? 'actuals.ratesChained.falls'
          : 'actuals.ratesChained',
      {
        indicator: p.indicator,
        years: p.years,
        base: p.base,
      },
    ),
  rateChainGap: plain('rateChainGap'),
};

/** An indicator's name by its id, for the words (the issue's params keep the id). */
export type NameOf = (id: string) => Named | undefined;

/**
 * The issue's message, with "value/row refused" where the code refuses something. With `nameOf`, the
 * indicator it speaks of is named as the page names it, not by its id.
 */
export function actualsIssueMessage<C extends ActualsIssueCode>(
  code: C,
  params: ActualsIssueParams[C],
  nameOf?: NameOf,
): Message {
  const text = (MESSAGES[code] as (p: ActualsIssueParams[C]) => Message)(withName(params, nameOf));
  const refuses = REFUSES[code];
  return refuses ? msg('text.pair', { a: text, b: msg(`actuals.refused.${refuses}`) }) : text;
}

/** `params` with its indicator id replaced by the indicator's name, where there is one to give. */
function withName<P>(params: P, nameOf: NameOf | undefined): P {
  // The messages pass `indicator` (and a stock's `inflow`) on to msg() as it is, so a name argument renders
  // where the id did.
  const out = { ...params } as Record<string, unknown>;
  for (const key of ['indicator', 'inflow']) {
    const id = out[key];
    const name = typeof id === 'string' ? nameOf?.(id) : undefined;
    if (name) out[key] = named({ name });
  }
  return out as P;
}

export function actualsMessage<C extends ActualsIssueCode>(
  code: C,
  params: ActualsIssueParams[C],
  lang: Lang,
  nameOf?: NameOf,
): string {
  return wordsOf(lang, actualsIssueMessage(code, params, nameOf));
}
