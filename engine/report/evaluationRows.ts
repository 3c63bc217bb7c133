// The evaluation as a table of labelled, formatted cells: one source for the CLI table, the CSV header
// language and the printed report, so all three show the same columns.
import { STATUS_LABELS } from '../evaluate/classifyStatus.ts';
import { ESCAP_LABELS } from '../evaluate/escapCategory.ts';
import type { Evaluation, TargetEvaluation } from '../evaluate/evaluateTargets.ts';
import { formatPercent, formatQuantity, type Lang } from './formatQuantity.ts';
import { BASE_SOURCE_LABELS, BASIS_LABELS, verdictText } from './verdictText.ts';

export const EVALUATION_COLUMNS = [
  'target',
  'base',
  'goal',
  'latest',
  'tau',
  'progress',
  'plannedPathRatio',
  'achievedCagr',
  'requiredCagr',
  'ratioR',
  'requiredGrowthRemaining',
  'pMet',
  'status',
  'verdict',
  'verdictBasis',
] as const;

export const COLUMN_LABELS: Record<(typeof EVALUATION_COLUMNS)[number], { zh: string; en: string }> = {
  target: { zh: '目标', en: 'Target' },
  base: { zh: '基期值', en: 'Base' },
  goal: { zh: '目标值', en: 'Target value' },
  latest: { zh: '最新实际', en: 'Latest actual' },
  tau: { zh: '时间进度', en: 'Time elapsed' },
  progress: { zh: '完成进度', en: 'Progress' },
  plannedPathRatio: { zh: '计划路径比', en: 'vs planned path' },
  achievedCagr: { zh: '实际年均增速', en: 'Achieved CAGR' },
  requiredCagr: { zh: '规划年均增速', en: 'Required CAGR' },
  ratioR: { zh: 'R（ESCAP）', en: 'R (ESCAP)' },
  requiredGrowthRemaining: { zh: '剩余年份所需增速', en: 'Growth needed' },
  pMet: { zh: '达标概率', en: 'P(met)' },
  status: { zh: '评估结论', en: 'Status' },
  verdict: { zh: '综合判断', en: 'Verdict' },
  verdictBasis: { zh: '判断依据', en: 'Basis' },
};

const COMPARATOR_TEXT: Record<string, { zh: string; en: string }> = {
  '>=': { zh: '≥', en: '≥' },
  '>': { zh: '>', en: '>' },
  '<=': { zh: '≤', en: '≤' },
  '~=': { zh: '约', en: '≈' },
  range: { zh: '', en: '' },
};

/** The target's threshold as written: ≥ 607 亿元, ≥ 7.5%/年, +150 家, 30 家/年. */
export function goalText(t: TargetEvaluation, lang: Lang): string {
  const cmp = COMPARATOR_TEXT[t.comparator]?.[lang] ?? '';
  const v = Array.isArray(t.value) ? t.value : [t.value, t.value];
  const q = (x: number) => formatQuantity(x, t.unit, lang);
  const main = Array.isArray(t.value) ? `${q(v[0]!)}–${q(v[1]!)}` : q(v[0]!);
  switch (t.kind) {
    case 'growth':
      return `${cmp} ${formatPercent(v[0]!, 2, lang)}${lang === 'zh' ? '/年' : '/yr'}`;
    case 'increase':
      return `${cmp} +${main}`;
    case 'quota':
      return /\/(年|yr)$/.test(t.unit) ? `${cmp} ${main}` : `${cmp} ${main}${lang === 'zh' ? '/年' : '/yr'}`;
    default:
      return `${cmp} ${main}`.trim();
  }
}

export function statusText(t: TargetEvaluation, lang: Lang): string {
  if (t.status === null) return lang === 'zh' ? '无数据' : 'no data';
  return STATUS_LABELS[t.status][lang];
}

/** The targets without observations, named in one line. */
export function noDataText(ev: Evaluation, lang: Lang): string | null {
  const missing = ev.targets.filter((t) => t.latest === null);
  if (missing.length === 0) return null;
  const names = missing.map((t) => (lang === 'en' && t.name.en ? t.name.en : t.name.zh));
  return lang === 'zh'
    ? `无实际数据的目标 ${missing.length} 项（未评估）：${names.join('；')}。`
    : `${missing.length} targets have no observation after the base year and are not evaluated: ${names.join('; ')}.`;
}

export function escapText(t: TargetEvaluation, lang: Lang): string {
  if (t.escapCategory === 'achieved') return ESCAP_LABELS.achieved[lang];
  const r = t.ratioR === null ? '—' : formatPercent(t.ratioR, 0, lang);
  return t.escapCategory === null ? r : `${r} ${ESCAP_LABELS[t.escapCategory][lang]}`;
}

/** Table rows, by default only for targets with an observation after the base year (`all` for every target). */
export function evaluationRows(
  ev: Evaluation,
  lang: Lang,
  options: { all?: boolean } = {},
): { header: string[]; rows: string[][] } {
  const header = EVALUATION_COLUMNS.map((c) => COLUMN_LABELS[c][lang]);
  const shown = options.all ? ev.targets : ev.targets.filter((t) => t.latest !== null);
  const rows = shown.map((t) => [
    `${lang === 'en' && t.name.en ? t.name.en : t.name.zh} (${t.year})`,
    t.kind === 'quota' ? '—' : formatQuantity(t.base, t.unit, lang),
    goalText(t, lang),
    t.latest === null ? '—' : `${formatQuantity(t.latest.value, t.unit, lang)} (${t.latest.year})`,
    formatPercent(t.tau, 0, lang),
    formatPercent(t.progress, 1, lang),
    formatPercent(t.plannedPathRatio, 1, lang),
    formatPercent(t.achievedCagr, 2, lang),
    formatPercent(t.requiredCagr, 2, lang),
    escapText(t, lang),
    formatPercent(t.requiredGrowthRemaining, 2, lang),
    formatPercent(t.pMet, 1, lang),
    statusText(t, lang),
    `${t.aspirational ? (lang === 'zh' ? '力争 · ' : 'aspirational · ') : ''}${verdictText(t.verdict, lang)}`,
    `${BASIS_LABELS[t.verdictBasis][lang]} (${BASE_SOURCE_LABELS[t.baseSource][lang]})`,
  ]);
  return { header, rows };
}
