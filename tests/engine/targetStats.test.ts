// targetStats against a plain reading of the paths: for every level and share target of the Yaohai plan,
// the share of paths meeting it in its year and the share first meeting it each year, counted path by path
// here. About half of those targets sit on indicators awaiting a base, whose rows are NaN and which
// targetStats skips without testing each path; the other half are tested by its WebAssembly loops.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compiledModelFor } from '../../engine/compile/compileModel.ts';
import { metInterval, type TargetSpec } from '../../engine/outputs/targetMeasure.ts';
import { TargetTallies, targetCountStep, targetStats } from '../../engine/outputs/targetStats.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { bankDraws, zeroDraws } from '../../engine/run/DrawSource.ts';
import { resolveScenario } from '../../engine/run/resolveScenario.ts';
import { simulateSync } from '../../engine/run/simulate.ts';

describe('targetStats, level and share targets', () => {
  const plan = loadPlan(JSON.parse(readFileSync('seeds/yaohai.plan.json', 'utf8')), 'seeds/yaohai.plan.json');
  const model = compiledModelFor(plan, []);
  const setup = resolveScenario(plan, null, 2030);
  const n = 700;
  const det = simulateSync(model, setup, 1, zeroDraws);
  const mc = simulateSync(model, setup, n, bankDraws(3));
  const Y = setup.years.length;
  // The Monte Carlo run kept every year: its tallies are taken afterwards, year by year as a run takes them.
  const tallies = new TargetTallies(model.plan, model.slotOf, setup.years);
  for (let k = 0; k < Y; k++) tallies.observe(mc, k);
  const stats = targetStats(model.plan, model.slotOf, tallies, det);
  const levels = model.plan.targets.filter(
    (t) => (t.kind === 'level' || t.kind === 'share') && t.indicator && t.value !== undefined,
  );

  it('covers targets with NaN rows and targets with numbers', () => {
    const nanRows = levels.filter((t) => Number.isNaN(mc.values[model.slotOf.get(t.indicator!)!]![n]!));
    expect(nanRows.length).toBeGreaterThan(5);
    expect(levels.length - nanRows.length).toBeGreaterThan(3);
  });

  it.each(levels.map((t) => [t.id, t] as const))('%s: as counted path by path', (_, t) => {
    const ind = model.plan.indicators.find((i) => i.id === t.indicator)!;
    const kind = t.kind as 'level' | 'share';
    const spec: TargetSpec = {
      kind,
      comparator: t.comparator!,
      value: t.value!,
      tolerance: t.tolerance,
      countStep: targetCountStep(kind, ind),
      rateReading: t.rateReading,
    };
    const [lo, hi] = metInterval(spec);
    const row = mc.values[model.slotOf.get(t.indicator!)!]!;
    const y = t.year - setup.years[0]!;
    const met = (k: number, i: number) => row[k * n + i]! >= lo && row[k * n + i]! <= hi;
    const first = new Float64Array(Y);
    let pMet = 0;
    for (let i = 0; i < n; i++) {
      for (let k = 1; k < Y; k++)
        if (met(k, i)) {
          first[k]! += 1 / n;
          break;
        }
      if (y >= 1 && y < Y && met(y, i)) pMet++;
    }
    const s = stats.find((x) => x.id === t.id)!;
    if (y < 1 || y >= Y) return;
    expect(s.pMet).toBeCloseTo(pMet / n, 12);
    s.firstYearMet!.forEach((v, k) => {
      expect(v).toBeCloseTo(first[k]!, 12);
    });
  });
});
