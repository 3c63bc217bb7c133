// A sparkline fan for the dashboard: P5–P95 band, P25–P75 band, median, the target as a tick.
import { esc } from '../format/escape.ts';
import type { Band } from './fanChart.ts';
import { OKABE_ITO } from './palette.ts';

export interface SparkInput {
  band: Band | null;
  deterministic: ArrayLike<number>;
  /** Index into the arrays of the target year, and the target's level (null: none to draw). */
  targetIndex: number;
  targetValue: number | null;
  width?: number;
  height?: number;
  label: string;
}

export function sparkFanSvg(s: SparkInput): string {
  const w = s.width ?? 120;
  const h = s.height ?? 30;
  const n = s.deterministic.length;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  const scan = (a: ArrayLike<number>) => {
    for (let i = 0; i < a.length; i++) {
      const v = a[i]!;
      if (Number.isFinite(v)) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
  };
  if (s.band) {
    scan(s.band.p5);
    scan(s.band.p95);
  }
  scan(s.deterministic);
  if (s.targetValue !== null && Number.isFinite(s.targetValue)) {
    lo = Math.min(lo, s.targetValue);
    hi = Math.max(hi, s.targetValue);
  }
  if (!(hi > lo)) {
    hi = lo + 1;
    lo -= 1;
  }
  const px = (i: number) => (2 + (i * (w - 8)) / Math.max(1, n - 1)).toFixed(1);
  const py = (v: number) => (h - 2 - ((v - lo) / (hi - lo)) * (h - 4)).toFixed(1);
  const area = (a: ArrayLike<number>, b: ArrayLike<number>) => {
    let d = '';
    for (let i = 0; i < n; i++) d += `${i ? 'L' : 'M'}${px(i)},${py(a[i]!)}`;
    for (let i = n - 1; i >= 0; i--) d += `L${px(i)},${py(b[i]!)}`;
    return `${d}Z`;
  };
  const lineD = (a: ArrayLike<number>) => {
    let d = '';
    for (let i = 0; i < n; i++) d += `${i ? 'L' : 'M'}${px(i)},${py(a[i]!)}`;
    return d;
  };
  let body = '';
  const hasBand = s.band !== null && s.band.p50.length === n;
  if (hasBand && s.band) {
    body += `<path d="${area(s.band.p5, s.band.p95)}" fill="${OKABE_ITO.blue}" fill-opacity="0.18"/>`;
    body += `<path d="${area(s.band.p25, s.band.p75)}" fill="${OKABE_ITO.blue}" fill-opacity="0.32"/>`;
  }
  body += `<path d="${lineD(hasBand && s.band ? s.band.p50 : s.deterministic)}" fill="none" stroke="${OKABE_ITO.blue}" stroke-width="1.5"/>`;
  if (s.targetValue !== null && Number.isFinite(s.targetValue) && s.targetIndex >= 0 && s.targetIndex < n) {
    const tx = Number(px(s.targetIndex));
    const ty = py(s.targetValue);
    body += `<line x1="${tx - 4}" x2="${tx + 4}" y1="${ty}" y2="${ty}" stroke="${OKABE_ITO.vermillion}" stroke-width="2"/>`;
  }
  return `<svg class="spark" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${esc(s.label)}">${body}</svg>`;
}
