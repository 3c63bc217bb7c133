// The report's labels come with the report's code, not with the first visit (17 KB of source had travelled in
// the page's catalogue for a view fetched a second after the first run).
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../notebook/i18n/messages.ts';
import { REPORT_MESSAGES } from '../../notebook/i18n/reportMessages.ts';
import { t } from '../../notebook/i18n/t.ts';

describe('the report’s labels', () => {
  it('are not in the page’s catalogue, and read through t once the report’s module is loaded', () => {
    expect(Object.keys(MESSAGES).filter((k) => k.startsWith('rep.'))).toEqual([]);
    expect(Object.keys(REPORT_MESSAGES).length).toBeGreaterThan(50);
    expect(t('zh', 'rep.kind')).toBe('中期评估报告');
    expect(t('en', 'rep.kind')).toBe('Mid-term evaluation report');
  });
});
