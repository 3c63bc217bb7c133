// One cell of yearly growth rates for a rate-only indicator (规上工业增加值增速 6.8, with no level in the plan):
// a percentage, read as the year's rate of the index the plan import simulates. Where the target is a fall
// (单位GDP能耗下降13.5%), a positive figure is a fall, as a 统计公报 writes "下降2.8%".

import { fromPercent } from '../units/fromScale.ts';
import { normalizeUnit } from '../units/unitFactor.ts';
import { at, type IssueSink } from './issueSink.ts';
import { readNumberCell } from './readNumberCell.ts';
import { type Candidate, type IndicatorFacts, statedUnit, yearInWindow } from './readObservation.ts';
import type { Column } from './tableLayout.ts';

export function readRate(
  facts: IndicatorFacts,
  sink: IssueSink,
  where: { row: number; col: Column; raw: string },
  id: string,
  year: number,
  around: (string | null)[],
  falls: boolean,
): Candidate | null {
  const { row, col, raw } = where;
  const place = at(row, col, raw);
  const cell = readNumberCell(raw, place, sink);
  if (cell === null) return null;
  const unit = statedUnit([cell.percent ? '%' : cell.unit, ...around], place, sink);
  if (unit === undefined) return null;
  // A rate is a percentage: 6.8 and 6.8% alike; any other unit is not a rate.
  if (unit.unit !== null && normalizeUnit(unit.unit) !== '%') {
    sink.add('error', place, 'unitNotConvertible', { unit: unit.unit, indicator: id, target: '%' });
    return null;
  }
  if (!yearInWindow(year, facts, place, sink)) return null;
  if (!falls) return { id, year, value: fromPercent(cell.value), row, col, raw, rate: 'growth' };
  const value = fromPercent(cell.value > 0 ? -cell.value : cell.value);
  return { id, year, value, row, col, raw, rate: 'fall', signed: fromPercent(cell.value) };
}
