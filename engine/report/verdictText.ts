// Verdicts, their reasons and their bases as one sentence in Chinese or English, for the CLI, the CSV and
// the printed report. The engine returns codes and numbers (verdictFor.ts); the words live here.
// ── Issue 9 verdict strings: one block, so the shared message catalogue can take it over as it is. ──

import type { BaseSource } from '../evaluate/baseSourceOf.ts';
import type { Verdict, VerdictCode, VerdictReason } from '../evaluate/verdictFor.ts';
import type { VerdictBasis } from '../run/runTypes.ts';
import { formatPercent, type Lang } from './formatQuantity.ts';

type Words = { zh: string; en: string };

export const VERDICT_LABELS: Record<VerdictCode, Words> = {
  achieved: { zh: '已达成', en: 'achieved' },
  'on-track': { zh: '进展顺利', en: 'on track' },
  'at-risk': { zh: '存在风险', en: 'at risk' },
  'off-track': { zh: '难以达成', en: 'off track' },
  'unknown-base': { zh: '基期待补', en: 'base to be entered' },
  'not-comparable': { zh: '口径不可比', en: 'not comparable' },
  qualitative: { zh: '定性', en: 'qualitative' },
};

export const BASIS_LABELS: Record<VerdictBasis, Words> = {
  data: { zh: '依据数据', en: 'rests on data' },
  assumption: { zh: '依据假设', en: 'rests on assumptions' },
  'unknown-base': { zh: '基期待补', en: 'waits for a base' },
};

export const BASE_SOURCE_LABELS: Record<BaseSource, Words> = {
  plan: { zh: '规划原文', en: 'printed in the plan' },
  statistic: { zh: '统计数据', en: 'published statistic' },
  entered: { zh: '录入值', en: 'entered' },
  assumption: { zh: '假设', en: 'assumption' },
  derived: { zh: '推算', en: 'derived' },
  unknown: { zh: '基期待补', en: 'unknown' },
};

type Params = Verdict['params'];
const pct = (v: unknown, lang: Lang) => (typeof v === 'number' ? formatPercent(v, 0, lang) : '—');

/** Why pace and forecast disagree, as a sentence (with the numbers in `params`). */
const REASONS: Record<VerdictReason, (p: Params, lang: Lang) => Words> = {
  'certificates-expire': (p, l) => ({
    zh: `进度看似顺利（${pct(p.pace, l)}），但证书有效期 ${p.life} 年，早期认定的到期后需重新认定，推演显示目标年存量难以达到。`,
    en: `The pace looks good (${pct(p.pace, l)}), but certificates are valid ${p.life} years: those granted early expire before the target year, and the forecast falls short.`,
  }),
  'quota-every-year': (p) => ({
    zh: `配额须每年完成；${(p.missedYears as number[] | undefined)?.length ? `${(p.missedYears as number[]).join('、')} 年未完成，` : ''}任一年不足即未达标。`,
    en: `The quota is due every year${(p.missedYears as number[] | undefined)?.length ? `; ${(p.missedYears as number[]).join(', ')} fell short` : ''}: one short year misses it.`,
  }),
  'pace-linear-vs-compound': (p, l) => ({
    zh: `按增量计的进度偏慢，但最新值已达计划复合增长路径的 ${pct(p.plannedPathRatio, l)}，推演有望达成。`,
    en: `Measured on the increase the pace looks behind, but the latest value is ${pct(p.plannedPathRatio, l)} of the compound planned path, and the forecast meets the target.`,
  }),
  'latest-actual-below-path': (p, l) => ({
    zh: `最新实际值低于计划路径（${pct(p.plannedPathRatio, l)}），推演从该值出发，达标概率 ${pct(p.pMet, l)}。`,
    en: `The latest actual lies below the planned path (${pct(p.plannedPathRatio, l)}); starting from it, P(met) is ${pct(p.pMet, l)}.`,
  }),
  'latest-actual-above-path': (p, l) => ({
    zh: `最新实际值高于计划路径（${pct(p.plannedPathRatio, l)}），推演从该值出发，达标概率 ${pct(p.pMet, l)}。`,
    en: `The latest actual lies above the planned path (${pct(p.plannedPathRatio, l)}); starting from it, P(met) is ${pct(p.pMet, l)}.`,
  }),
  'forecast-differs-from-pace': (p, l) => ({
    zh: `进度（${pct(p.pace, l)}）与推演（达标概率 ${pct(p.pMet, l)}）不一致：推演包含了后续年份的假设增速。`,
    en: `The pace (${pct(p.pace, l)}) and the forecast (P(met) ${pct(p.pMet, l)}) differ: the forecast adds the assumed growth of the years left.`,
  }),
  'different-measures': () => ({
    zh: '分子与分母口径不同（如总产值与地区生产总值），不能作为比重推演；见规划核查。',
    en: 'Numerator and denominator are different measures (gross output vs GDP): not simulated as a share; see the plan check.',
  }),
  'undefined-denominator': () => ({
    zh: '分母未定义，不能作为比重推演；见规划核查。',
    en: 'The denominator is undefined: not simulated as a share; see the plan check.',
  }),
  other: () => ({ zh: '口径不可比；见规划核查。', en: 'Not comparable; see the plan check.' }),
};

/** "有望达成" or "存在风险：最新实际值低于计划路径…" — the label, and the reason when there is one. */
export function verdictText(v: Verdict, lang: Lang): string {
  const label = VERDICT_LABELS[v.code][lang];
  if (!v.reason) return label;
  return `${label}${lang === 'zh' ? '：' : ': '}${REASONS[v.reason](v.params, lang)[lang]}`;
}
// ── end of issue 9 verdict strings ──
