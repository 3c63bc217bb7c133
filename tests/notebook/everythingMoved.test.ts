// The warm-up's second scenario moves every lever off its default and turns every shock on, and is still a
// scenario the engine accepts (a refused one would end the warm-up before its full-size run).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { loadScenario } from '../../engine/plan/loadScenario.ts';
import { runSync } from '../../engine/run/run.ts';
import { everythingMoved } from '../../notebook/client/everythingMoved.ts';
import { scenarioDocument, workingFromDocument } from '../../notebook/state/scenarioFile.ts';

describe('everythingMoved', () => {
  const plan = loadPlan(JSON.parse(readFileSync('seeds/yaohai.plan.json', 'utf8')), 'seeds/yaohai.plan.json');
  const base = workingFromDocument(JSON.parse(readFileSync('scenarios/baseline.json', 'utf8')));
  const moved = everythingMoved(plan, base);

  it('moves every lever off its default and turns every shock on, keeping the rest', () => {
    expect(plan.levers.length).toBeGreaterThan(5);
    for (const l of plan.levers) expect(moved.levers?.[l.id]?.intensity).not.toBe(l.intensity.default);
    expect(moved.shocks).toEqual(plan.shocks.map((s) => s.id));
    expect(moved.name).toEqual(base.name);
  });

  it('is a scenario the engine runs, and one that changes the result', () => {
    const scenario = loadScenario(scenarioDocument(plan, moved), 'moved', plan);
    const a = runSync(plan, scenario, { paths: 50, seed: 1 });
    const b = runSync(plan, loadScenario(scenarioDocument(plan, base), 'base', plan), { paths: 50, seed: 1 });
    expect(a.cost.total).toBeGreaterThan(0);
    expect(a.targets.map((t) => t.pMet)).not.toEqual(b.targets.map((t) => t.pMet));
  });
});
