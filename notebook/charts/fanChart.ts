// The indicator chart: P5–P95 and P25–P75 bands with the median, the path the plan requires, actuals,
// target markers, and the medians of compared scenarios overlaid. Built as one SVG string (a few hundred
// microseconds), so a slider can redraw it every frame.
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { displayScale, formatNumber, unitLabel } from '../../engine/index.ts';
import { esc } from '../format/escape.ts';
import type { Lang } from '../i18n/lang.ts';
import { OKABE_ITO } from './palette.ts';

export interface Band {
  p5: ArrayLike<number>;
  p25: ArrayLike<number>;
  p50: ArrayLike<number>;
  p75: ArrayLike<number>;
  p95: ArrayLike<number>;
}

export interface FanChartInput {
  years: readonly number[];
  unit: string;
  /** The indicator's name: its Chinese picks the English noun of 家 on the axis (20 units of R&D institutions,
   * not 20 firms: countsInstitutions). */
  name?: { readonly zh: string };
  lang: Lang;
  title: string;
  /** Accessible description of what the chart shows. */
  description?: string;
  band: Band | null;
  color?: string;
  /** Shown when there is no band (deterministic run): the single path. */
  deterministic?: ArrayLike<number>;
  planned?: { years: readonly number[]; values: readonly number[] } | null;
  /** `derived`: reckoned from published figures, not observed: drawn hollow, with a legend entry of its own. */
  actuals?: readonly { year: number; value: number; derived?: boolean }[];
  targets?: readonly { year: number; value: number; high?: number; label: string }[];
  compared?: readonly {
    name: string;
    color: string;
    years: readonly number[];
    p50: ArrayLike<number>;
    /** The scenario's P5–P95, drawn faintly in its colour when the reader asks for fans. */
    band?: { p5: ArrayLike<number>; p95: ArrayLike<number> };
    /** A dash pattern, so that lines differ by more than colour. */
    dash?: string;
  }[];
  /**
   * The main series' name, for the key of compared scenarios: with scenarios compared, the chart names each
   * line in itself, so that a PNG of it says which is which (exported, a blue and a dashed orange line had
   * named nothing, the key being the page's, outside the picture).
   */
  mainName?: string;
  /** A chart with no legend keys its target marker beside the scenarios, under this word. */
  keyTarget?: string;
  legend?: {
    band90: string;
    band50: string;
    median: string;
    planned: string;
    actual: string;
    /** The legend of a derived value (推算值); without it a derived value is drawn as an actual. */
    derived?: string;
    target: string;
  };
  width?: number;
  height?: number;
  /**
   * Fit the y-axis to the data (d3 nice()) instead of starting it at zero when the values sit well above it —
   * for comparing scenario lines, which a zero-based axis flattens together.
   */
  fitDomain?: boolean;
}

const MARGIN = { top: 22, right: 14, bottom: 26, left: 54 };
const LEGEND_ROW = 22;
const KEY_ROW = 20;

/** A legend item: its swatch (SVG) and label. */
type LegendItem = [swatch: string, label: string];

/** What the 11 px legend text sets a full em wide: CJK, full-width marks, and the curly quotes CJK fonts draw wide. */
const WIDE = /[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F\u201C\u201D\u2018\u2019]/;

/**
 * The room an item takes in a legend row: its swatch, its label as the font sets it, and a gap. Measured by
 * character, not by the page's language: a scenario named in Chinese keeps its Chinese name on an English page,
 * and measured as Latin letters four such names had run into each other.
 */
function itemWidth(label: string): number {
  let w = 30;
  for (const ch of label) w += WIDE.test(ch) ? 12 : 6.5;
  return w;
}

/** What the chart draws, keyed: only what is drawn (a chart without its fan had keyed two bands it did not show). */
function legendItems(
  input: FanChartInput,
  color: string,
  hasTargets: boolean,
  hollow: (a: { derived?: boolean }) => boolean,
): LegendItem[] {
  const L = input.legend;
  if (!L) return [];
  const items: LegendItem[] = [];
  if (input.band) {
    items.push([`<rect x="0" y="-5" width="16" height="10" fill="${color}" fill-opacity="0.16"/>`, L.band90]);
    items.push([`<rect x="0" y="-5" width="16" height="10" fill="${color}" fill-opacity="0.4"/>`, L.band50]);
  }
  if (input.band || input.deterministic)
    items.push([`<line x1="0" x2="16" stroke="${color}" stroke-width="2.25"/>`, L.median]);
  if (input.planned)
    items.push([`<line x1="0" x2="16" stroke="#555" stroke-width="1.5" stroke-dasharray="5 4"/>`, L.planned]);
  if (input.actuals?.some((a) => !hollow(a))) items.push([`<circle cx="8" r="3.5" fill="#000"/>`, L.actual]);
  if (L.derived !== undefined && input.actuals?.some(hollow))
    items.push([`<circle cx="8" r="3.5" fill="#fff" stroke="#000" stroke-width="1.5"/>`, L.derived]);
  if (hasTargets) items.push([`<path d="M8,-6l5,6l-5,6l-5,-6z" fill="${OKABE_ITO.vermillion}"/>`, L.target]);
  return items;
}

/** The items in rows that fit the chart's width (a phone's chart had cut the legend off at its edge). */
function legendLines(items: LegendItem[], width: number): LegendItem[][] {
  const lines: LegendItem[][] = [];
  let x = Number.POSITIVE_INFINITY;
  for (const item of items) {
    const w = itemWidth(item[1]);
    // An item's last 8 px are the gap before the next.
    if (x + w - 8 > width - 2) {
      lines.push([]);
      x = MARGIN.left;
    }
    lines.at(-1)!.push(item);
    x += w;
  }
  return lines;
}

/** The key of compared scenarios: the main line (when named), each scenario's, and the target marker when the
 * chart has no legend to key it. */
function keyItems(input: FanChartInput, color: string, hasTargets: boolean): LegendItem[] {
  const keyed = input.compared ?? [];
  if (keyed.length === 0) return [];
  const short = (name: string) => (name.length > 16 ? `${name.slice(0, 15)}…` : name);
  const items: LegendItem[] = [];
  if (input.mainName !== undefined && (input.band || input.deterministic))
    items.push([`<line x1="0" x2="16" stroke="${color}" stroke-width="2.25"/>`, short(input.mainName)]);
  for (const c of keyed)
    items.push([
      `<line x1="0" x2="16" stroke="${c.color}" stroke-width="2.25"${c.dash ? ` stroke-dasharray="${c.dash}"` : ''}/>`,
      short(c.name),
    ]);
  if (!input.legend && input.keyTarget !== undefined && hasTargets)
    items.push([`<path d="M8,-6l5,6l-5,6l-5,-6z" fill="${OKABE_ITO.vermillion}"/>`, input.keyTarget]);
  return items;
}

function finite(v: number): boolean {
  return Number.isFinite(v);
}

export function fanChartSvg(input: FanChartInput): string {
  const width = input.width ?? 640;
  const height = input.height ?? 300;
  const k = displayScale(input.unit, input.lang);
  const { years } = input;
  const n = years.length;
  const values: number[] = [];
  const push = (arr: ArrayLike<number> | undefined) => {
    if (!arr) return;
    for (let i = 0; i < arr.length; i++) if (finite(arr[i]!)) values.push(arr[i]! * k);
  };
  if (input.band) {
    push(input.band.p5);
    push(input.band.p95);
    push(input.band.p50);
  }
  push(input.deterministic);
  if (input.planned) push(input.planned.values);
  for (const a of input.actuals ?? []) if (finite(a.value)) values.push(a.value * k);
  // A target level read from an unknown base (基期待补) is NaN: it has no place on the axis, and no marker.
  const targets = (input.targets ?? []).filter(
    (t) => finite(t.value) && (t.high === undefined || finite(t.high)),
  );
  for (const t of targets) {
    values.push(t.value * k);
    if (t.high !== undefined) values.push(t.high * k);
  }
  const hollow = (a: { derived?: boolean }) => a.derived === true && input.legend?.derived !== undefined;
  const color = input.color ?? OKABE_ITO.blue;
  const legend = legendLines(legendItems(input, color, targets.length > 0, hollow), width);
  const legendH = LEGEND_ROW * legend.length;
  // Above the legend, each scenario's line as drawn, with its name (cut short when long), in rows that fit.
  const key = legendLines(keyItems(input, color, targets.length > 0), width);
  const keyH = KEY_ROW * key.length;
  for (const c of input.compared ?? []) {
    push(c.p50);
    if (c.band) {
      push(c.band.p5);
      push(c.band.p95);
    }
  }
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (!finite(lo) || !finite(hi)) {
    lo = 0;
    hi = 1;
  }
  if (lo === hi) {
    lo -= Math.abs(lo) * 0.1 || 1;
    hi += Math.abs(hi) * 0.1 || 1;
  }
  if (!input.fitDomain && lo > 0 && lo < (hi - lo) * 0.6) lo = 0;
  const x = scaleLinear()
    .domain([years[0] ?? 0, years[n - 1] ?? 1])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain([lo, hi])
    .nice(6)
    .range([height - legendH - keyH - MARGIN.bottom, MARGIN.top]);
  const xi = (i: number) => x(years[i]!);
  const parts: string[] = [];

  // Grid and axes.
  const yTicks = y.ticks(6);
  for (const v of yTicks) {
    const py = y(v).toFixed(1);
    parts.push(
      `<line class="grid" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${py}" y2="${py}"/>`,
      `<text class="tick" x="${MARGIN.left - 6}" y="${py}" dy="0.32em" text-anchor="end">${esc(formatNumber(v, input.lang))}</text>`,
    );
  }
  const every = n > 12 ? 2 : 1;
  const baseY = height - legendH - keyH - MARGIN.bottom;
  for (let i = 0; i < n; i += every) {
    const px = xi(i).toFixed(1);
    parts.push(
      `<line class="axis" x1="${px}" x2="${px}" y1="${baseY}" y2="${baseY + 4}"/>`,
      `<text class="tick" x="${px}" y="${baseY + 16}" text-anchor="middle">${years[i]}</text>`,
    );
  }
  parts.push(
    `<line class="axis" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${baseY}" y2="${baseY}"/>`,
  );
  parts.push(
    `<text class="unit" x="${MARGIN.left - 6}" y="${MARGIN.top - 12}" text-anchor="end">${esc(unitLabel(input.name ? { unit: input.unit, name: input.name } : input.unit, input.lang))}</text>`,
  );

  const idx = Array.from({ length: n }, (_, i) => i);
  const band = (a: ArrayLike<number>, b: ArrayLike<number>) =>
    area<number>()
      .defined((i) => finite(a[i]!) && finite(b[i]!))
      .x(xi)
      .y0((i) => y(a[i]! * k))
      .y1((i) => y(b[i]! * k))(idx) ?? '';
  const path = (a: ArrayLike<number>, ys: readonly number[] = years) =>
    line<number>()
      .defined((i) => finite(a[i]!))
      .x((i) => x(ys[i]!))
      .y((i) => y(a[i]! * k))(Array.from({ length: a.length }, (_, i) => i)) ?? '';

  if (input.band && input.band.p50.length === n) {
    parts.push(
      `<path class="band90" fill="${color}" fill-opacity="0.16" d="${band(input.band.p5, input.band.p95)}"/>`,
    );
    parts.push(
      `<path class="band50" fill="${color}" fill-opacity="0.28" d="${band(input.band.p25, input.band.p75)}"/>`,
    );
  }
  if (input.planned && input.planned.values.length > 1) {
    parts.push(
      `<path class="planned" fill="none" stroke="#555" stroke-width="1.5" stroke-dasharray="5 4" d="${path(input.planned.values, input.planned.years)}"/>`,
    );
  }
  for (const c of input.compared ?? []) {
    if (c.band && c.band.p5.length === n && c.years.length === n)
      parts.push(
        `<path class="compared-band" fill="${c.color}" fill-opacity="0.13" d="${band(c.band.p5, c.band.p95)}"/>`,
      );
  }
  for (const c of input.compared ?? []) {
    const dash = c.dash ? ` stroke-dasharray="${c.dash}"` : '';
    parts.push(
      `<path class="compared" fill="none" stroke="${c.color}" stroke-width="2.25"${dash} d="${path(c.p50, c.years)}"><title>${esc(c.name)}</title></path>`,
    );
  }
  const median = input.band && input.band.p50.length === n ? input.band.p50 : input.deterministic;
  if (median) {
    parts.push(
      `<path class="median" fill="none" stroke="${color}" stroke-width="2.25" d="${path(median)}"/>`,
    );
  }
  for (const t of targets) {
    const px = x(t.year);
    if (!finite(px)) continue;
    if (t.high !== undefined) {
      parts.push(
        `<rect class="target-range" x="${(px - 5).toFixed(1)}" width="10" y="${y(t.high * k).toFixed(1)}" height="${Math.max(2, y(t.value * k) - y(t.high * k)).toFixed(1)}" fill="${OKABE_ITO.vermillion}" fill-opacity="0.35" stroke="${OKABE_ITO.vermillion}"><title>${esc(t.label)}</title></rect>`,
      );
    } else {
      const py = y(t.value * k);
      parts.push(
        `<path class="target" d="M${px.toFixed(1)},${(py - 7).toFixed(1)}l6,7l-6,7l-6,-7z" fill="${OKABE_ITO.vermillion}" stroke="#fff" stroke-width="1"><title>${esc(t.label)}</title></path>`,
      );
    }
  }
  for (const a of input.actuals ?? []) {
    if (!finite(a.value)) continue;
    parts.push(
      hollow(a)
        ? `<circle class="actual derived" cx="${x(a.year).toFixed(1)}" cy="${y(a.value * k).toFixed(1)}" r="3.5" fill="#fff" stroke="#000" stroke-width="1.5"/>`
        : `<circle class="actual" cx="${x(a.year).toFixed(1)}" cy="${y(a.value * k).toFixed(1)}" r="3.5" fill="#000" stroke="#fff" stroke-width="1"/>`,
    );
  }
  /** A row of swatches with their labels at height `y`, left to right; `cls` marks each item. */
  const legendRow = (y: number, cls?: string) => {
    let x = MARGIN.left;
    return (swatch: string, label: string) => {
      parts.push(
        `<g${cls ? ` class="${cls}"` : ''} transform="translate(${x},${y})">${swatch}<text class="legend" x="22" y="0" dy="0.32em">${esc(label)}</text></g>`,
      );
      x += itemWidth(label);
    };
  };
  key.forEach((line, r) => {
    const item = legendRow(height - legendH - 9 - KEY_ROW * (key.length - 1 - r), 'compared-key');
    for (const [swatch, label] of line) item(swatch, label);
  });
  // The legend's rows, the last at the chart's foot.
  legend.forEach((line, r) => {
    const item = legendRow(height - 8 - LEGEND_ROW * (legend.length - 1 - r));
    for (const [swatch, label] of line) item(swatch, label);
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="fan-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(input.title)}">` +
    `<title>${esc(input.title)}</title>${input.description ? `<desc>${esc(input.description)}</desc>` : ''}` +
    parts.join('') +
    '</svg>'
  );
}
