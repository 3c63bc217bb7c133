// A sparkline fan for the dashboard and the formula cells: P5–P95 band, P25–P75 band, median, the target as
// a tick. Made once per row and updated in place (only path attributes change) as results arrive.
import type { Band } from './fanChart.ts';
import { OKABE_ITO } from './palette.ts';

export interface SparkInput {
  band: Band | null;
  deterministic: ArrayLike<number>;
  /** Index into the arrays of the target year, and the target's level (null: none to draw). */
  targetIndex: number;
  targetValue: number | null;
  label: string;
}

export interface SparkFan {
  readonly element: SVGSVGElement;
  update(input: SparkInput | null): void;
}

const SVG = 'http://www.w3.org/2000/svg';

function node<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** Sets an attribute unless it already holds the value: an unchanged path is not repainted. */
function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Shows or hides a part of the chart (style.visibility/display), writing only a change. */
function setStyle(el: SVGElement, prop: 'visibility' | 'display', value: string): void {
  if (el.style[prop] !== value) el.style[prop] = value;
}

function extent(s: SparkInput): [number, number] {
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
  return hi > lo ? [lo, hi] : [lo - 1, lo + 1];
}

export function sparkFan(width = 120, height = 30): SparkFan {
  const element = node('svg', {
    class: 'spark',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
  });
  const outer = node('path', { fill: OKABE_ITO.blue, 'fill-opacity': 0.18 });
  const inner = node('path', { fill: OKABE_ITO.blue, 'fill-opacity': 0.32 });
  const median = node('path', { fill: 'none', stroke: OKABE_ITO.blue, 'stroke-width': 1.5 });
  const tick = node('line', { stroke: OKABE_ITO.vermillion, 'stroke-width': 2 });
  element.append(outer, inner, median, tick);
  return {
    element,
    update(s) {
      const any = s !== null && Array.prototype.some.call(s.deterministic, (v: number) => Number.isFinite(v));
      setStyle(element, 'visibility', any ? '' : 'hidden');
      if (!s || !any) return;
      setAttr(element, 'aria-label', s.label);
      const n = s.deterministic.length;
      const [lo, hi] = extent(s);
      const px = (i: number) => (2 + (i * (width - 8)) / Math.max(1, n - 1)).toFixed(1);
      const py = (v: number) => (height - 2 - ((v - lo) / (hi - lo)) * (height - 4)).toFixed(1);
      // Years without a value (an unknown base makes a whole path NaN) are left out, never drawn as NaN.
      const ok = (v: number) => Number.isFinite(v);
      const lineD = (a: ArrayLike<number>) => {
        let d = '';
        let pen = 'M';
        for (let i = 0; i < n; i++) {
          if (!ok(a[i]!)) {
            pen = 'M';
            continue;
          }
          d += `${pen}${px(i)},${py(a[i]!)}`;
          pen = 'L';
        }
        return d;
      };
      const area = (a: ArrayLike<number>, b: ArrayLike<number>) => {
        for (let i = 0; i < n; i++) if (!ok(a[i]!) || !ok(b[i]!)) return '';
        let d = lineD(a);
        for (let i = n - 1; i >= 0; i--) d += `L${px(i)},${py(b[i]!)}`;
        return `${d}Z`;
      };
      const band = s.band !== null && s.band.p50.length === n ? s.band : null;
      setAttr(outer, 'd', band ? area(band.p5, band.p95) : '');
      setAttr(inner, 'd', band ? area(band.p25, band.p75) : '');
      setAttr(median, 'd', lineD(band ? band.p50 : s.deterministic));
      const showTick =
        s.targetValue !== null && Number.isFinite(s.targetValue) && s.targetIndex >= 0 && s.targetIndex < n;
      const tx = showTick ? Number(px(s.targetIndex)) : 0;
      const ty = showTick ? py(s.targetValue!) : 'NaN';
      setStyle(tick, 'display', ty === 'NaN' ? 'none' : '');
      if (ty !== 'NaN') {
        setAttr(tick, 'x1', String(tx - 4));
        setAttr(tick, 'x2', String(tx + 4));
        setAttr(tick, 'y1', ty);
        setAttr(tick, 'y2', ty);
      }
    },
  };
}
