// The evaluation table's value cells in the page's formatting: amounts as the dashboard writes them (10.01
// 万户, 60.7 bn yuan — the engine's plain-text rows keep 亿元 in English too), and P(met) worded as an
// estimate (<1%, never "0%"). The other columns are the engine's, so the table keeps the CLI's columns.

import type { TargetEvaluation } from '../../engine/index.ts';
import { EVALUATION_COLUMNS } from '../../engine/index.ts';
import { formatProb, formatRate, formatValue } from '../format/formatValue.ts';
import type { Lang } from '../i18n/lang.ts';

type Column = (typeof EVALUATION_COLUMNS)[number];

const CMP: Record<string, string> = { '>=': '≥', '<=': '≤', '~=': '≈', range: '' };

function goalCell(x: TargetEvaluation, lang: Lang): string {
  const cmp = CMP[x.comparator] ?? '';
  const perYear = lang === 'zh' ? '/年' : '/yr';
  if (x.kind === 'growth') {
    const v = Array.isArray(x.value) ? x.value[0] : x.value;
    return `${cmp} ${formatRate(v, lang, 2).replace(/^\+/, '')}${perYear}`.trim();
  }
  const q = (v: number) => formatValue(v, x.unit, lang);
  const main = Array.isArray(x.value) ? `${q(x.value[0])}–${q(x.value[1])}` : q(x.value);
  if (x.kind === 'increase') return `${cmp} +${main}`.trim();
  if (x.kind === 'quota' && !/\/(年|yr)$/.test(x.unit)) return `${cmp} ${main}${perYear}`.trim();
  return `${cmp} ${main}`.trim();
}

/** Cells that replace the engine's for one target, keyed by column. */
export function evaluationCells(x: TargetEvaluation, lang: Lang): Partial<Record<Column, string>> {
  return {
    base: x.kind === 'quota' || x.base === null ? '—' : formatValue(x.base, x.unit, lang),
    goal: goalCell(x, lang),
    latest: x.latest === null ? '—' : `${formatValue(x.latest.value, x.unit, lang)} (${x.latest.year})`,
    pMet: formatProb(x.pMet, lang),
  };
}

export function columnIndex(column: Column): number {
  return EVALUATION_COLUMNS.indexOf(column);
}
