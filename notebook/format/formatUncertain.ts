// An uncertain quantity for reading (not for typing back): "4 ± 1.5%/年", "85 ± 15 家/年", and with a sign for
// a change — "+0.8 ± 0.24 个百分点" — since adding to a rate moves it by percentage points, not by a percent.

import { formatNumber, isPercentUnit, percentSuffix, unitLabel } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';

export function formatUncertain(
  mean: number,
  sd: number,
  unit: string,
  lang: Lang,
  options: { signed?: boolean } = {},
): string {
  const pct = isPercentUnit(unit);
  const k = pct ? 100 : 1;
  const f = (v: number) => formatNumber(v * k, lang, Math.abs(v * k) >= 1 ? 2 : 3);
  const sign = options.signed ? (mean > 0 ? '+' : mean < 0 ? '−' : '') : mean < 0 ? '−' : '';
  const value = `${sign}${f(Math.abs(mean))}${sd > 0 ? ` ± ${f(sd)}` : ''}`;
  if (!pct) {
    const label = unitLabel(unit, lang);
    return label ? `${value} ${label}` : value;
  }
  if (options.signed) return `${value}${lang === 'zh' ? ' 个百分点' : ' pp'}`;
  return `${value}${percentSuffix(unit, lang)}`;
}
