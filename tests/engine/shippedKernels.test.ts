// The embedded plan's kernels ship with the CLI (seeds/yaohai.kernels.ts, handed to the engine by
// engine/cli/cliInputs.ts), so a fresh process does not parse its formulas. They must be what planning that plan
// gives today (this fails after a formula, the planner or an emitter has changed, until `npm run emit:wasm` is
// run), and they must serve only a plan whose compile inputs are exactly the shipped ones.
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../engine/compile/compileModel.ts';
import { compileInputs, planKernels } from '../../engine/compile/planKernels.ts';
import { shippedKernelEntry } from '../../engine/compile/shippedKernelEntry.ts';
import { useShippedKernels } from '../../engine/compile/shippedKernels.ts';
import { bytesOf } from '../../engine/compile/wasm/bytesOf.ts';
import { kernelModuleBytes } from '../../engine/compile/wasm/kernelModule.ts';
import { applyStatistics } from '../../engine/plan/applyStatistics.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { loadStatistics } from '../../engine/plan/loadStatistics.ts';
import type { Plan } from '../../engine/plan/planSchema.ts';
import { KERNELS } from '../../seeds/yaohai.kernels.ts';
import { readJson, yaohaiPlan } from './planFixtures.ts';

const RUN = 'run `npm run emit:wasm`';

/** The plan with one change made to a copy of it. */
function edited(change: (plan: Plan) => void): Plan {
  const plan = structuredClone(yaohaiPlan());
  change(plan);
  return plan;
}

/** The first indicator whose dynamics has `field` as a formula. */
function withFormula(plan: Plan, field: string): Record<string, string> {
  const ind = plan.indicators.find((i) => typeof (i.dynamics as Record<string, unknown>)[field] === 'string');
  return ind!.dynamics as unknown as Record<string, string>;
}

describe('kernels shipped with the CLI', () => {
  it('are what planning the embedded plan gives today', () => {
    expect(KERNELS.file).toBe('seeds/yaohai.plan.json');
    const now = shippedKernelEntry(loadPlan(readJson(KERNELS.file), KERNELS.file));
    expect(KERNELS.key, RUN).toBe(now.key);
    expect(JSON.parse(KERNELS.plan), RUN).toEqual(now.planned);
    expect(Buffer.from(bytesOf(KERNELS.module)).equals(Buffer.from(now.module)), RUN).toBe(true);
  });

  it('are used only once offered: the engine ships none', () => {
    // The tests below offer them; vitest runs a file's tests in order.
    expect(compileModel(yaohaiPlan()).shipped).toBe(false);
    useShippedKernels(KERNELS);
    expect(compileModel(yaohaiPlan()).shipped).toBe(true);
  });

  it('serve the embedded plan, with or without its statistics applied (bases are not compile inputs)', () => {
    useShippedKernels(KERNELS);
    const plan = yaohaiPlan();
    expect(compileModel(plan).shipped).toBe(true);
    const file = `seeds/${plan.meta.statistics}`;
    const withStatistics = applyStatistics(plan, loadStatistics(readJson(file), file)).plan;
    expect(withStatistics.indicators).not.toEqual(plan.indicators);
    expect(compileModel(withStatistics).shipped).toBe(true);
  });

  it('do not serve a plan changed in a formula, a count flag or its parameters', () => {
    useShippedKernels(KERNELS);
    expect(compileModel(edited(() => {})).shipped).toBe(true);
    const changes: [string, (plan: Plan) => void][] = [
      [
        'a growth rate',
        (p) => {
          withFormula(p, 'rate').rate += ' + 0.001';
        },
      ],
      [
        'a count flag',
        (p) => {
          p.indicators.find((i) => i.count === undefined)!.count = false;
        },
      ],
      ['a parameter added', (p) => void p.parameters.push({ ...p.parameters[0]!, id: 'extra_parameter' })],
    ];
    for (const [what, change] of changes) expect(compileModel(edited(change)).shipped, what).toBe(false);
  });

  it('are not used with a scenario’s formula cells, nor without SIMD', () => {
    useShippedKernels(KERNELS);
    const plan = yaohaiPlan();
    const cell = { id: 'f1', name: { zh: '公式' }, unit: '亿元', formula: `${plan.indicators[0]!.id} * 2` };
    expect(compileModel(plan, [cell]).shipped).toBe(false);
    expect(compileModel(plan, [], 'plan', false).shipped).toBe(false);
  });

  it('give the model that compiling the formulas gives', () => {
    useShippedKernels(KERNELS);
    // The same formula with redundant parentheses is another key, so it is compiled, to the same kernels.
    const plan = edited((p) => {
      const d = withFormula(p, 'rate');
      d.rate = `(${d.rate})`;
    });
    const compiled = compileModel(plan);
    const shipped = compileModel(yaohaiPlan());
    expect(compiled.shipped).toBe(false);
    expect(compiled.indicators).toEqual(shipped.indicators);
    expect([...compiled.slotOf]).toEqual([...shipped.slotOf]);
    expect(compiled.kernelCount).toBe(shipped.kernelCount);
    expect(compiled.kernels.maxInputs).toBe(shipped.kernels.maxInputs);
    const planned = planKernels(compileInputs(plan));
    const bytes = Buffer.from(bytesOf(KERNELS.module));
    expect(bytes.equals(Buffer.from(kernelModuleBytes(planned.kernels, true)))).toBe(true);
  });
});
