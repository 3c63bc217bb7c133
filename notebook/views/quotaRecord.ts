// A yearly quota (每年申报30家) as an execution record: each year's count against the quota — the actual or
// published count where there is one, otherwise the chance the year's count reaches the quota under the
// labelled execution assumption. Never one noisy number that must pass five times in a row.
import type { Plan, Target, TargetResult } from '../../engine/index.ts';
import { formatProb, formatValue } from '../../engine/index.ts';
import { esc } from '../format/escape.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Translate } from '../i18n/t.ts';

/** One year of a quota's record, as the engine sends it (TargetResult.quota). */
export interface QuotaYearView {
  year: number;
  quota: number;
  /** Observed count (actual or published), else null. */
  observed: number | null;
  met: boolean | null;
  /** Years without a count: share of paths meeting the quota under the execution assumption. */
  pMet: number | null;
}

export function quotaRecordOf(tr: TargetResult): QuotaYearView[] | null {
  const record = (tr as { quota?: unknown }).quota;
  if (!Array.isArray(record)) return null;
  return record.filter(
    (y): y is QuotaYearView =>
      typeof y === 'object' && y !== null && typeof (y as QuotaYearView).year === 'number',
  );
}

export function quotaRecordHtml(
  plan: Plan,
  target: Target,
  tr: TargetResult,
  lang: Lang,
  t: Translate,
): string {
  const record = quotaRecordOf(tr);
  // No count and no chance in any year (a quota waiting for its base): nothing to show but dashes.
  if (!record || record.every((y) => y.observed === null && y.pMet === null)) return '';
  const unit = (target.unit ?? plan.indicators.find((i) => i.id === target.indicator)?.unit ?? '').replace(
    /\/(年|yr)$/,
    '',
  );
  const cells = record
    .map((y) => {
      if (y.observed !== null) {
        const met = y.met ?? y.observed >= y.quota;
        const text = t('feas.quota.year', {
          year: y.year,
          value: formatValue(y.observed, unit, lang, true),
        });
        return `<span class="quota-year ${met ? 'met' : 'missed'}" data-year="${y.year}">${esc(text)} ${met ? '✓' : '✗'}</span>`;
      }
      const text = t('feas.quota.year', {
        year: y.year,
        // A year's chance, not a verdict's: whole percent keeps the record on its line at 768 px.
        value: formatProb(y.pMet, lang, true),
      });
      return `<span class="quota-year forecast" data-year="${y.year}" data-tip="${esc(t('feas.quota.forecastTip'))}" tabindex="0">${esc(text)}</span>`;
    })
    .join(' ');
  return `<div class="quota-record" aria-label="${esc(t('feas.quota.record'))}">${cells}</div>`;
}
