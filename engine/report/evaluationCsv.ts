// The evaluation for spreadsheets (CSV and .xlsx): Chinese (or English) headers from the column spec,
// numbers as numbers rounded as the screen shows them, percentages as percent figures under a header that
// says (%), a percentage target's rates in points a year in columns of their own, and the unit in its own
// column. One row per quantitative target.
import type { Evaluation } from '../evaluate/evaluateTargets.ts';
import {
  type Cell,
  columnHeader,
  EVALUATION_COLUMN_SPEC,
  evaluationColumn,
  latestIsLevel,
  latestSourceMessage,
  pointsHeader,
  targetName,
  unitOf,
} from './evaluationColumns.ts';
import { isPercentUnit, percentSuffix, sheetUnit } from './formatValue.ts';
import type { Lang } from './lang.ts';
import { render, renderMessage } from './messages/render.ts';
import { comparatorSymbol } from './targetPhrase.ts';

const SHEET_COLUMNS = EVALUATION_COLUMN_SPEC.filter((c) => c.key !== 'target');

/** The evaluation as a header and rows of raw cells, for any writer (the CLI's, the page's CSV and .xlsx). */
export function evaluationTable(ev: Evaluation, lang: Lang = 'zh'): { fields: string[]; data: Cell[][] } {
  const fields = [
    render(lang, 'col.id'),
    render(lang, 'col.target'),
    render(lang, 'col.year'),
    render(lang, 'col.unit'),
    render(lang, 'col.goalUnit'),
    render(lang, 'col.latestYear'),
    render(lang, 'col.latestSource'),
    ...SHEET_COLUMNS.flatMap((c) =>
      c.key === 'goal'
        ? [render(lang, 'col.comparator'), columnHeader(c, lang, true), render(lang, 'col.goalHigh')]
        : c.points
          ? [columnHeader(c, lang, true), pointsHeader(c, lang)]
          : [columnHeader(c, lang, true)],
    ),
    render(lang, 'col.note'),
  ];
  const data = ev.targets.map((t) => [
    t.id,
    targetName(t, lang),
    t.year,
    sheetUnit(unitOf(t), lang),
    t.kind === 'growth'
      ? t.printedChange
        ? render(lang, 'col.goalUnit.periodChange', { years: t.printedChange.years })
        : percentSuffix('%/年', lang)
      : isPercentUnit(t.unit)
        ? '%'
        : sheetUnit(unitOf(t), lang),
    t.latest?.year ?? null,
    // An increase target's latest value is the level it is measured from: said here, as the page says 总量.
    t.latestSource === null
      ? null
      : `${renderMessage(lang, latestSourceMessage(t))}${latestIsLevel(t) ? render(lang, 'col.latestIsLevel') : ''}`,
    // A range (3-5个) keeps its upper end in a column of its own; the target value column holds the lower.
    // A percentage target's rates are points a year: a number in the points column, not text in the (%) one.
    ...SHEET_COLUMNS.flatMap((c) =>
      c.key === 'goal'
        ? // Its comparator beside it: "超过5个" is met at 6, and a bare 5 read as met at 5 (a tester).
          [comparatorSymbol(t.comparator, lang), c.value(t, lang), goalHigh(t)]
        : c.points
          ? [c.value(t, lang), c.points(t)]
          : [c.value(t, lang)],
    ),
    t.note ? renderMessage(lang, t.note) : null,
  ]);
  return { fields, data };
}

/** A range target's upper end, in the target value column's terms. */
function goalHigh(t: Evaluation['targets'][number]): Cell {
  if (!Array.isArray(t.value)) return null;
  const high = t.value[1]!;
  return evaluationColumn('goal').value({ ...t, value: high }, 'zh');
}
