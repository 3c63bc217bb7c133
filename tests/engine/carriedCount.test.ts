// The deterministic path of a counted task carries its rounding over the years: by its target year it holds
// the rounded total of the means, not the sum of each year's median (0 for 0.54 a year, 5 for 0.71 a year).
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { carriedCount } from '../../engine/run/carriedCount.ts';
import { runSync } from '../../engine/run/run.ts';

const assumption = { kind: 'assumption', rationale: 'test' } as const;

/** A plan of one counted task: `pace` new items a year, added up from 0 in 2020. */
function countPlan(pace: number) {
  return loadPlan(
    {
      format: 'planpath/plan@1',
      meta: {
        id: 'count-test',
        title: { zh: '计数测试（虚构）' },
        region: { zh: '测试区' },
        synthetic: true,
        baseYear: 2020,
        targetYear: 2025,
      },
      parameters: [
        { id: 'pace', name: { zh: '年节奏' }, unit: '个/年', value: pace, provenance: assumption },
      ],
      indicators: [
        {
          id: 'added',
          name: { zh: '当年新增' },
          category: '测试',
          unit: '个/年',
          count: true,
          dynamics: { kind: 'count', mean: 'pace' },
        },
        {
          id: 'total',
          name: { zh: '累计' },
          category: '测试',
          unit: '个',
          count: true,
          base: { value: 0, provenance: assumption },
          dynamics: { kind: 'stock', inflow: 'added' },
        },
      ],
      targets: [],
      levers: [],
    },
    'count-test',
  );
}

describe('a count on the deterministic path', () => {
  it.each([
    [0.54, 3],
    [0.714, 4],
    [3.6, 18],
    [0, 0],
  ])('at %s a year holds the rounded expected total by 2025 (%s), in whole yearly flows', (pace, total) => {
    const r = runSync(countPlan(pace), null, { paths: 0 });
    const added = Array.from(r.indicators.added!.deterministic.slice(1));
    expect(added.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
    expect(r.indicators.total!.deterministic.at(-1)).toBe(total);
    // Every year's running total is the expected one, rounded: never more than half an item off.
    r.indicators.total!.deterministic.forEach((v, k) => {
      expect(Math.abs(v - pace * k)).toBeLessThanOrEqual(0.5);
    });
  });

  it('carries per path, gives NaN for a mean that is not a number and counts a negative one as 0', () => {
    const total = new Float64Array(3);
    const out = new Float64Array(6);
    carriedCount(total, new Float64Array([0.6, Number.NaN, -2]), out, 0, 3);
    carriedCount(total, new Float64Array([0.6, 1, 1.4]), out, 3, 3);
    expect(Array.from(out)).toEqual([1, Number.NaN, 0, 0, 1, 1]);
  });
});
