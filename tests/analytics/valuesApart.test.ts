// A tester: 个体工商户 pasted as 61,234 | 68,000 | 1,234 | 80,100 had its right 80,100 questioned as a jump
// (“每年多 78866户 … 中位数 -30000户”) and the slipped 1,234 between them left alone. The value far off both its
// neighbours, where they agree, is the one asked about; the rise after it is then read without it.
import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { questionedActuals } from '../../engine/actuals/questionedActuals.ts';
import { valuesApart } from '../../engine/actuals/valuesApart.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { questionedItem } from '../../engine/report/verdictMessage.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';

const plan = yaohaiPlan();
const series = (from: number, v: number[]) => v.map((value, i) => ({ year: from + i, value }));

describe('valuesApart', () => {
  it('finds a value far below, or far above, both neighbours that agree', () => {
    const below = series(2020, [52_300, 57_900, 870, 63_400]);
    expect(valuesApart(below, below)).toEqual([
      { year: 2022, value: 870, before: { year: 2021, value: 57_900 }, after: { year: 2023, value: 63_400 } },
    ]);
    const above = series(2020, [410, 450, 9_800, 520]);
    expect(valuesApart(above, above).map((a) => a.year)).toEqual([2022]);
  });

  it('leaves a series that steps once, neighbours that disagree, and a value under five times off', () => {
    const step = series(2020, [400, 420, 3_900, 4_100]);
    expect(valuesApart(step, step)).toEqual([]);
    const apart = series(2020, [1_000, 150, 9_000]);
    expect(valuesApart(apart, apart)).toEqual([]);
    const near = series(2020, [5_000, 5_200, 1_200, 5_600]);
    expect(valuesApart(near, near)).toEqual([]);
  });
});

describe('a stock’s lone value, questioned', () => {
  const byYear = { '2020': 52_300, '2021': 57_900, '2022': 870, '2023': 63_400 };

  it('asks about the lone value, not the rise after it', () => {
    const q = questionedActuals(plan, { individual_businesses: byYear });
    expect(q.map((x) => [x.year, x.why, x.beside])).toEqual([
      [2022, 'apart', { before: 57_900, after: 63_400 }],
    ]);
    expect(renderMessage('zh', questionedItem(q[0]!))).toBe(
      '2022年个体工商户数 870 户 与前后已知值 57,900 户、63,400 户 均相差 5 倍以上，疑为录入有误',
    );
    const en = renderMessage('en', questionedItem(q[0]!));
    expect(en).toContain('5 or more times off both values either side (57,900');
    expect(en).not.toMatch(/NaN/);
  });

  it('is said at the pasted cell, with its thousands grouped, in zh and en', () => {
    const paste = '指标\t单位\t2020\t2021\t2022\t2023\n个体工商户数\t户\t52,300\t57,900\t870\t63,400';
    const issues = parseActuals(paste, plan).issues.filter((i) => i.severity !== 'info');
    expect(issues.map((i) => [i.code, i.value])).toEqual([['valueApart', '870']]);
    expect(issues[0]!.messageZh).toContain(
      '个体工商户数2022年的 870户 与前后已知值 57,900户、63,400户 均相差 5 倍',
    );
    expect(issues[0]!.message).toContain('both values either side (57,900');
  });
});
