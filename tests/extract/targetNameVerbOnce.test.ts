// A row whose name already ends in its verb (…能耗下降, …排放降低率) and whose 类型 says the change had its verb
// said twice in the generated target's name: 单位地区生产总值能耗下降：下降14% (a tester).
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/index.ts';
import { generatePlan } from '../../engine/generate/generatePlan.ts';

function names(rows: string[]): string[] {
  const draft = extractTargets(['指标\t单位\t目标年\t目标值\t类型', ...rows].join('\n'), {
    targetYear: 2028,
  });
  return generatePlan(draft.targets, { targetYear: 2028 }).plan.targets.map((t) => t.name.zh);
}

describe('a generated target’s name says its verb once', () => {
  it('drops the fall a row’s name ends in where the figure is named with it', () => {
    expect(
      names([
        '万元工业增加值能耗下降\t%\t2028\t11\t累计增长',
        '万元工业增加值用水量降低\t%\t2028\t9\t累计',
        '化学需氧量排放年均降低率\t%\t2028\t2.4\t年均增长',
      ]),
    ).toEqual([
      '万元工业增加值能耗：下降11%',
      '万元工业增加值用水量：下降9%',
      '化学需氧量排放：年均下降2.4%',
    ]);
  });

  it('and a rise a name ends in, but not a word that only begins with it (增加值)', () => {
    expect(
      names([
        '科技型中小企业新增\t家\t2028\t40\t新增',
        '乡村旅游收入年均增长\t%\t2028\t8\t年均增长',
        '规上工业增加值\t亿元\t2028\t25\t新增',
      ]),
    ).toEqual(['科技型中小企业：新增40家', '乡村旅游收入：年均增长8%', '规上工业增加值：新增25亿元']);
  });
});
