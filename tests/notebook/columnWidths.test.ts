// The verdict table's column widths: shares summing to 1; when the table is wider than the page, no header
// breaks inside a word (Progr/ess, P(m/et)) or inside a Chinese header (完成进/度); long cells wrap instead.
import { describe, expect, it } from 'vitest';
import { columnWidths, TABLE_EMS } from '../../notebook/report/columnWidths.ts';
import { headerLines } from '../../notebook/report/headerLines.ts';
import { longestWordEms, textEms } from '../../notebook/report/textEms.ts';

const enHeader = ['Target', 'Base', 'Progress', 'P(met)', 'Verdict', 'Basis'];
const enRows = [
  [
    '45,000 new registered enterprises (2025)',
    '58,639 entities',
    '25.2%',
    '14%',
    'off track: the latest actual lies below the planned path (84%); starting from it, P(met) is 14%.',
    'rests on data (printed in the plan)',
  ],
];

describe('columnWidths', () => {
  it('gives shares that sum to 1, in proportion to what each column wants when the table fits', () => {
    const w = columnWidths(['目标', '完成进度'], [['甲', '25.2%']]);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // 目标 (2 + 1 ems) against 完成进度 (4 + 1 ems).
    expect(w[1]! / w[0]!).toBeCloseTo(5 / 3, 12);
  });

  it('keeps every English header word and every Chinese header whole on a narrow page', () => {
    const narrow = 40;
    const w = columnWidths(enHeader, enRows, narrow);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    enHeader.forEach((h, c) => {
      expect(w[c]! * narrow).toBeGreaterThanOrEqual(longestWordEms(h) + 1 - 1e-9);
    });
    // The verdict sentence wraps: its column gets less than the sentence's width.
    expect(w[4]! * narrow).toBeLessThan(textEms(enRows[0]![4]!));
    const zh = columnWidths(
      ['目标', '完成进度', '判断依据'],
      [['新增注册企业4.5万户 (2025)', '25.2%', '依据数据 (规划原文)']],
      12,
    );
    expect(zh[1]! * 16).toBeGreaterThanOrEqual(textEms('完成进度') + 1 - 1e-9);
  });

  it('reads an unbreakable piece: a Latin word whole, a Chinese character alone', () => {
    expect(longestWordEms('rests on data')).toBeCloseTo(textEms('rests'), 12);
    expect(longestWordEms('依据数据')).toBe(1);
    expect(TABLE_EMS).toBeGreaterThan(60);
  });
});

describe('headerLines', () => {
  it('prints a long Chinese header in two lines broken between words, and leaves short and English ones whole', () => {
    expect(headerLines('已实现年均增速')).toEqual(['已实现', '年均增速']);
    expect(headerLines('规划要求年均增速')).toEqual(['规划要求', '年均增速']);
    expect(headerLines('最新实际至目标年所需增速')).toEqual(['最新实际至', '目标年所需增速']);
    expect(headerLines('增速达成率 R')).toEqual(['增速', '达成率 R']);
    expect(headerLines('完成进度')).toEqual(['完成进度']);
    expect(headerLines('Required growth from the latest')).toEqual(['Required growth from the latest']);
  });

  // The verdict sentence had wrapped in a column four characters wide beside 最新实际至目标年所需增速 on one line.
  it('gives the room a long header gave up to the columns that wrap', () => {
    const header = ['目标', '最新实际至目标年所需增速', '综合判断'];
    const rows = [
      [
        '社会消费品零售总额670亿元 (2025)',
        '—',
        '未达成：2025年由公布数据推算为504.3亿元，未达到目标。'.repeat(2),
      ],
    ];
    const w = columnWidths(header, rows, 30);
    // The header's longer line, not the whole header, is its column's least width.
    expect(w[1]! * 30).toBeLessThan(textEms('最新实际至目标年所需增速'));
    expect(w[1]! * 30).toBeGreaterThanOrEqual(textEms('目标年所需增速') + 1 - 1e-9);
  });
});
