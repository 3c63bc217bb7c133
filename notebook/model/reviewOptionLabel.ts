// The words the import review's drop-downs (比较, 类型, 属性) show. They had been Chinese on
// the English page too (N14). The option values are what the review reads and saves, so only the label follows
// the language; in English the Chinese word follows in brackets, as the plan's own text says it.
import type { GenerateTarget } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { ReviewKind } from './reviewKind.ts';

type Nature = 'none' | NonNullable<GenerateTarget['nature']>;

/** Each drop-down's values, in the order offered. */
export const REVIEW_OPTIONS = {
  comparator: ['>=', '>', '~=', '<=', '<', 'range'],
  kind: [
    'level',
    'increase',
    'total',
    'growth',
    'cumulative-growth',
    'quota',
    'pp-change',
    'share',
    'milestone',
    'qualitative',
  ],
  nature: ['none', 'indicative', 'binding'],
} as const satisfies {
  comparator: readonly GenerateTarget['comparator'][];
  kind: readonly ReviewKind[];
  nature: readonly Nature[];
};

type Field = keyof typeof REVIEW_OPTIONS;
type Value<F extends Field> = (typeof REVIEW_OPTIONS)[F][number];

/** [Chinese label, English words, the Chinese word the English brackets; '' for none]. */
const LABELS: { [F in Field]: Record<Value<F>, [string, string, string]> } = {
  comparator: {
    '>=': ['≥ 以上', '≥ at least', '以上'],
    '>': ['> 超过', '> more than', '超过'],
    '~=': ['≈ 左右', '≈ about', '左右'],
    '<=': ['≤ 以内', '≤ at most', '以内'],
    '<': ['< 低于', '< below', '低于'],
    range: ['区间', 'range', '区间'],
  },
  kind: {
    level: ['总量', 'level', '总量'],
    increase: ['新增', 'increase', '新增'],
    total: ['累计（各年合计）', 'total over the years', '累计'],
    growth: ['年均增长', 'annual growth', '年均增长'],
    'cumulative-growth': ['累计增长', 'cumulative growth', '累计增长'],
    quota: ['每年', 'every year', '每年'],
    'pp-change': ['提高百分点', 'change in points', '提高百分点'],
    share: ['占比', 'share', '占比'],
    milestone: ['里程碑', 'milestone', '里程碑'],
    qualitative: ['定性', 'qualitative', '定性'],
  },
  nature: {
    none: ['—', '—', ''],
    indicative: ['预期性', 'indicative', '预期性'],
    binding: ['约束性', 'binding', '约束性'],
  },
};

/** The label of one option of a review drop-down: '≥ 以上' in Chinese, '≥ at least (以上)' in English. */
export function reviewOptionLabel<F extends Field>(field: F, value: Value<F>, lang: Lang): string {
  const [zh, en, word] = (LABELS[field] as Record<Value<F>, [string, string, string]>)[value];
  if (lang === 'zh') return zh;
  return word === '' ? en : `${en} (${word})`;
}
