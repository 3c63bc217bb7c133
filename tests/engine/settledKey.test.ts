// A target settled by a figure the plan reckoned (社零 2025 = 435 × 1.03⁵, provenance `derived`) says so
// wherever 已定 is written: 孙科长 had read 已定 beside a value no one had published. An entered actual for the
// year replaces the reckoned one, and the word is 已定 again.
import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { settledIn, settledKey } from '../../engine/evaluate/settledIn.ts';
import { evaluationColumn } from '../../engine/report/evaluationColumns.ts';
import { runSync } from '../../engine/run/run.ts';
import { actualsScenario } from '../feasibility/feasibilityFixture.ts';
import { yaohaiWithStatistics } from './planFixtures.ts';

const plan = yaohaiWithStatistics();
const retail = 'retail_sales_2025';

describe('a target settled by a reckoned figure', () => {
  it('is said to be settled on a reckoned value, in the run and in the evaluation', async () => {
    const r = runSync(plan, null, { paths: 0 });
    const tr = r.targets.find((x) => x.id === retail)!;
    expect(settledIn(tr)).toBe(2025);
    expect(tr.latestReckoned).toBe(true);
    expect(settledKey(tr)).toBe('pmet.settled.reckoned');
    // A published latest value settles nothing reckoned (五上 2023 is published; its target is not settled).
    expect(r.targets.filter((x) => x.latestReckoned).map((x) => x.indicator)).toEqual([
      'retail_sales',
      'retail_sales',
    ]);
    const ev = await evaluateTargets(plan, null, {}, { paths: 0 });
    const x = ev.targets.find((t) => t.id === retail)!;
    expect(x.latestReckoned).toBe(true);
    expect(evaluationColumn('pMet').text(x, 'zh')).toBe('已定（依推算值）');
    expect(evaluationColumn('pMet').text(x, 'en')).toBe('settled (on a reckoned value)');
  });

  it('is settled plainly once the planner enters that year’s actual', async () => {
    const entered = { retail_sales: { '2025': 520 } };
    const r = runSync(plan, actualsScenario(entered), { paths: 0 });
    const tr = r.targets.find((x) => x.id === retail)!;
    expect(tr.latest).toEqual({ year: 2025, value: 520 });
    expect(tr.latestReckoned).toBe(false);
    expect(settledKey(tr)).toBe('pmet.settled');
    const ev = await evaluateTargets(plan, null, entered, { paths: 0 });
    expect(evaluationColumn('pMet').text(ev.targets.find((t) => t.id === retail)!, 'zh')).toBe('已定');
  });
});
