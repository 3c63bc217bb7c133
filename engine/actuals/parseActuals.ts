// Reads observed values ("actuals") for a mid-term evaluation from text: a CSV file or a table pasted from
// Excel/WPS, in one of the layouts tableLayout.ts recognises. Indicator cells may hold an id, an indicator's
// name, or the name of a target that measures the indicator's level, in Chinese or English.
//
// Units are explicit: a unit column, a unit in the header ("数值（万元）", "2021年（亿元）") or in the cell
// ("1,234.5万元") is converted to the indicator's unit (万元 → 亿元 ÷ 10,000); a unit that does not convert
// is refused. A bare number is read in the indicator's own unit; for shares (unit %, stored as fractions)
// a bare 70 means 70 %.
//
// Nothing is dropped silently: every cell that is not used is reported with its row (1-based, as the
// spreadsheet numbers them) and column, as a message code rendered in both languages (engine/report/messages/actualsMessages.ts).
// Two different values for the same indicator and year are both refused, so the result never depends on
// the order of rows.
import Papa from 'papaparse';
import { oversizeBytes } from '../plan/oversizeBytes.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { Actuals } from '../plan/scenarioSchema.ts';
import type { ActualsIssue } from './actualsIssue.ts';
import { chainRates } from './chainRates.ts';
import { at, IssueSink } from './issueSink.ts';
import { indicatorMatcher } from './matchIndicator.ts';
import { readDataRow } from './readDataRow.ts';
import { indicatorFacts } from './readObservation.ts';
import { resolveDuplicates } from './resolveDuplicates.ts';
import { findLayout, isBlankRow } from './tableLayout.ts';
import { warnOutlyingFlows } from './warnOutlyingFlows.ts';
import { warnOverPublished } from './warnOverPublished.ts';
import { warnSlipsInSeries } from './warnSlipsInSeries.ts';

export type { ActualsIssue, IssueSeverity } from './actualsIssue.ts';

export interface ParsedActuals {
  actuals: Actuals;
  issues: ActualsIssue[];
  layout: 'long' | 'wide' | null;
  /** Number of values accepted into `actuals`. */
  accepted: number;
  /** Yearly growth rates (signed fractions) given for an index and chained into its levels in `actuals`. */
  rates: Actuals;
}

export interface ParseActualsOptions {
  /** Named in messages about the whole input. */
  source?: string;
  /** The calendar year now (the caller's clock; the engine keeps none): later years are refused. */
  thisYear?: number;
}

/** The text as rows of cells (tab-separated when the first line has a tab, else the delimiter guessed). */
function readRows(text: string, sink: IssueSink): string[][] {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = clean.split('\n').find((l) => l.trim() !== '') ?? '';
  const parsed = Papa.parse<string[]>(clean, {
    delimiter: firstLine.includes('\t') ? '\t' : '',
    delimitersToGuess: [',', '\t', ';', '|'],
    skipEmptyLines: false,
  });
  for (const e of parsed.errors) {
    // Papaparse reports a single-column input as "UndetectableDelimiter"; the layout check says more.
    if (e.code === 'UndetectableDelimiter') continue;
    const where = at(e.row === undefined ? null : e.row + 1, null, null);
    // A quote opened and never closed swallows the rows after it: say so in words, not Papaparse's.
    if (e.code === 'MissingQuotes') sink.add('error', where, 'csvQuotes', {});
    else sink.add('error', where, 'csv', { detail: e.message });
  }
  return parsed.data.map((r) => r.map((c) => (c ?? '').toString()));
}

/**
 * Larger pastes are refused whole: a table of actuals is a few KB, and one of megabytes is a whole document
 * pasted by mistake, which would keep the engine busy for seconds and list thousands of issues.
 */
export const ACTUALS_MAX_BYTES = 2 * 1024 * 1024;

export function parseActuals(text: string, plan: Plan, options: ParseActualsOptions = {}): ParsedActuals {
  const names = new Map(plan.indicators.map((i) => [i.id, i.name]));
  const sink = new IssueSink((id) => names.get(id));
  const none = (): ParsedActuals => ({
    actuals: {},
    issues: sink.sorted(),
    layout: null,
    accepted: 0,
    rates: {},
  });
  const oversize = oversizeBytes(text, ACTUALS_MAX_BYTES);
  if (oversize !== null) {
    sink.add('error', at(null, null, null), 'tooLarge', { bytes: oversize, limitBytes: ACTUALS_MAX_BYTES });
    return none();
  }
  const rows = readRows(text, sink);
  if (rows.every(isBlankRow)) {
    sink.add('error', at(null, null, null), 'empty', { source: options.source ?? null });
    return none();
  }
  const matcher = indicatorMatcher(plan);
  const table = findLayout(rows, matcher, sink);
  if (table === null) return none();
  const reader = { table, matcher, facts: indicatorFacts(plan, options.thisYear), sink };
  const candidates = rows
    .slice(table.dataStart)
    .flatMap((cells, k) => readDataRow(reader, table.dataStart + k, cells));
  const chained = chainRates(candidates, plan.meta.baseYear, sink);
  const { actuals, accepted } = resolveDuplicates(chained.candidates, sink);
  warnSlipsInSeries(plan, actuals, candidates, reader.facts, sink);
  warnOutlyingFlows(plan, actuals, candidates, sink);
  warnOverPublished(plan, actuals, candidates, sink);
  return { actuals, issues: sink.sorted(), layout: table.layout, accepted, rates: chained.rates };
}
