// A share's change a year in points, signed, to two decimals: +0.20, −0.35, and 0 for none.
import { formatNumber } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';

/** `perYear` in share units (0.002 = 0.2 points) as signed points to two decimals. */
export function signedPoints(perYear: number, lang: Lang): string {
  const n = formatNumber(Math.abs(perYear * 100), lang, 2);
  return Number(n) === 0 ? '0' : `${perYear > 0 ? '+' : '−'}${n}`;
}
