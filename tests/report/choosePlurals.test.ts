// English counts agree with their nouns: one target "is", two "are" (a report had said "The 1 aspirational
// targets are counted apart").
import { describe, expect, it } from 'vitest';
import { fill } from '../../engine/report/messages/render.ts';
import { REPORT_MESSAGES } from '../../notebook/i18n/reportMessages.ts';
import { addMessages, t } from '../../notebook/i18n/t.ts';

describe('choosePlurals (through fill)', () => {
  const text = '{n|This target has|These {n} targets have} no data; {m} {m|waits|wait}.';
  it('picks the first form for 1 and the second otherwise, filling placeholders inside a form', () => {
    expect(fill(text, { n: 1, m: 2 }, 'en')).toBe('This target has no data; 2 wait.');
    expect(fill(text, { n: 3, m: 1 }, 'en')).toBe('These 3 targets have no data; 1 waits.');
    expect(fill(text, { n: 0, m: 0 }, 'en')).toBe('These 0 targets have no data; 0 wait.');
  });
  it('leaves a form as written when its number is missing, so the gap shows', () => {
    expect(fill('{n|one|many}', {}, 'en')).toBe('{n|one|many}');
  });
});

describe('the report summary in English', () => {
  addMessages(REPORT_MESSAGES);
  it('says one aspirational target in the singular, and several in the plural', () => {
    const one = t('en', 'rep.summary.basisApart', { n: 1, data: 1, derived: '', assumption: 0, unknown: 0 });
    expect(one).toMatch(/^The aspirational target is counted apart/);
    const two = t('en', 'rep.summary.basisApart', { n: 2, data: 2, derived: '', assumption: 0, unknown: 0 });
    expect(two).toMatch(/^The 2 aspirational targets are counted apart/);
  });
  it('has no "1 targets" or "These 1" left in any summary line with a count of one', () => {
    for (const key of Object.keys(REPORT_MESSAGES).filter((k) => k.startsWith('rep.summary.'))) {
      const ones = { n: 1, behind: 1, doubted: 1, missed: 1, evaluated: 1, unknown: 1, noRecord: 1 };
      const line = t('en', key as never, { ...ones, data: 1, assumption: 1, derived: '', total: 3 });
      expect(line, key).not.toMatch(/\b1 targets\b|These 1\b|\b1 (are|were|wait|rest|have)\b/);
    }
  });
});

describe('choosePlurals on counts passed as text or as formatted numbers', () => {
  it('reads digits and { num } as the count', () => {
    expect(fill('{n} {n|target|targets}', { n: '1' }, 'en')).toBe('1 target');
    expect(fill('{n} {n|target|targets}', { n: { num: 1200 } }, 'en')).toBe('1,200 targets');
  });
});
