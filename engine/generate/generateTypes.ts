// What the plan generator takes and returns. Its input is a target list from the text extractor or from the
// target table (both fit GenerateTarget); its output is an ordinary plan file and the list of targets it
// could not simulate, with the reason.
import type * as z from 'zod';
import type { BaseFact, Comparator, DraftKind, DraftValue } from '../extract/extractTypes.ts';
import type { planSchema } from '../plan/planSchema.ts';

export interface GenerateTarget {
  name: string;
  /** As printed (原文); '' when a table row gave none. */
  figure: string;
  value: DraftValue | null;
  unit: string;
  comparator: Comparator;
  kind: DraftKind | 'qualitative';
  /** null: the plan's target year. */
  year: number | null;
  /** Printed or entered, in `unit` (or `baseUnit`); null when unknown (基期待补). */
  base: number | null;
  /** The unit of a base typed beside a rate (普惠小微贷款余额 120亿元 beside 年均增长15%): the level's unit,
   * which the rate's own (%) does not give. The indicator is then that level, not an index. */
  baseUnit?: string;
  /** The base was typed by the planner (the import's review), not read from the text: its provenance is
   *  `entered`, whatever the target's printed figure says. */
  baseEntered?: boolean;
  /** The value was changed by the planner in the import's review: the target is `entered`, its note citing
   *  the figure the plan printed, which no longer says what is judged. */
  valueEntered?: boolean;
  /** The base as a table of the plan prints it (规上工业增加值 2025年基期 318): its provenance's figure. */
  baseFigure?: string;
  /** The base as the target's sentence prints it (由2020年的156家): its provenance's figure. */
  baseText?: string;
  baseYear?: number | null;
  aspirational: boolean;
  section: string | null;
  nature?: 'indicative' | 'binding' | null;
  /** The table row it came from, for provenance notes. */
  row?: number;
  /** A table row's target cell as given, cited when the row has no 原文 (TableTarget.cellsFigure). */
  cellsFigure?: string;
  /** A total over the period, the sum of yearly figures (五年累计…, DraftTarget.total). */
  total?: boolean;
}

export interface GenerateOptions {
  id?: string;
  title?: string;
  region?: string;
  baseYear?: number;
  targetYear?: number;
  /** Facts printed with the targets (截至2020年底…): a fact in the base year with a target's name and unit
   * becomes that indicator's base. */
  facts?: BaseFact[];
  /** Where the targets came from, for provenance: the document's title. */
  document?: string;
}

/** A target the generated plan shows but does not simulate, and why. */
export interface PendingTarget {
  targetId: string;
  name: string;
  reason: 'year-outside-plan' | 'qualitative' | 'no-value';
}

/** The plan as written to a file (before zod's defaults and transforms). */
export type PlanFile = z.input<typeof planSchema>;

export interface GenerateResult {
  plan: PlanFile;
  pending: PendingTarget[];
}
