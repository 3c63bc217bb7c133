// formatDecimal writes numbers as Intl.NumberFormat does for the page's two locales (it replaced Intl to spare
// the first paint the locale data): held to Intl itself, on ties, signs, both ends of the double range and
// seeded random values of every magnitude.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../engine/report/formatDecimal.ts';

const intl = new Map<string, Intl.NumberFormat>();
function viaIntl(value: number, digits: number, locale: string): string {
  const key = `${locale}${digits}`;
  let f = intl.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    intl.set(key, f);
  }
  return f.format(value);
}

const LOCALES = ['zh-CN', 'en-US'];
const DIGITS = [0, 1, 2, 3, 4];

describe('formatDecimal against Intl.NumberFormat', () => {
  it.each([
    1.005,
    2.675,
    0.125,
    0.135,
    999.995,
    9.995,
    0.5,
    1.5,
    2.5,
    1234.5,
    485.72,
    607,
    0.7635,
    58639,
    45000,
    -0.2,
    -0.004,
    -2.5,
    -1234.5678,
    0,
    -0,
    1e-7,
    1.23456e-7,
    5e-324,
    1e21,
    1.5e21,
    2 ** 64,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ])('%d', (value) => {
    for (const locale of LOCALES)
      for (const digits of DIGITS) expect(formatDecimal(value, digits)).toBe(viaIntl(value, digits, locale));
  });

  it('random values of every magnitude, ties included', () => {
    const magnitude = fc.integer({ min: -9, max: 23 });
    const value = fc.oneof(
      fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), magnitude).map(([m, e]) => m * 10 ** e),
      // k + 0.5 at the last kept digit, and its neighbours one ulp away
      fc
        .tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 4 }))
        .map(([k, d]) => (k + 0.5) / 10 ** d),
    );
    fc.assert(
      fc.property(value, fc.constantFrom(...DIGITS), fc.constantFrom(...LOCALES), (v, digits, locale) => {
        expect(formatDecimal(v, digits)).toBe(viaIntl(v, digits, locale));
      }),
      { seed: 20261129, numRuns: 20_000 },
    );
  });
});
