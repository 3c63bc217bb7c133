// Reads one cell of a pasted statistics table: "1,234.5", "1 234.5", "１２３４.５" (full-width), "70%",
// "485.72亿元", "-3.2". Blank cells and the placeholders statistical tables use for "no data" (-, —, …, /)
// are reported as blank, not as errors. Anything else that is not clearly one number is an error with a
// reason — a cell is never half-read ("12a" is not 12).

export type NumberCell =
  | { kind: 'blank' }
  | {
      kind: 'number';
      value: number;
      percent: boolean;
      unit: string | null;
      /** Printed as an approximate figure (约120, 120左右): read as the figure, and said so. */
      approx?: true;
    }
  | { kind: 'error'; code: CellErrorCode; text?: string };

/** Why a cell is not one number (rendered by actualsMessage.ts). */
export type CellErrorCode =
  | 'notNumber'
  | 'badCommas'
  | 'textAfterNumber'
  | 'textAfterPercent'
  | 'notFinite'
  | 'letterForDigit';

/**
 * Letters typed for digits (4OO, 1O5, 2l, and after the point: 3.O, 12.l): O for 0, l or I for 1, with no
 * space after the digits. After a point a letter must be among the decimals (".5" never reaches here).
 */
const DIGIT_LOOKALIKES = /^(?:[OoIl][OoIl\d]*(?:\.[OoIl\d]+)?|\.\d*[OoIl][OoIl\d]*)$/;

/** The letters O and l typed for 0 and 1 (4OO, 2O24), read as the digits they stand for. */
export const lookalikesAsDigits = (text: string): string => text.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');

const BLANKS = new Set(['', '-', '--', '—', '——', '－', '/', '…', '...', 'na', 'n/a', '#n/a', 'null', '无']);

/** Full-width digits, signs and punctuation → ASCII (what WPS and Chinese input methods often produce). */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

const NUMBER_WITH_REST = /^([+-]?)(\d[\d,]*(?:\.\d+)?|\.\d+)(?:[eE]([+-]?\d+))?(\s*)(.*)$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export function parseNumberCell(raw: string): NumberCell {
  const text = toHalfWidth(raw)
    .replace(/[\u00A0\u2009\u202F]/g, ' ')
    .trim();
  if (BLANKS.has(text.toLowerCase())) return { kind: 'blank' };
  // 约120, 120左右: a communiqué's approximate figure is still its figure (a tester's 约120 had been refused).
  const approx = /^(?:大约|约)\s*|\s*左右$/g;
  if (approx.test(text)) {
    const cell = parseNumberCell(text.replace(approx, ''));
    if (cell.kind === 'blank') return { kind: 'error', code: 'notNumber' };
    return cell.kind === 'number' ? { ...cell, approx: true } : cell;
  }
  // Thousands separators written as spaces ("1 234.5"): join digit groups of three.
  const joined = /^[+-]?\d{1,3}(?: \d{3})+(?:\.\d+)?(?:\D.*)?$/.test(text)
    ? text.replace(/(\d) (?=\d{3}\b)/g, '$1')
    : text;
  const m = NUMBER_WITH_REST.exec(joined);
  if (!m) return { kind: 'error', code: 'notNumber' };
  const [, sign, digits, exponent, space, restRaw] = m;
  if (digits!.includes(',') && !GROUPED.test(digits!)) {
    return { kind: 'error', code: 'badCommas' };
  }
  // 4OO is 400 mistyped, not 4 in a unit "OO": say so, with the number it would be (`text`).
  if (space === '' && DIGIT_LOOKALIKES.test(restRaw!.trimEnd())) {
    const meant = `${sign}${digits}${lookalikesAsDigits(restRaw!.trimEnd())}`;
    return { kind: 'error', code: 'letterForDigit', text: meant };
  }
  let rest = restRaw!.trim();
  let percent = false;
  if (rest.startsWith('%')) {
    percent = true;
    rest = rest.slice(1).trim();
  }
  // A unit of words is one too: "45 bn yuan", as the English page writes amounts.
  if (rest !== '' && !/^[\p{Script=Han}a-zA-Z$¥￥/]+(?: [a-zA-Z]+)*$/u.test(rest)) {
    return { kind: 'error', code: 'textAfterNumber', text: rest };
  }
  if (percent && rest !== '') return { kind: 'error', code: 'textAfterPercent', text: rest };
  const value = Number(`${sign}${digits!.replace(/,/g, '')}${exponent === undefined ? '' : `e${exponent}`}`);
  if (!Number.isFinite(value)) return { kind: 'error', code: 'notFinite' };
  return { kind: 'number', value, percent, unit: rest === '' ? null : rest };
}
