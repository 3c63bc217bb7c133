// The 基准 result shipped with the page must be the worker's own run to the bit, or the first full run
// replaces what the planner was reading. It is computed at every build (notebook/build/); this test runs the
// same plan and scenario the way the page's worker does and compares them after the trip through the module's
// JSON, which once turned every NaN (an indicator without a base) into 0.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { engineApi } from '../../engine/worker/engineApi.ts';
import { computeShippedBaseline } from '../../notebook/build/computeShippedBaseline.ts';
import { fromExactJson, toExactJson } from '../../notebook/client/exactJson.ts';
import { FULL_PATHS } from '../../notebook/client/runController.ts';

describe('exact JSON', () => {
  it('gives back NaN, ±Infinity, -0 and typed arrays as they were', () => {
    const value = {
      a: Number.NaN,
      b: [Number.POSITIVE_INFINITY, -0, 0.1 + 0.2, null],
      c: Float64Array.from([Number.NaN, -0, Number.NEGATIVE_INFINITY, 422.80999999999995, 5e-324]),
      d: { num: 'not special', f64: 'a string' },
      e: 'NaN',
      f: [[Float64Array.from([1, Number.NaN])], { g: [Number.NaN] }],
    };
    const back = fromExactJson(toExactJson(value)) as typeof value;
    expect(back).toEqual(value);
    expect(Object.is(back.b[1], -0)).toBe(true);
    expect(Object.is(back.c[1], -0)).toBe(true);
    expect(back.c).toBeInstanceOf(Float64Array);
    expect(back.e).toBe('NaN');
    expect((back.f[0] as Float64Array[])[0]).toBeInstanceOf(Float64Array); // inside arrays, at any depth
    expect(Number.isNaN((back.f[1] as { g: number[] }).g[0])).toBe(true);
  });
});

describe('the shipped 基准 result', () => {
  it('is the run the page’s worker makes of the same plan and scenario, to the bit', async () => {
    const shipped = await computeShippedBaseline('.');
    expect(shipped).not.toBeNull();
    const read = fromExactJson(toExactJson(shipped)) as NonNullable<typeof shipped>;
    // As the page's worker: the plan with its statistics file, then the scenario document the page sends.
    const planJson = JSON.parse(readFileSync(read.file, 'utf8'));
    const statistics = read.statistics
      ? { json: JSON.parse(readFileSync(read.statistics, 'utf8')), file: read.statistics }
      : undefined;
    const plan = await engineApi.loadPlan(planJson, read.file, 'shipped-test', statistics);
    const result = await engineApi.run('shipped-test', JSON.parse(read.key), { paths: FULL_PATHS });
    // An indicator without a base is NaN on every path: the case the plain JSON lost.
    expect(Object.values(result.indicators).some((i) => i.deterministic.some(Number.isNaN))).toBe(true);
    expect(read.plan).toEqual(plan);
    const { elapsedMs: _a, ...fresh } = result;
    const { elapsedMs: _b, ...kept } = read.result;
    expect(kept).toEqual(fresh);
  });
});
