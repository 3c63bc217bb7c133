// The evaluation as a table of labelled, formatted cells, from the one column spec (evaluationColumns.ts):
// the CLI table, the printed report and the page show the same columns.
import type { Evaluation } from '../evaluate/evaluateTargets.ts';
import {
  columnHeader,
  EVALUATION_COLUMN_SPEC,
  EVALUATION_COLUMNS,
  escapText,
  statusText,
  targetName,
} from './evaluationColumns.ts';
import type { Lang } from './lang.ts';
import { render } from './messages/render.ts';

export { EVALUATION_COLUMNS, escapText, statusText };

/** The targets without observations, named in one line. */
export function noDataText(ev: Evaluation, lang: Lang): string | null {
  const missing = ev.targets.filter((t) => t.latest === null);
  if (missing.length === 0) return null;
  const names = missing.map((t) => targetName(t, lang)).join(render(lang, 'eval.listSep'));
  return render(lang, 'eval.noDataList', { n: missing.length, names });
}

/** Table rows, by default only for targets with an observation after the base year (`all` for every target). */
export function evaluationRows(
  ev: Evaluation,
  lang: Lang,
  options: { all?: boolean } = {},
): { header: string[]; rows: string[][] } {
  const header = EVALUATION_COLUMN_SPEC.map((c) => columnHeader(c, lang));
  const shown = options.all ? ev.targets : ev.targets.filter((t) => t.latest !== null);
  const rows = shown.map((t) => EVALUATION_COLUMN_SPEC.map((c) => c.text(t, lang)));
  return { header, rows };
}
