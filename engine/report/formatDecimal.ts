// A number written as Intl.NumberFormat('zh-CN' or 'en-US', { maximumFractionDigits: digits }) writes it —
// ',' between groups of three digits, '.' before the decimals, trailing zeros dropped, a tie rounded away
// from zero on the number's shortest decimals (1.005 → 1.01, as a reader expects; toFixed's exact binary
// value would give 1.00), and "-0" for a negative number that rounds to zero — without Intl: the first
// Intl.NumberFormat of a page loads the locale's data, 48–54 ms of the main thread during the first paint in
// Chromium (21 ms in Node). tests/engine/formatDecimal.test.ts holds it to Intl's output on both locales.

export function formatDecimal(value: number, digits: number): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (!Number.isFinite(value)) return `${sign}∞`;
  const [whole, decimals] = plainDigits(String(Math.abs(value)));
  const [int, frac] = roundHalfExpand(whole, decimals, digits);
  const kept = frac.replace(/0+$/, '');
  return `${sign}${groupThousands(int)}${kept ? `.${kept}` : ''}`;
}

/** The shortest round-trip decimals (String(x) for x ≥ 0) as whole and fraction digits, exponent expanded. */
function plainDigits(s: string): [string, string] {
  const e = s.indexOf('e');
  if (e < 0) {
    const dot = s.indexOf('.');
    return dot < 0 ? [s, ''] : [s.slice(0, dot), s.slice(dot + 1)];
  }
  const mantissa = s.slice(0, e).replace('.', '');
  const point = 1 + Number(s.slice(e + 1)); // digits of the mantissa before the decimal point
  if (point <= 0) return ['0', '0'.repeat(-point) + mantissa];
  if (point >= mantissa.length) return [mantissa + '0'.repeat(point - mantissa.length), ''];
  return [mantissa.slice(0, point), mantissa.slice(point)];
}

/** Keeps `digits` decimals; a first dropped digit of 5 or more rounds the magnitude up. */
function roundHalfExpand(whole: string, decimals: string, digits: number): [string, string] {
  if (decimals.length <= digits) return [whole, decimals];
  const kept = whole + decimals.slice(0, digits);
  if (decimals.charCodeAt(digits) < 53 /* '5' */) return [whole, decimals.slice(0, digits)];
  const up = increment(kept);
  const intLength = up.length - digits;
  return [up.slice(0, intLength), up.slice(intLength)];
}

/** A string of decimal digits plus one (it may grow by a digit: 999 → 1000). */
function increment(digitsText: string): string {
  const d = digitsText.split('');
  let k = d.length - 1;
  while (k >= 0 && d[k] === '9') d[k--] = '0';
  if (k < 0) return `1${d.join('')}`;
  d[k] = String(Number(d[k]) + 1);
  return d.join('');
}

export function groupThousands(int: string): string {
  const first = int.length % 3 || 3;
  let out = int.slice(0, first);
  for (let k = first; k < int.length; k += 3) out += `,${int.slice(k, k + 3)}`;
  return out;
}
