// The 基准 result shipped with the page must be the worker's own run to the bit, or the first full run
// replaces what the planner was reading. It is computed at every build (notebook/build/); this test runs the
// same plan and scenario the way the page's worker does and compares them after the trip through the module's
// JSON, which once turned every NaN (an indicator without a base) into 0.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe('exact JSON without anything to restore', () => {
  it('is read as plain JSON, and one typed array or one special number alone is still restored', () => {
    const plain = { a: [1, 2.5, { b: 'NaN', c: '{"num":' }], d: null };
    expect(fromExactJson(toExactJson(plain))).toEqual(plain);
    const typed = fromExactJson(toExactJson({ xs: Float64Array.from([1, 2]) })) as { xs: Float64Array };
    expect(typed.xs).toBeInstanceOf(Float64Array);
    const special = fromExactJson(toExactJson({ x: [Number.NEGATIVE_INFINITY] })) as { x: number[] };
    expect(special.x[0]).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('the shipped plan and 基准 result', () => {
  it('are the plan the page’s worker validates and the run it makes of the 基准, to the bit', async () => {
    const shipped = await computeShippedBaseline('.');
    expect(shipped).not.toBeNull();
    const read = fromExactJson(toExactJson(shipped)) as NonNullable<typeof shipped>;
    // As the page's worker would from the files: the plan with its statistics file, then the scenario
    // document the page sends.
    const planJson = JSON.parse(readFileSync(read.plan.file, 'utf8'));
    const { statistics: statsFile } = read.plan;
    const statistics = statsFile
      ? { json: JSON.parse(readFileSync(statsFile, 'utf8')), file: statsFile }
      : undefined;
    const plan = await engineApi.loadPlan(planJson, read.plan.file, 'shipped-test', statistics);
    const result = await engineApi.run('shipped-test', JSON.parse(read.baseline.key), { paths: FULL_PATHS });
    // An indicator without a base is NaN on every path: the case the plain JSON lost.
    expect(Object.values(result.indicators).some((i) => i.deterministic.some(Number.isNaN))).toBe(true);
    expect(read.plan.plan).toEqual(plan);
    const { elapsedMs: _a, ...fresh } = result;
    const { elapsedMs: _b, ...kept } = read.baseline.result;
    expect(kept).toEqual(fresh);
  });

  it('names the plan by its content: the same for the same files, another for another plan', async () => {
    const a = await computeShippedBaseline('.');
    const b = await computeShippedBaseline('.');
    expect(a!.plan.source).toMatch(/^[0-9a-f]{16}$/);
    // The page's bundle and the worker's each read it: built twice, they must name it alike.
    expect(b!.plan.source).toBe(a!.plan.source);
    // A root whose plan differs (an indicator renamed) is another source.
    const root = mkdtempSync(join(tmpdir(), 'shipped-'));
    for (const dir of ['seeds', 'scenarios']) cpSync(dir, join(root, dir), { recursive: true });
    const edited = JSON.parse(readFileSync('seeds/yaohai.plan.json', 'utf8'));
    edited.indicators[0].name.en = `${edited.indicators[0].name.en ?? ''} (edited)`;
    writeFileSync(join(root, 'seeds/yaohai.plan.json'), JSON.stringify(edited));
    const c = await computeShippedBaseline(root);
    expect(c!.plan.source).not.toBe(a!.plan.source);
  });
});
