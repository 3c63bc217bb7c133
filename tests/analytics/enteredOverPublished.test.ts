// An entered value for a year the plan carries a published statistic for: the entered one is used, and said.
import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { evaluationColumn } from '../../engine/report/evaluationColumns.ts';
import { yaohaiWithStatistics } from '../engine/planFixtures.ts';

const plan = yaohaiWithStatistics();

describe('entered over published', () => {
  it('the paste says which entered values replace a published figure, with its source (zh and en)', () => {
    // The plan carries 高新技术企业数 2023 = 173 (published); 2022 has no published figure.
    const r = parseActuals('指标\t2022\t2023\n高新技术企业数\t150\t166\n', plan);
    expect(r.actuals).toEqual({ high_tech_enterprises: { '2022': 150, '2023': 166 } });
    const said = r.issues.filter((i) => i.code === 'enteredOverPublished');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ severity: 'info', row: 2, column: 3, value: '166' });
    expect(said[0]!.messageZh).toContain('2023年录入值166');
    expect(said[0]!.messageZh).toContain('173');
    expect(said[0]!.messageZh).toContain('合肥市瑶海区发展和改革委员会');
    expect(said[0]!.messageZh).toContain('以录入值为准');
    expect(said[0]!.message).toContain('the entered value is used');
  });
  it('an entered value equal to the published one says nothing', () => {
    const r = parseActuals('指标\t2023\n高新技术企业数\t173\n', plan);
    expect(r.issues.filter((i) => i.code === 'enteredOverPublished')).toEqual([]);
  });
  it('the evaluation’s latest value says the published figure it replaced', async () => {
    const ev = await evaluateTargets(plan, null, { high_tech_enterprises: { '2023': 166 } }, { paths: 0 });
    const t = ev.targets.find((x) => x.id === 'high_tech_2025')!;
    expect(t.latestSource).toBe('entered');
    expect(t.latestReplaced).toBe(173);
    const latest = evaluationColumn('latest');
    expect(latest.text(t, 'zh')).toContain('录入，公布统计为173');
    expect(latest.text(t, 'en')).toContain('entered, published 173');
    // Where nothing was replaced, nothing is said.
    const same = await evaluateTargets(plan, null, { high_tech_enterprises: { '2023': 173 } }, { paths: 0 });
    expect(same.targets.find((x) => x.id === 'high_tech_2025')!.latestReplaced).toBeUndefined();
  });
});
