// The dashboard's first line: how many verdicts rest on data, on assumptions, and how many wait for a
// base; 力争, not-comparable and qualitative targets counted apart.
import { esc } from '../format/escape.ts';
import type { Translate } from '../i18n/t.ts';
import type { VerdictCounts } from '../model/verdictCounts.ts';

export function verdictHeadline(c: VerdictCounts, t: Translate): string {
  const total = c.data + c.derived + c.assumption + c.noRecord + c.unknownBase;
  const main = t(c.noRecord > 0 ? 'feas.headline.noRecord' : 'feas.headline', {
    total,
    data: c.data,
    // Said only when there are some: a figure reckoned from published ones is not itself published.
    derived: c.derived > 0 ? t('feas.headline.derived', { n: c.derived }) : '',
    assumption: c.assumption,
    noRecord: c.noRecord,
    unknown: c.unknownBase,
  });
  const apart = t('feas.headline.apart', {
    aspirational: c.aspirational,
    notComparable: c.notComparable,
    qualitative: c.qualitative,
  });
  return (
    `<p class="verdict-headline" data-data="${c.data}" data-derived="${c.derived}" data-assumption="${c.assumption}" data-no-record="${c.noRecord}" data-unknown="${c.unknownBase}"` +
    ` data-aspirational="${c.aspirational}">${esc(main)}</p><p class="verdict-apart">${esc(apart)}</p>`
  );
}
