// Invariants of the extractor on arbitrary input: it never throws, every figure is found at its offset in
// the original text, and values are finite numbers (ranges ordered low to high).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/index.ts';
import { DISTRICT_FIVE_YEAR } from './planTexts.ts';

// Fragments planners' texts are made of, so random texts hit the extractor's paths, not only noise.
const FRAGMENTS = [
  '到2025年，',
  '“十四五”期间，',
  '截至2020年底，',
  '力争',
  '每年',
  '年均增长',
  '新增',
  '分别',
  '达到',
  '超过',
  '以上',
  '左右',
  '以内',
  '不少于',
  '控制在',
  '从',
  '由目前的',
  '增加到',
  '占',
  '比重',
  '企业',
  '产值',
  '100',
  '3.5',
  '１２',
  '两千',
  '十万',
  '三',
  '亿元',
  '万户',
  '家',
  '个',
  '%',
  '个百分点',
  '-',
  '—',
  '～',
  '至',
  '、',
  '，',
  ',',
  '。',
  '；',
  '\n',
  '（',
  '）',
  '(',
  ')',
  '“',
  '”',
  '《',
  '》',
  '一、',
  '（一）',
  '——',
  '是2015年的',
  '倍',
  '规划期末',
  '百亿级',
  ' ',
];

const planLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  planLike,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ maxLength: 200 }),
);

describe('extractTargets invariants', () => {
  it('never throws; figures sit at their offsets; values are finite', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.option(fc.integer({ min: 2000, max: 2050 }), { nil: undefined }),
        (text, year) => {
          const r = extractTargets(text, year === undefined ? {} : { targetYear: year });
          for (const f of [...r.targets, ...r.baseFacts]) {
            expect(text.slice(f.offset, f.offset + f.figure.length)).toBe(f.figure);
            expect(f.figure.length).toBeGreaterThan(0);
            const values = Array.isArray(f.value) ? f.value : [f.value];
            for (const v of values) expect(Number.isFinite(v)).toBe(true);
            if (Array.isArray(f.value)) expect(f.value[0]).toBeLessThan(f.value[1]);
          }
        },
      ),
      { seed: 20261128, numRuns: 400 },
    );
  });

  it('the same text read twice gives the same draft (no hidden state)', () => {
    expect(extractTargets(DISTRICT_FIVE_YEAR)).toEqual(extractTargets(DISTRICT_FIVE_YEAR));
  });
});
