// One value cell → an observation in the indicator's own unit, or a reported refusal. In order: the cell is
// one number; the units stated for it agree; they convert to the indicator's unit (shares are stored as
// fractions); the result is plausible for what the indicator measures (a share within 0–100 %, a count a
// whole number); the year lies in the plan's window.
import { INDEX_UNIT } from '../plan/indexUnit.ts';
import { oddsPart } from '../plan/oddsPart.ts';
import type { Plan } from '../plan/planSchema.ts';
import { withoutAreaOrCount } from '../plan/withoutAreaOrCount.ts';
import { isPlanYear } from '../plan/yearSchema.ts';
import { fromPercent } from '../units/fromScale.ts';
import { convertUnit, normalizeUnit } from '../units/unitFactor.ts';
import type { IssuePlace } from './actualsIssue.ts';
import { checkValue, pct, typedAsFraction } from './checkValue.ts';
import { fallingIndicators } from './fallingIndicators.ts';
import { at, type IssueSink } from './issueSink.ts';
import { readNumberCell } from './readNumberCell.ts';
import type { Column } from './tableLayout.ts';

export interface Candidate {
  id: string;
  year: number;
  value: number;
  row: number;
  col: Column;
  raw: string;
  /**
   * The value is the year's growth rate of an index indicator, to be chained (chainRates), not its level;
   * `fall`: read from a row of rates of decline (a positive figure a fall).
   */
  rate?: 'growth' | 'fall';
  /** A rate read as a fall: the figure as a signed growth rate, for a row of both signs (chainRates). */
  signed?: number;
}

/** What the plan says about each indicator that reading a value needs. */
export interface IndicatorFacts {
  unit: (id: string) => string;
  /** Indicators a share target measures: values must lie in 0–100 %. */
  isShare: (id: string) => boolean;
  /** Indicators the plan says are not whole numbers though their unit counts (count: false: 每千人口…人). */
  fractional: (id: string) => boolean;
  /** Rate-only indicators simulated as an index (unit 基期=1): their actuals come as yearly growth rates. */
  isIndex: (id: string) => boolean;
  /** Its growth target is a fall (单位GDP能耗下降13.5%): a positive rate pasted for it is a fall. */
  falls: (id: string) => boolean;
  /** The base value the plan knows (printed, published or entered in the plan), in the indicator's unit. */
  base: (id: string) => number | undefined;
  /**
   * The level the plan prints for the indicator (its first level or share target with a figure, in the
   * indicator's unit): the scale a slipped unit, or a base share typed as a fraction, is told by where the plan
   * gives no base. For a flow whose total over the period is
   * a target (固定资产投资五年累计1500亿元), its pace a year (300), with that `total`.
   */
  printed: (id: string) => { value: number; year: number; total?: number } | undefined;
  /**
   * For a yearly figure (a quota's count, 规模以上工业企业（每年）; a flow, its id …_flow): the total the plan prints
   * as a fact under the same name (规模以上工业企业 312家 in 2020), in the indicator's unit.
   */
  stock: (id: string) => { value: number; year: number } | undefined;
  /** Its values may fall below zero: one computed with a subtraction, a difference such as 注册企业净增数. */
  signed: (id: string) => boolean;
  firstYear: number;
  lastYear: number;
  /** The calendar year now, where the caller knows it: a later year cannot have been observed. */
  thisYear?: number | undefined;
}

/** How a generated plan names a yearly figure: 规模以上工业企业（每年）. */
const YEARLY_SUFFIX = /[(（](?:每年|年度数?|当年)[)）]$/;

export function indicatorFacts(plan: Plan, thisYear?: number): IndicatorFacts {
  const units = new Map(plan.indicators.map((i) => [i.id, i.unit]));
  const shares = new Set(plan.targets.filter((t) => t.kind === 'share').map((t) => t.indicator));
  const fractional = new Set(plan.indicators.filter((i) => i.count === false).map((i) => i.id));
  const falling = fallingIndicators(plan);
  const bases = new Map(
    plan.indicators.flatMap((i) => (i.base && 'value' in i.base ? [[i.id, i.base.value] as const] : [])),
  );
  // A share simulated through its odds has its base there: s = o / (1 + o).
  for (const i of plan.indicators) {
    const odds = i.dynamics.kind === 'derived' ? oddsPart(i.dynamics.formula) : null;
    const o = odds === null ? undefined : bases.get(odds);
    if (o !== undefined && !bases.has(i.id)) bases.set(i.id, o / (1 + o));
  }
  const signed = new Set(
    plan.indicators
      .filter((i) => {
        const d = i.dynamics;
        return (
          (d.kind === 'derived' && d.formula.includes('-')) ||
          (d.kind === 'cumulative' && d.flow.includes('-'))
        );
      })
      .map((i) => i.id),
  );
  const printed = new Map<string, { value: number; year: number; total?: number }>();
  // A share's target too: a base typed as a fraction is told by it, where the plan gives none (checkValue).
  for (const t of plan.targets) {
    if (
      (t.kind !== 'level' && t.kind !== 'share') ||
      !t.indicator ||
      printed.has(t.indicator) ||
      t.value === undefined
    )
      continue;
    if (t.unit !== undefined && t.unit !== units.get(t.indicator)) continue;
    const value = Array.isArray(t.value) ? t.value[0] : t.value;
    if (value > 0) printed.set(t.indicator, { value, year: t.year });
  }
  // A flow whose total over the period is a target has that total's pace as its scale: 2800000 (万元 in the 亿元
  // row, every year) against 固定资产投资五年累计1500亿元 had been read with nothing to question it by (a tester).
  for (const t of plan.targets) {
    const d = plan.indicators.find((i) => i.id === t.indicator)?.dynamics;
    if (t.kind !== 'increase' || d?.kind !== 'cumulative' || t.value === undefined) continue;
    const flow = d.flow.trim();
    const years = t.year - plan.meta.baseYear;
    const total = Array.isArray(t.value) ? t.value[0] : t.value;
    if (!/^\w+$/.test(flow) || printed.has(flow) || units.get(flow) !== units.get(t.indicator!)) continue;
    if (total > 0 && years > 0) printed.set(flow, { value: total / years, year: t.year, total });
  }
  const stocks = new Map<string, { value: number; year: number }>();
  for (const i of plan.indicators) {
    const name = i.name.zh.replace(YEARLY_SUFFIX, '');
    if (name === i.name.zh && !i.id.endsWith('_flow')) continue;
    // Named as the text names it, its area aside (全区规模以上工业企业 312家).
    const key = withoutAreaOrCount(name);
    const fact = plan.facts.find(
      (f) => withoutAreaOrCount(f.name.zh) === key && f.unit === i.unit && f.value > 0,
    );
    if (fact) stocks.set(i.id, { value: fact.value, year: fact.year });
  }
  return {
    base: (id) => bases.get(id),
    printed: (id) => printed.get(id),
    stock: (id) => stocks.get(id),
    signed: (id) => signed.has(id),
    unit: (id) => units.get(id) ?? '',
    isShare: (id) => shares.has(id),
    fractional: (id) => fractional.has(id),
    isIndex: (id) => units.get(id) === INDEX_UNIT,
    falls: (id) => falling.has(id),
    firstYear: plan.meta.baseYear,
    lastYear: plan.meta.visionYear ?? plan.meta.targetYear,
    thisYear,
  };
}

/** Units stated for one cell, from the most to the least specific. */
export interface StatedUnits {
  /** A unit in the cell itself ("485.72亿元", "70%"). */
  cell: string | null;
  /** The unit column's cell, the value column's header, the name cell's bracket, the value header (long). */
  around: (string | null)[];
}

/**
 * The one unit the cell is written in (null: none stated), or undefined when stated units disagree. A unit in
 * the cell itself that converts to the row's says what that cell is written in: 6100人 in a 万人 row is 0.61
 * 万人, as the page's paste help promises (it had been refused as 单位相互矛盾).
 */
export function statedUnit(
  stated: (string | null)[],
  place: IssuePlace,
  sink: IssueSink,
): { unit: string | null; fromCell: boolean } | undefined {
  const units = stated.filter((u): u is string => u !== null && u.trim() !== '');
  const distinct = [...new Set(units.map(normalizeUnit))];
  const cell = stated[0];
  if (
    distinct.length > 1 &&
    cell != null &&
    cell.trim() !== '' &&
    new Set(units.slice(1).map(normalizeUnit)).size === 1 &&
    convertUnit(1, cell, units[1]!) !== null
  )
    return { unit: cell, fromCell: true };
  if (distinct.length > 1) {
    sink.add('error', place, 'conflictingUnits', { units: distinct });
    return undefined;
  }
  return { unit: units[0] ?? null, fromCell: stated[0] !== null && stated[0] === units[0] };
}

/** The value in the indicator's unit; shares as fractions. Warns where a share may have been misread. */
function inIndicatorUnit(
  value: number,
  unit: { unit: string | null; fromCell: boolean },
  id: string,
  target: string,
  place: IssuePlace,
  sink: IssueSink,
  base?: number,
): number | null {
  const targetIsShare = normalizeUnit(target) === '%';
  // A share written 0.47 where the unit (stated or the indicator's) is % is most likely a fraction: read as
  // written, but said, unless the cell itself carries the % sign — or unless its base shows it was one, when it
  // is refused with what was meant (questionScale) and this note would only repeat it.
  const small =
    targetIsShare && Math.abs(value) <= 1.5 && value !== 0 && !typedAsFraction(fromPercent(value), base);
  if (unit.unit === null) {
    if (small) sink.add('warning', place, 'bareShareSmall', { value, percent: pct(value), indicator: id });
    return targetIsShare ? fromPercent(value) : value;
  }
  const converted = convertUnit(value, unit.unit, target);
  if (converted === null) {
    // 城乡居民人均可支配收入 in 元 for an indicator the plan gave only a rate for: what it takes is the rates.
    if (target === INDEX_UNIT)
      sink.add('error', place, 'indexNeedsRates', { unit: unit.unit, indicator: id });
    else sink.add('error', place, 'unitNotConvertible', { unit: unit.unit, indicator: id, target });
    return null;
  }
  if (small && !unit.fromCell && normalizeUnit(unit.unit) === '%') {
    sink.add('warning', place, 'percentUnitSmall', {
      value,
      percent: pct(value),
      indicator: id,
      unit: unit.unit,
    });
  }
  return targetIsShare ? fromPercent(converted) : converted;
}

/** The year in the plan's window: refused far outside it, kept with a warning just outside the plan. */
export function yearInWindow(
  year: number,
  facts: IndicatorFacts,
  place: IssuePlace,
  sink: IssueSink,
): boolean {
  const { firstYear: first, lastYear: last } = facts;
  if (!isPlanYear(year) || year < first - 30 || year > last + 30) {
    sink.add('error', place, 'yearImplausible', { year, first, last });
    return false;
  }
  // Refused rather than kept: a page running to 2035 would pin 2031 to it as if it had happened.
  if (facts.thisYear !== undefined && year > facts.thisYear) {
    sink.add('error', place, 'yearNotYet', { year, now: facts.thisYear });
    return false;
  }
  if (year < first) sink.add('warning', place, 'yearBeforeBase', { year, base: first });
  else if (year > last) sink.add('warning', place, 'yearAfterLast', { year, last });
  return true;
}

export function readObservation(
  facts: IndicatorFacts,
  sink: IssueSink,
  where: { row: number; col: Column; raw: string },
  id: string,
  year: number,
  around: (string | null)[],
): Candidate | null {
  const { row, col, raw } = where;
  const place = at(row, col, raw);
  const cell = readNumberCell(raw, place, sink);
  if (cell === null) return null;
  const unit = statedUnit([cell.percent ? '%' : cell.unit, ...around], place, sink);
  if (unit === undefined) return null;
  const value = inIndicatorUnit(cell.value, unit, id, facts.unit(id), place, sink, facts.base(id));
  if (value === null || !checkValue(value, raw, id, facts, place, sink)) return null;
  if (!yearInWindow(year, facts, place, sink)) return null;
  return { id, year, value, row, col, raw };
}
