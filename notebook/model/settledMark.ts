// Why goal-seek's target lists mark a target as settled: its target year's figure, a figure the plan reckoned
// (社零 2025 = 435 × 1.03⁵), or, for a yearly quota, the first year it fell short — 每年…8家 had read
// 目标年已有数据 with data only to 2023 (tester F).
import { settledIn, type TargetResult } from '../../engine/index.ts';
import type { Translate } from '../i18n/t.ts';

export function settledMark(
  r: Pick<TargetResult, 'verdict' | 'latest' | 'year' | 'quota' | 'latestReckoned'>,
  t: Translate,
): string | null {
  const year = settledIn(r);
  if (year === null) return null;
  if (r.latestReckoned) return t('gs.settledReckoned');
  return r.quota && year < r.year ? t('gs.settledQuota', { year }) : t('gs.settled');
}
