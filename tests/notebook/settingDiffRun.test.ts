// A tester: two scenarios that differed in their seed, their paths or their horizon read "所选情景的设置完全相同"
// in the comparison, while the breakdown credited a point or two to the seed. The run's settings are rows too.
import { describe, expect, it } from 'vitest';
import { settingDiff } from '../../notebook/model/settingDiff.ts';
import { settingLabel, settingValueText } from '../../notebook/model/settingText.ts';
import type { Working } from '../../notebook/state/scenarioOps.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';

const plan = yaohaiPlan();
const scenario = (s: Partial<Working>): Working =>
  ({ name: { zh: 'x' }, plan: plan.meta.id, ...s }) as Working;

describe('settingDiff, the run’s own settings', () => {
  it('lists a seed, a count of paths, a horizon and 评估截至 that differ, with the page’s defaults', () => {
    const rows = settingDiff(plan, [
      scenario({ seed: 7, paths: 2000 }),
      scenario({ horizon: 2035, asOf: 2022, paths: 2000 }),
    ]);
    const run = rows.filter((r) => r.kind === 'run');
    expect(run.map((r) => [r.id, r.values])).toEqual([
      ['horizon', [null, 2035]],
      ['seed', [7, null]],
      ['asOf', [null, 2022]],
    ]);
    const horizon = run[0]!;
    expect(settingLabel(plan, horizon, 'zh')).toBe('推演至');
    expect(settingValueText(plan, horizon, horizon.planDefault, 'zh')).toBe('2025年');
    expect(settingValueText(plan, horizon, 2035, 'en')).toBe('2035');
    const asOf = run[2]!;
    expect(settingLabel(plan, asOf, 'zh')).toContain('不改变推演');
    expect(settingValueText(plan, asOf, null, 'zh')).toBe('最新数据');
    // Shared and not the default: with `shared`, 2,000 paths is listed as both scenarios' setting.
    const shared = settingDiff(plan, [scenario({ paths: 2000 }), scenario({ paths: 2000 })], {
      shared: true,
    });
    const paths = shared.find((r) => r.id === 'paths')!;
    expect(paths.shared).toBe(true);
    expect(settingValueText(plan, paths, paths.values[0]!, 'zh')).toBe('2,000');
  });

  it('says nothing of a run setting written out at its default', () => {
    const rows = settingDiff(plan, [scenario({ seed: 1, paths: 5000 }), scenario({})], { shared: true });
    expect(rows.filter((r) => r.kind === 'run')).toEqual([]);
  });
});
