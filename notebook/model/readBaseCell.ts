// A base typed in the import's review. A rate's row (年均增长15%) has no level unit of its own, so its base is
// typed with one (120亿元) and becomes the level the rate grows; a bare 120 there had been counted as a base and
// then dropped for an index (何工). Elsewhere a unit, when typed, must convert to the row's.
import { convertUnit, type Message, readEnteredValue } from '../../engine/index.ts';

export type BaseCell =
  | { ok: true; base: number | null; unit?: string }
  /**
   * `number`: not a number, with why (`reason`: 2OO is 200 with a letter O); `unit`: a rate's row without a
   * unit, or a unit that does not convert.
   */
  | { ok: false; problem: 'number'; reason: Message | null }
  | { ok: false; problem: 'unit' };

const TYPED = /^([+-]?\d[\d,]*(?:\.\d+)?)\s*([^\d\s][^\d]*)?$/;

export function readBaseCell(text: string, rowUnit: string, rowIsRate: boolean): BaseCell {
  const typed = text.trim();
  if (typed === '') return { ok: true, base: null };
  // Letters typed for digits (2OO, 6O) read as a unit "O" by the pattern below: said as what they are.
  const read = readEnteredValue(typed, { unit: rowUnit, name: { zh: '' } });
  if (read.kind === 'error' && read.message.code === 'actuals.letterForDigit')
    return { ok: false, problem: 'number', reason: read.message };
  const m = TYPED.exec(typed);
  const value = m ? Number(m[1]!.replaceAll(',', '')) : Number.NaN;
  // Why, as a pasted cell says it: the review had said only 无法识别.
  if (!Number.isFinite(value))
    return { ok: false, problem: 'number', reason: read.kind === 'error' ? read.message : null };
  const unit = m![2]?.trim();
  if (rowIsRate) return unit ? { ok: true, base: value, unit } : { ok: false, problem: 'unit' };
  if (!unit || unit === rowUnit) return { ok: true, base: value };
  const converted = convertUnit(value, unit, rowUnit);
  return converted === null ? { ok: false, problem: 'unit' } : { ok: true, base: converted };
}
