// What reading a filled-in target table returns: targets in the extractor's shape (so the page reviews both
// the same way and the generator takes both), and every problem as a code with its row and column.
import type { BaseFact, Comparator, DraftKind, DraftValue } from '../extract/extractTypes.ts';

export interface TableTarget {
  /** 1-based row of the sheet, as the spreadsheet numbers it. */
  row: number;
  name: string;
  unit: string;
  baseYear: number | null;
  /** In `unit`; null when the cell is blank (基期待补). */
  base: number | null;
  year: number;
  /** In `unit`; null for a qualitative target. */
  value: DraftValue | null;
  kind: DraftKind | 'qualitative';
  comparator: Comparator;
  nature: 'indicative' | 'binding' | null;
  aspirational: boolean;
  /**
   * A total over the period, the sum of yearly figures: an increase printed in a table's brackets ([2600], 注：
   * [ ]内为五年累计数), as the text's 五年累计 is (GenerateTarget.total).
   */
  total?: true;
  section: string | null;
  /** The plan's wording (原文), '' when not given. */
  figure: string;
  /**
   * The row's target cell as the table gives it, with its name and unit (城镇调查失业率：5.5以内（%）): what a
   * target without 原文 cites, rather than a figure written from the value read ("5.5%" dropped its 以内).
   */
  cellsFigure: string;
  /** The row's 年均增长 column gave it (a rate row of its own), not its target-value column. */
  fromRateColumn?: true;
}

export type TableIssueCode =
  | 'empty-table'
  | 'no-header'
  | 'missing-column'
  | 'duplicate-column'
  | 'unknown-column'
  /** A year column besides the base's and the target's: not read (perhaps actuals, for 实施评估). */
  | 'unread-year-column'
  | 'extra-cells'
  | 'merged-cells'
  | 'example-row'
  | 'note-row'
  | 'bad-base'
  | 'missing-name'
  | 'missing-value'
  | 'missing-year'
  | 'missing-unit'
  | 'bad-number'
  | 'bad-range'
  | 'bad-year'
  | 'base-after-target'
  | 'bad-kind'
  | 'bad-comparator'
  | 'bad-nature'
  | 'bad-flag'
  | 'unit-mismatch'
  | 'unknown-unit'
  | 'below-base'
  /** Warning: a positive rate in a row whose name or 原文 says it falls, read as a fall (detail: the 类型). */
  | 'read-as-fall'
  /** Warning: an intensity's bracketed total in % with no verb (单位GDP能耗 〔14〕), read as its cut (detail: the figure). */
  | 'intensity-read-as-fall'
  /** Error: a verb in the value cell (新增3) says another kind than the 类型 column (detail: the 类型). */
  | 'verb-contradicts-kind'
  | 'not-xlsx'
  | 'file-too-large'
  | 'too-many-rows'
  /** Info: the targets were read from this sheet (value: its name), not the workbook's first. */
  | 'sheet-read';

export interface TableIssue {
  severity: 'error' | 'warning' | 'info';
  code: TableIssueCode;
  /** 1-based; null for the whole table. */
  row: number | null;
  /** 1-based; null for a whole row. */
  column: number | null;
  /** The column's header as written. */
  columnName: string | null;
  /** The cell as written. */
  value: string | null;
  /** Data for the message: a number reader's reason code (notNumber, letterForDigit …), the expected unit, a
   *  merged range (A3:A5). */
  detail?: string;
  /** With a number reader's reason, what it names: the text after the number, or the number meant (400). */
  detailText?: string;
}

/** A base fact read from a table row: `row` is its 1-based row of the sheet. */
export type TableBaseFact = BaseFact & { row: number };

export interface PlanTableResult {
  targets: TableTarget[];
  issues: TableIssue[];
  /**
   * Levels a row gives for its base year beside a rate alone (居民人均可支配收入 | 元 | 26850 | — | 7.5左右): a fact
   * the generator takes as the indicator's base level, as it takes the text's (its `offset` is -1: no text).
   */
  baseFacts?: TableBaseFact[];
  /** The table's name, from a row above its header (planTitle): offered as the saved plan's name. */
  title?: string;
}
