// One data row of a pasted table: the indicator it names, then its value cells (one in the long layout, one
// per year column in the wide one), each read by readObservation. Rows that cannot be read are reported.

import { normalizeUnit } from '../units/unitFactor.ts';
import { at, type IssueSink } from './issueSink.ts';
import { type IndicatorMatcher, splitNameAndUnit } from './matchIndicator.ts';
import { lookalikesAsDigits, parseNumberCell } from './parseNumberCell.ts';
import { type Candidate, type IndicatorFacts, readObservation } from './readObservation.ts';
import { readRate } from './readRate.ts';
import { type Column, isBlankRow, parseYear, type Role, type TableLayout } from './tableLayout.ts';

export interface RowReader {
  table: TableLayout;
  matcher: IndicatorMatcher;
  facts: IndicatorFacts;
  sink: IssueSink;
}

const colOf = (t: TableLayout, role: Role) => t.columns.find((c) => c.role === role);

/**
 * The indicator a row names, or null (reported); `rates` when the row names a growth target of a rate-only
 * indicator (an index), whose values are then yearly growth rates (`falls`: rates of decline).
 */
function rowIndicator(
  reader: RowReader,
  r: number,
  name: string,
  hasValues: boolean,
): { id: string; rates?: { falls: boolean } } | null {
  const { table, matcher, sink } = reader;
  const nameCol = colOf(table, 'indicator')!;
  const place = at(r + 1, nameCol, name);
  if (name.trim() === '') {
    if (hasValues) sink.add('error', at(r + 1, nameCol, ''), 'valuesWithoutName', {});
    return null;
  }
  const match = matcher.match(name);
  switch (match.kind) {
    case 'found':
      return { id: match.id };
    case 'notLevel':
      // 规上工业增加值增速 6.8: a 统计公报 reports the rate, and the plan has no level to give.
      if (match.targetKind === 'growth' && reader.facts.isIndex(match.id))
        return { id: match.id, rates: { falls: match.falls } };
      sink.add('error', place, 'targetNotLevel', {
        target: match.target,
        indicator: match.id,
        kind: match.targetKind,
        ...(match.inflow ? { inflow: match.inflow } : {}),
      });
      return null;
    case 'ambiguous':
      sink.add('error', place, 'ambiguousName', { ids: match.ids });
      return null;
    case 'unknown':
      if (!hasValues && table.layout === 'wide') sink.add('info', place, 'unknownRowWithoutValues', {});
      else sink.add('error', place, 'unknownName', { suggestions: match.suggestions });
      return null;
  }
}

export function readDataRow(reader: RowReader, r: number, cells: string[]): Candidate[] {
  const { table, facts, sink } = reader;
  if (isBlankRow(cells)) return [];
  const cell = (c: Column | undefined) => (c === undefined ? '' : (cells[c.index] ?? ''));
  const columns = table.columns.length;
  if (cells.length > columns && cells.slice(columns).some((c) => c.trim() !== '')) {
    sink.add('error', at(r + 1, null, cells.join(' | ')), 'tooManyCells', { cells: cells.length, columns });
    return [];
  }
  const valueCol = colOf(table, 'value');
  const valueCells =
    table.layout === 'long' ? [valueCol!] : table.columns.filter((c) => c.role === 'year-column');
  const hasValues = valueCells.some((c) => parseNumberCell(cell(c)).kind !== 'blank');
  const name = cell(colOf(table, 'indicator'));
  const named = rowIndicator(reader, r, name, hasValues);
  if (named === null) return [];
  const unitCol = colOf(table, 'unit');
  const unitCell = unitCol ? cell(unitCol).trim() || null : null;
  const nameUnit = splitNameAndUnit(name).unit;
  const { id } = named;
  // A row in % for an indicator the plan gave only a rate for (单位地区生产总值能耗 | % | −3.1): its yearly rates.
  const stated = unitCell ?? nameUnit;
  const figures = valueCells.map((c) => cell(c));
  const rates =
    named.rates ??
    (facts.isIndex(id) &&
    (stated === null ? ratesByTheirFigures(figures, facts.falls(id)) : normalizeUnit(stated) === '%')
      ? { falls: facts.falls(id) }
      : undefined);
  // A falling index's bare figures read by their size alone: said where the other reading is as likely.
  const askAs =
    stated === null && !named.rates && facts.isIndex(id) && facts.falls(id) ? sizeOnly(figures) : null;
  if (askAs) sink.add('warning', at(r + 1, null, null), 'bareIndexOrRate', { indicator: id, readAs: askAs });
  const read = (col: Column, year: number, around: (string | null)[]) =>
    rates
      ? readRate(facts, sink, { row: r + 1, col, raw: cell(col) }, id, year, around, rates.falls)
      : readObservation(facts, sink, { row: r + 1, col, raw: cell(col) }, id, year, around);
  if (table.layout === 'wide') {
    // A year left blank between two given (吴工: 医师数 2022) is said: the run fills it in, unasked otherwise.
    const given = valueCells.map((c) => parseNumberCell(cell(c)).kind !== 'blank');
    for (let k = given.indexOf(true) + 1; k < given.lastIndexOf(true); k++)
      if (!given[k])
        sink.add('info', at(r + 1, valueCells[k]!, ''), 'blankBetween', {
          indicator: id,
          year: valueCells[k]!.year!,
        });
    return valueCells
      .map((c) => read(c, c.year!, [unitCell, c.unit, nameUnit]))
      .filter((c): c is Candidate => c !== null);
  }
  if (parseNumberCell(cell(valueCol)).kind === 'blank') return [];
  const yearCol = colOf(table, 'year')!;
  const year = parseYear(cell(yearCol));
  if (year === null) {
    // 2O24 is 2024 mistyped: said with the year it would be, as a value's 4OO is.
    const place = at(r + 1, yearCol, cell(yearCol));
    const meant = parseYear(lookalikesAsDigits(cell(yearCol)));
    if (meant !== null) sink.add('error', place, 'notAYearLetter', { text: String(meant) });
    else sink.add('error', place, 'notAYear', {});
    return [];
  }
  const found = read(valueCol!, year, [unitCell, valueCol!.unit, nameUnit, valueCol!.unit]);
  return found ? [found] : [];
}

/**
 * A row for an index (base year = 1) under the indicator's own name, no unit stated, whose figures cannot be
 * its levels: one carries a % sign, or one lies outside 0.5–3 (an index of 9.2, or −2.8, a year or two from 1).
 * They are the yearly rates a 统计公报 gives: 规模以上工业增加值 9.2 5.1 −2.8 had been read as an index of −2.8
 * (完成进度 −944%), and 9.2% 5.1% refused as "% cannot convert, give the rates in %" (a tester).
 */
function ratesByTheirFigures(raws: readonly string[], falls: boolean): boolean {
  const numbers = raws.map(parseNumberCell).filter((c) => c.kind === 'number');
  // An index of a fall (单位GDP能耗下降13.5%) stays near 1: 2.8 2.5 2.2 are a 统计公报's yearly falls (下降2.8%), which
  // had read as an index of 2.8, the intensity nearly tripled.
  return numbers.some((c) => c.percent || !(c.value > 0.5 && c.value < (falls ? 1.5 : 3)));
}

/**
 * For a falling index's bare figures, the reading their size alone chose where another is as likely: all within
 * 0.5–1.5, an index (0.97) or yearly falls of about 1%; all below 0.5, yearly falls (0.41%) or the level in
 * 吨标准煤/万元 a planner copies from a 统计年鉴, which an index cannot take. Null when nothing is in doubt.
 */
function sizeOnly(raws: readonly string[]): 'index' | 'rates' | null {
  const numbers = raws.map(parseNumberCell).filter((c) => c.kind === 'number');
  if (numbers.length === 0 || numbers.some((c) => c.percent)) return null;
  if (numbers.every((c) => c.value > 0.5 && c.value < 1.5)) return 'index';
  if (numbers.every((c) => c.value > 0 && c.value <= 0.5)) return 'rates';
  return null;
}
