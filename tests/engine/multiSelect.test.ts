// multiSelect settles several ranks of a range at once; crowded histogram bins rely on it, and they are
// crowded mostly by ties (a stock at its cap), so ties get their own cases.
import { quantile } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multiSelect } from '../../engine/outputs/multiSelect.ts';
import { QuantileScratch, quantilesInto } from '../../engine/outputs/quantilesInto.ts';

function check(data: number[], ranks: number[]): void {
  const a = Float64Array.from(data);
  const ks = Int32Array.from([...new Set(ranks)].sort((x, y) => x - y));
  multiSelect(a, 0, a.length - 1, ks, 0, ks.length);
  const sorted = Float64Array.from(data).sort();
  // === rather than toBe: -0 and 0 are equal to every comparison the quantiles make (as in d3.quantile).
  for (const k of ks) expect(a[k] === sorted[k]).toBe(true);
  expect(Float64Array.from(a).sort()).toEqual(sorted); // a permutation of the input
}

describe('multiSelect', () => {
  it('puts every wanted rank in its sorted place, with and without ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: true })), {
          minLength: 1,
          maxLength: 300,
        }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 14 }),
        (data, picks) =>
          check(
            data,
            picks.map((p) => p % data.length),
          ),
      ),
    );
  });
  it('settles a range that is nearly all one value', () => {
    const data = Array.from({ length: 5000 }, (_, i) => (i % 97 === 0 ? i / 5000 : 1));
    check(data, [0, 10, 249, 250, 2500, 4749, 4750, 4999]);
  });
});

describe('quantilesInto on a cell piled up at a cap', () => {
  it('matches d3.quantile', () => {
    const probs = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];
    const data = Array.from({ length: 10_000 }, (_, i) => Math.min(1, 0.2 + ((i * 7919) % 10_007) / 8000));
    const out = probs.map(() => new Float64Array(1));
    quantilesInto(
      Float64Array.from(data),
      0,
      data.length,
      probs,
      out,
      new Float64Array(1),
      0,
      new QuantileScratch(),
    );
    probs.forEach((p, j) => {
      expect(out[j]![0]).toBe(quantile(data, p));
    });
  });
});
