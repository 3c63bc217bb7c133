// The evaluation as CSV for spreadsheets: raw numbers (fractions, not percentages) under stable English
// column names, one row per target; labels in the chosen language in the last columns.
import { STATUS_LABELS } from '../evaluate/classifyStatus.ts';
import type { Evaluation } from '../evaluate/evaluateTargets.ts';
import type { Lang } from './formatQuantity.ts';
import { verdictText } from './verdictText.ts';
import { writeCsv } from './writeCsv.ts';

const n = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '' : v);

/** The evaluation as a header and rows of raw cells, for any CSV writer (the CLI's, the notebook's). */
export function evaluationTable(
  ev: Evaluation,
  lang: Lang = 'zh',
): { fields: string[]; data: (string | number)[][] } {
  const fields = [
    'id',
    'name',
    'indicator',
    'kind',
    'comparator',
    'year',
    'value',
    'unit',
    'base',
    'targetLevel',
    'latestYear',
    'latestValue',
    'tau',
    'progress',
    'plannedPathRatio',
    'achievedCagr',
    'requiredCagr',
    'ratioR',
    'escapCategory',
    'requiredGrowthRemaining',
    'requiredChangeRemaining',
    'pace',
    'paceBasis',
    'pMet',
    'projected',
    'status',
    'statusLabel',
    'verdict',
    'verdictReason',
    'verdictText',
    'verdictBasis',
    'baseSource',
    'aspirational',
    'nature',
    'note',
  ];
  const data = ev.targets.map((t) => [
    t.id,
    lang === 'en' && t.name.en ? t.name.en : t.name.zh,
    t.indicator,
    t.kind,
    t.comparator,
    t.year,
    Array.isArray(t.value) ? t.value.join('–') : t.value,
    t.unit,
    n(t.base),
    n(t.targetLevel),
    t.latest?.year ?? '',
    n(t.latest?.value),
    n(t.tau),
    n(t.progress),
    n(t.plannedPathRatio),
    n(t.achievedCagr),
    n(t.requiredCagr),
    n(t.ratioR),
    t.escapCategory ?? '',
    n(t.requiredGrowthRemaining),
    n(t.requiredChangeRemaining),
    n(t.pace),
    t.paceBasis,
    n(t.pMet),
    n(t.projected),
    t.status ?? '',
    t.status === null ? '' : STATUS_LABELS[t.status][lang],
    t.verdict.code,
    t.verdict.reason ?? '',
    verdictText(t.verdict, lang),
    t.verdictBasis,
    t.baseSource,
    t.aspirational ? 1 : 0,
    t.nature ?? '',
    [t.note, t.missedYears.length > 0 ? `missed ${t.missedYears.join(' ')}` : null]
      .filter(Boolean)
      .join('; '),
  ]);
  return { fields, data };
}

/** Through the one CSV writer (formula cells escaped, CRLF); no BOM, since the CLI's stdout may be piped. */
export function evaluationCsv(ev: Evaluation, lang: Lang = 'zh'): string {
  const { fields, data } = evaluationTable(ev, lang);
  return writeCsv(fields, data);
}
