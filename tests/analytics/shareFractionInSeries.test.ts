// A tester: a share pasted 64 | 66 | 0.68 for an indicator the plan gives no base for was read as 0.68% with a
// note at the paste alone, and then drove the verdict (所需 +34.66个百分点/年) with no ⚠. Read against the year
// before it, it is questioned as 68% typed as a fraction, and the verdict resting on it says so.
import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { questionedActuals } from '../../engine/actuals/questionedActuals.ts';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';

const plan = yaohaiPlan();
const paste = '指标\t单位\t2021\t2022\t2023\n五大支柱产业中小企业生产总值占GDP比重\t%\t58\t61\t0.63';

describe('a share typed as a fraction, with no base but a year before it', () => {
  it('is questioned at the paste against that year, with the percentage meant', () => {
    const r = parseActuals(paste, plan);
    const slip = r.issues.find((i) => i.code === 'decimalSlipYear');
    expect(slip).toMatchObject({ severity: 'warning', value: '0.63' });
    expect(slip!.messageZh).toContain(
      '0.63% 与五大支柱产业中小企业生产总值占GDP比重2022年的 61% 相差甚远，疑为 63%',
    );
  });

  it('marks the verdict resting on it', async () => {
    const { actuals } = parseActuals(paste, plan);
    const q = questionedActuals(plan, actuals);
    expect(q.map((x) => [x.indicator, x.year, x.why, x.guess])).toEqual([
      ['pillar_share', 2023, 'decimal', 0.63],
    ]);
    const ev = await evaluateTargets(plan, null, actuals, { paths: 0 });
    const marked = ev.targets.filter((t) => t.questioned?.some((x) => x.indicator === 'pillar_share'));
    expect(marked.length).toBeGreaterThan(0);
  });

  it('leaves a small share in line with its years alone', () => {
    expect(
      questionedActuals(plan, { pillar_share: { '2021': 0.009, '2022': 0.0095, '2023': 0.01 } }),
    ).toEqual([]);
  });
});
