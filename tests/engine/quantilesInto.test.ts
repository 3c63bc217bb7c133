// Edge cases of the histogram-select beyond the property test: constant cells, outliers that crowd one
// bin, ties, and non-finite values.
import { quantile } from 'd3';
import { describe, expect, it } from 'vitest';
import { QuantileScratch, quantilesInto } from '../../engine/outputs/quantilesInto.ts';

const probs = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];
const scratch = new QuantileScratch();

function q(data: number[]): { qs: number[]; mean: number } {
  const out = probs.map(() => new Float64Array(1));
  const mean = new Float64Array(1);
  quantilesInto(Float64Array.from(data), 0, data.length, probs, out, mean, 0, scratch);
  return { qs: out.map((o) => o[0]!), mean: mean[0]! };
}

describe('quantilesInto', () => {
  it('a constant cell gives that value everywhere', () => {
    expect(q(Array(1000).fill(42))).toEqual({ qs: probs.map(() => 42), mean: 42 });
  });
  it('stays exact when outliers stretch the range (everything else in one bin)', () => {
    const data = [...Array.from({ length: 5000 }, (_, i) => 1 + i * 1e-9), 1e12, -1e12];
    q(data).qs.forEach((v, j) => {
      expect(v).toBeCloseTo(quantile(data, probs[j]!)!, 12);
    });
  });
  it('stays exact when the subsample misses the bulk (values hidden between sampled points)', () => {
    const data = Array.from({ length: 10_000 }, (_, i) => (i % 19 === 0 ? i : 1e6 + i));
    q(data).qs.forEach((v, j) => {
      expect(v).toBeCloseTo(quantile(data, probs[j]!)!, 9);
    });
  });
  it('handles ties and a tiny cell', () => {
    expect(q([3, 1, 2, 2]).qs[3]).toBe(2);
    expect(q([7]).qs).toEqual(probs.map(() => 7));
  });
  it('lets NaN surface in the upper quantiles rather than hiding it', () => {
    const { qs, mean } = q([1, 2, 3, Number.NaN]);
    expect(Number.isNaN(mean)).toBe(true);
    expect(Number.isNaN(qs[6]!)).toBe(true);
    expect(qs[0]).toBeCloseTo(1.15, 12);
  });
});
