// The import review's drop-downs had been Chinese on the English page (tester, N14). The
// options' values are what the review reads and saves, so only the words shown may change with the language.
import { describe, expect, it } from 'vitest';
import { REVIEW_OPTIONS, reviewOptionLabel } from '../../notebook/model/reviewOptionLabel.ts';

const CJK = /[\u4e00-\u9fff]/;

describe('the import review’s option labels', () => {
  it('keeps the Chinese words on the Chinese page', () => {
    expect(reviewOptionLabel('comparator', '>=', 'zh')).toBe('≥ 以上');
    expect(reviewOptionLabel('comparator', 'range', 'zh')).toBe('区间');
    expect(reviewOptionLabel('kind', 'total', 'zh')).toBe('累计（各年合计）');
    expect(reviewOptionLabel('nature', 'binding', 'zh')).toBe('约束性');
    expect(reviewOptionLabel('nature', 'none', 'zh')).toBe('—');
  });

  it('leads with English on the English page, the Chinese word after it in brackets', () => {
    expect(reviewOptionLabel('comparator', '>=', 'en')).toBe('≥ at least (以上)');
    expect(reviewOptionLabel('comparator', '~=', 'en')).toBe('≈ about (左右)');
    expect(reviewOptionLabel('kind', 'growth', 'en')).toBe('annual growth (年均增长)');
    expect(reviewOptionLabel('nature', 'indicative', 'en')).toBe('indicative (预期性)');
  });

  it('gives every option of every drop-down an English label that starts without Chinese', () => {
    for (const [field, values] of Object.entries(REVIEW_OPTIONS) as [
      keyof typeof REVIEW_OPTIONS,
      readonly string[],
    ][]) {
      for (const v of values) {
        // biome-ignore lint/suspicious/noExplicitAny: every value of the field, typed by the loop
        const en = reviewOptionLabel(field, v as any, 'en');
        expect(en.replace(/\(.*\)$/, ''), `${field} ${v}`).not.toMatch(CJK);
      }
    }
  });

  it('offers the option values the review reads and saves, unchanged', () => {
    expect(REVIEW_OPTIONS.comparator).toEqual(['>=', '>', '~=', '<=', '<', 'range']);
    expect(REVIEW_OPTIONS.nature).toEqual(['none', 'indicative', 'binding']);
    expect(REVIEW_OPTIONS.kind).toEqual([
      'level',
      'increase',
      'total',
      'growth',
      'cumulative-growth',
      'quota',
      'pp-change',
      'share',
      'milestone',
      'qualitative',
    ]);
  });
});
