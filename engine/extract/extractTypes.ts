import type { TableIssue } from '../table/tableTypes.ts';

// The data the text extractor returns. Values are as printed (10万户 → value 10, unit 万户); the page and
// the model generator convert units, the extractor never does.

/** How a target's figure is to be met. `range` carries both ends in `value`. */
export type Comparator = '>=' | '>' | '<=' | '<' | '~=' | 'range';

/**
 * What the figure measures: a level at the target year, an annual rate, a rate over the whole period, an
 * increase of a count over the period, a per-year quota, a change in percentage points, a share, or a
 * yes/no milestone (打造成国家级孵化器: value 1, no number printed).
 */
export type DraftKind =
  | 'level'
  | 'growth'
  | 'cumulative-growth'
  | 'increase'
  | 'quota'
  | 'pp-change'
  | 'share'
  | 'milestone';

/** A number or, for a range (3-5家), its two ends. */
export type DraftValue = number | [number, number];

export interface DraftTarget {
  /** The indicator phrase, e.g. 社会消费品零售总额. */
  name: string;
  /** The figure exactly as printed, e.g. 1000亿元以上; `text.slice(offset, offset + figure.length) === figure`. */
  figure: string;
  offset: number;
  /** As printed; a decrease (下降3%) is a negative change. */
  value: DraftValue;
  /** As printed: 亿元, 万户, %, 个百分点 … */
  unit: string;
  comparator: Comparator;
  kind: DraftKind;
  /** The year the target is for; null when the text gives none. */
  year: number | null;
  /** The base when printed with the target (从107家增加到500家 → 107), in the same unit; else null. */
  base: number | null;
  /** That base as the sentence prints it (由2020年的156家), which its provenance quotes: it had quoted the target's
   *  own figure (260家) as the base's. */
  baseText?: string;
  /** 力争: a stretch target, shown and counted apart. */
  aspirational: boolean;
  /** The headings the figure sits under, outermost first, joined by " · "; null before any heading. */
  section: string | null;
  /** A row of a table in the text: the year its base is for (2025年基期), its base as printed (规上工业增加值
   *  2025年基期 318), and 预期性/约束性. */
  baseYear?: number | null;
  baseFigure?: string;
  nature?: 'indicative' | 'binding' | null;
  /** A total over the period, the sum of yearly figures (技术合同成交额五年累计达到60亿元): an `increase` whose
   *  yearly figures add up to it, needing no stock at the base year. */
  total?: true;
}

/** A figure about the past (截至2020年底…, 是2015年的2.19倍): a fact the plan states, not a target. */
export interface BaseFact {
  name: string;
  figure: string;
  offset: number;
  value: DraftValue;
  unit: string;
  comparator: Comparator;
  /** The year the fact is about; null when only a past period (十三五期间) is named. */
  year: number | null;
  section: string | null;
}

/** Targets a plan text or table may yield at most (the Yaohai plan states 67): more is refused whole. */
export const MAX_TARGETS = 500;

/** Problems are codes with data; the CLI and the page word them. */
export type ExtractMessage =
  | { code: 'empty-text' }
  | { code: 'no-targets' }
  | { code: 'text-too-large'; bytes: number; limitBytes: number }
  | { code: 'too-many-targets'; found: number; limit: number }
  /** A figure with a letter typed for a digit (1O00家), not read as a target: `meant` is the likely figure. */
  | { code: 'mistyped-figure'; line: number; figure: string; meant: string }
  /** A comparison stated without a figure (增速快于城镇居民), beside the targets: not read as one. */
  | { code: 'unquantified-comparison'; line: number; text: string }
  /** A figure said against another indicator (高于城镇居民1个百分点): not an indicator's target. */
  | { code: 'relative-comparison'; line: number; text: string }
  /** A bare 累计 before a count (cumulativeCount): 累计建成…个 read as the count standing at the target year
   *  (to-date), 累计培育…家 as the rise within the plan's years (in-period); plans use both. */
  | { code: 'total-to-date' | 'total-in-period'; line: number; text: string }
  /** A problem in a table inside the text (a refused row, a warning), at `line` of the text (1-based). */
  | { code: 'table-issue'; line: number; issue: TableIssue };

export interface ExtractOptions {
  /** The plan's target year: what "十四五"末, 期末, 规划期末 mean. Inferred from the text when absent. */
  targetYear?: number;
  /** Texts above this many UTF-8 bytes are refused (default 2 MB). */
  maxBytes?: number;
}

export interface ExtractResult {
  targets: DraftTarget[];
  baseFacts: BaseFact[];
  /** The target year used (given or inferred); null when none could be inferred. */
  targetYear: number | null;
  messages: ExtractMessage[];
  /** The plan's name, when its first lines give one (planTitle): offered as the saved plan's name. */
  title?: string;
}
