// What reading a pasted table of actuals found wrong or worth saying: a message code with its parameters and
// the place (row, column, cell). The words are in the engine's one catalogue (engine/report/messages/).
import type { Message, MessageArg } from '../report/messages/message.ts';

/** A value as entered, in its unit (typed(): each language writes it in its own units). */
type Typed = MessageArg;

/** A value read against the pace of a total over the period: the pace (`figure`) and the total it comes from. */
interface FarFromPace {
  indicator: string;
  value: Typed;
  figure: Typed;
  total: Typed;
  year: number;
  times: number;
}

export type IssueSeverity = 'error' | 'warning' | 'info';

/** Every message code with the parameters it is rendered from. */
export interface ActualsIssueParams {
  csv: { detail: string };
  csvQuotes: Record<string, never>;
  tooLarge: { bytes: number; limitBytes: number };
  empty: { source: string | null };
  noHeader: Record<string, never>;
  noHeaderRow: Record<string, never>;
  aboveHeader: Record<string, never>;
  duplicateColumn: { role: 'indicator' | 'year' | 'value' | 'unit' };
  unknownColumn: Record<string, never>;
  yearInTwoColumns: { year: number };
  notNumber: Record<string, never>;
  badCommas: Record<string, never>;
  textAfterNumber: { text: string };
  textAfterPercent: { text: string };
  notFinite: Record<string, never>;
  letterForDigit: { text: string };
  /** Kept: 约120 or 120左右, read as 120. */
  approxFigure: Record<string, never>;
  conflictingUnits: { units: string[] };
  bareShareSmall: { value: number; percent: string; indicator: string };
  percentUnitSmall: { value: number; percent: string; indicator: string; unit: string };
  unitNotConvertible: { unit: string; indicator: string; target: string };
  /** A level in a unit (元) for an indicator simulated as an index of a rate-only target: its rates are asked for. */
  indexNeedsRates: { unit: string; indicator: string };
  shareOutOfRange: { indicator: string; percent: string };
  notWholeCount: { indicator: string; unit: string; value: number; whole: string };
  yearImplausible: { year: number; first: number; last: number };
  /** A year after the one we are in: nothing can have been observed in it (2031 typed for 2021). */
  yearNotYet: { year: number; now: number };
  /** Kept, with a question: a value 30 times its base or more, either way (a unit taken wrongly, a typo). */
  farFromBase: { indicator: string; value: Typed; base: Typed; times: number };
  /** Refused: an amount of money 30 times off its base, a unit or a digit slipped (万元 in the 亿元 row). */
  farFromBaseRefused: { indicator: string; value: Typed; base: Typed; times: number };
  /** Refused: a share typed as a fraction (0.071 for 7.1%), read as a percentage 30 times or more below its base. */
  shareFractionRefused: { indicator: string; value: Typed; guess: Typed; base: Typed; times: number };
  /**
   * Refused: the same with no base, against the share the plan aims at (0.668, read as 0.668%, for a 城镇化率 of 72%
   * by 2025).
   */
  shareFractionRefusedFigure: {
    indicator: string;
    value: Typed;
    guess: Typed;
    figure: Typed;
    year: number;
    times: number;
  };
  /**
   * Kept, with a question: with no base to read it against, a value 30 times or more off the level the plan prints
   * for the indicator (a level target), either way.
   */
  farFromPlanFigure: { indicator: string; value: Typed; figure: Typed; year: number; times: number };
  /** Refused: the same for an amount of money (5 万亿元 pasted for an output the plan puts at 607 亿元 in 2025). */
  farFromPlanFigureRefused: { indicator: string; value: Typed; figure: Typed; year: number; times: number };
  /**
   * With no base: a value 30 times or more off the yearly pace of a total the plan prints over its period
   * (固定资产投资五年累计1500亿元: 300 亿元 a year). Kept with the question, refused for money or a unit slip.
   */
  farFromPlanPace: FarFromPace;
  farFromPlanPaceRefused: FarFromPace;
  /** Kept, with a question: a yearly figure half the total the plan prints under its name or more (the total pasted). */
  looksLikeStock: { indicator: string; value: Typed; stock: Typed; year: number };
  /** Kept, with a question: a value five times off its base or more that moved a decimal point lands near. */
  decimalSlip: { indicator: string; value: Typed; base: Typed; guess: Typed };
  /** Kept, with a question: a value that moved decimal point lands near the year before it (slipsInSeries). */
  decimalSlipYear: { indicator: string; value: Typed; year: number; against: Typed; guess: Typed };
  /**
   * Kept, with a question: a year of a flow `times` or more both the plan's pace a year and the median of its
   * other years (outlyingFlows): 90 专精特新 after 8 and 12, against a quota of 8.
   */
  flowOutlier: { indicator: string; value: Typed; year: number; pace: Typed; others: Typed; times: number };
  stockJump: {
    indicator: string;
    value: Typed;
    year: number;
    step: Typed;
    pace: Typed;
    others: Typed;
    times: number;
  };
  /** Kept, with a question: a stock's value `times` or more off both neighbours, which agree (valuesApart). */
  valueApart: { indicator: string; value: Typed; year: number; before: Typed; after: Typed; times: number };
  /** Kept, with a question: an amount or a count below zero. */
  negativeAmount: { indicator: string; value: Typed };
  /** Refused: an amount or a count below zero where none can be (a stock, a counted flow, an output). */
  negativeAmountRefused: { indicator: string; value: Typed };
  /** An entered value that replaces a different published statistic the plan carries: used, and said. */
  enteredOverPublished: { indicator: string; year: number; value: Typed; published: Typed; source: string };
  /** A year left blank between two years given: no data for it, the run bridges it. */
  blankBetween: { indicator: string; year: number };
  yearBeforeBase: { year: number; base: number };
  yearAfterLast: { year: number; last: number };
  tooManyCells: { cells: number; columns: number };
  valuesWithoutName: Record<string, never>;
  unknownRowWithoutValues: Record<string, never>;
  ambiguousName: { ids: string[] };
  unknownName: { suggestions: string[] };
  /** `inflow`: the stock's yearly inflow indicator, where yearly 新增 figures can go instead. */
  targetNotLevel: { target: string; indicator: string; kind: 'increase' | 'growth'; inflow?: string };
  notAYear: Record<string, never>;
  /** A year with a letter O or l for a digit (2O24): `text`, the year it would be. */
  notAYearLetter: { text: string };
  /** `rows`: the first few rows in conflict; `count`: how many there are. */
  conflictingDuplicates: {
    indicator: string;
    year: number;
    count: number;
    rows: { row: number; raw: string }[];
  };
  repeatedSame: { indicator: string; year: number };
  /** Yearly growth rates given for a rate-only indicator (an index, base year = 1), chained into it. */
  /** `falls`: positive figures read as falls; `mixed`: a falling indicator's rates of both signs, read signed. */
  ratesChained: { indicator: string; years: string; base: number; falls: boolean; mixed: boolean };
  /**
   * Kept, with a question: a falling index's bare figures, read by their size as its index (0.97) or as yearly
   * falls (0.41), that could as well be the other, or its level in a unit (吨标准煤/万元) it cannot take.
   */
  bareIndexOrRate: { indicator: string; readAs: 'index' | 'rates' };
  /** A year's rate that cannot be chained: an earlier year's is missing. */
  rateChainGap: { indicator: string; year: number; missing: number; first: number };
}

export type ActualsIssueCode = keyof ActualsIssueParams;

/** Codes of refused cells and rows carry "value/row refused" in their rendering; this says which. */
export const REFUSES: Partial<Record<ActualsIssueCode, 'value' | 'row' | 'all'>> = {
  notNumber: 'value',
  badCommas: 'value',
  textAfterNumber: 'value',
  textAfterPercent: 'value',
  notFinite: 'value',
  letterForDigit: 'value',
  conflictingUnits: 'value',
  unitNotConvertible: 'value',
  indexNeedsRates: 'value',
  shareOutOfRange: 'value',
  notWholeCount: 'value',
  yearImplausible: 'value',
  yearNotYet: 'value',
  farFromBaseRefused: 'value',
  shareFractionRefused: 'value',
  shareFractionRefusedFigure: 'value',
  farFromPlanFigureRefused: 'value',
  farFromPlanPaceRefused: 'value',
  negativeAmountRefused: 'value',
  tooManyCells: 'row',
  valuesWithoutName: 'row',
  ambiguousName: 'row',
  unknownName: 'row',
  targetNotLevel: 'row',
  notAYear: 'row',
  notAYearLetter: 'row',
  conflictingDuplicates: 'all',
  rateChainGap: 'value',
};

interface IssueBase {
  severity: IssueSeverity;
  /** 1-based row of the input (as a spreadsheet numbers it); null for the whole input. */
  row: number | null;
  /** 1-based column; null for a whole row. */
  column: number | null;
  /** The column's header as written, when there is one. */
  columnName: string | null;
  /** The cell as written. */
  value: string | null;
  /** The issue as a catalogue message (actualsMessage.ts): what the page renders, in its own language. */
  what: Message;
  /** The message in English (the CLI's wording); the code where no catalogue is loaded (the page's worker). */
  message: string;
  /** The same in Chinese (the CLI's Chinese output); the code where no catalogue is loaded. */
  messageZh: string;
}

/** One issue: its code and parameters, and the same rendered in both languages. */
export type ActualsIssue = {
  [C in ActualsIssueCode]: IssueBase & { code: C; params: ActualsIssueParams[C] };
}[ActualsIssueCode];

/** Where an issue is: a row, and a column with its header when there is one. */
export interface IssuePlace {
  row: number | null;
  column: { index: number; header: string } | null;
  value: string | null;
}
