// One value a planner types into a field (a base to be entered), read as a pasted table's cell is: "52,000",
// "5.2万", "485.72亿元", "33%", full-width digits, and "4OO" refused with the number it was probably meant to
// be. A bare number is in the unit the field shows (`shownScale` × the indicator's unit: bn yuan in English is
// 0.1 × 亿元, a share is shown × 100); a number with its unit is converted from that unit. The value returned
// is in the indicator's own unit, a share as a fraction.
import type { Message } from '../report/messages/message.ts';
import { msg } from '../report/messages/message.ts';
import { fromPercent } from '../units/fromScale.ts';
import { convertUnit, normalizeUnit } from '../units/unitFactor.ts';
import { parseNumberCell } from './parseNumberCell.ts';

export type EnteredValue =
  | { kind: 'blank' }
  | { kind: 'value'; value: number }
  | { kind: 'error'; message: Message };

export function readEnteredValue(
  raw: string,
  indicator: { unit: string; name: { zh: string; en?: string | undefined } },
  shownScale = 1,
): EnteredValue {
  const cell = parseNumberCell(raw);
  if (cell.kind === 'blank') return { kind: 'blank' };
  if (cell.kind === 'error')
    return { kind: 'error', message: msg(`actuals.${cell.code}`, { text: cell.text ?? '' }) };
  const { unit } = indicator;
  const share = normalizeUnit(unit) === '%';
  const notConvertible = (written: string): EnteredValue => ({
    kind: 'error',
    message: msg('actuals.unitNotConvertible', {
      unit: written,
      indicator: { name: indicator.name },
      target: unit,
    }),
  });
  if (cell.percent) return share ? { kind: 'value', value: fromPercent(cell.value) } : notConvertible('%');
  if (cell.unit !== null) {
    const converted = convertUnit(cell.value, cell.unit, unit);
    if (converted === null) return notConvertible(cell.unit);
    return { kind: 'value', value: share ? fromPercent(converted) : converted };
  }
  return { kind: 'value', value: cell.value / shownScale };
}
