// Kernels run paths two at a time in SIMD and an odd last path in a scalar loop (emitKernel.ts): path i must
// get the same bits whichever loop computed it, and must not depend on how many paths run.
import { describe, expect, it } from 'vitest';
import { compiledModelFor } from '../../engine/compile/compileModel.ts';
import { bankDraws } from '../../engine/run/DrawSource.ts';
import { resolveScenario } from '../../engine/run/resolveScenario.ts';
import { type Simulation, simulateSteps, simulateSync } from '../../engine/run/simulate.ts';
import { yaohaiPlan } from './planFixtures.ts';

describe('kernels over an odd and an even number of paths', () => {
  it('give the first 63 paths bit for bit the same values in a 63-path and a 64-path run', () => {
    const plan = yaohaiPlan();
    const model = compiledModelFor(plan, []);
    const setup = resolveScenario(plan, null, 2035);
    const short = simulateSync(model, setup, 63, bankDraws(5), { reuseBuffers: false });
    const long = simulateSync(model, setup, 64, bankDraws(5), { reuseBuffers: false }); // separate workspaces, not reused
    const Y = setup.years.length;
    short.values.forEach((v, slot) => {
      for (let y = 0; y < Y; y++) {
        const a = Array.from(v.subarray(y * 63, y * 63 + 63));
        const b = Array.from(long.values[slot]!.subarray(y * 64, y * 64 + 63));
        expect(a).toEqual(b);
      }
    });
  });

  it('runs interleaved year by year on one model (two channels of the worker) each keep their own buffers', () => {
    const plan = yaohaiPlan();
    const model = compiledModelFor(plan, []);
    const setup = resolveScenario(plan, null, 2030);
    const alone = simulateSync(model, setup, 50, bankDraws(1)).values.map((v) => v.slice());
    const a = simulateSteps(model, setup, 50, bankDraws(1));
    const b = simulateSteps(model, setup, 50, bankDraws(2));
    let ra = a.next();
    let rb = b.next();
    while (!ra.done || !rb.done) {
      if (!ra.done) ra = a.next();
      if (!rb.done) rb = b.next();
    }
    const interleaved = ra.value as Simulation;
    alone.forEach((v, slot) => {
      expect(Array.from(interleaved.values[slot]!)).toEqual(Array.from(v));
    });
  });
});
