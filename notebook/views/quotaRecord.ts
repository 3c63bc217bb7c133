// A yearly quota (每年申报30家) as an execution record: each year's count against the quota — the actual or
// published count where there is one, otherwise the chance the year's count reaches the quota under the
// labelled execution assumption. Never one noisy number that must pass five times in a row.
import type { Plan, Target, TargetResult } from '../../engine/index.ts';
import { esc } from '../format/escape.ts';
import { formatProb, formatValue } from '../format/formatValue.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Translate } from '../i18n/t.ts';

export interface QuotaYear {
  year: number;
  actual: number | null;
  pMeet: number | null;
}

export function quotaRecordOf(tr: TargetResult): QuotaYear[] | null {
  const record = (tr as { record?: unknown }).record;
  if (!Array.isArray(record)) return null;
  return record.filter(
    (y): y is QuotaYear => typeof y === 'object' && y !== null && typeof y.year === 'number',
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
  if (!record || record.length === 0) return '';
  const low = Array.isArray(target.value) ? target.value[0] : (target.value ?? 0);
  const unit = (target.unit ?? plan.indicators.find((i) => i.id === target.indicator)?.unit ?? '').replace(
    /\/(年|yr)$/,
    '',
  );
  const cells = record
    .map((y) => {
      if (y.actual !== null) {
        const met = y.actual >= low;
        return `<span class="quota-year ${met ? 'met' : 'missed'}" data-year="${y.year}">${esc(t('feas.quota.year', { year: y.year, value: formatValue(y.actual, unit, lang) }))} ${met ? '✓' : '✗'}</span>`;
      }
      return `<span class="quota-year forecast" data-year="${y.year}">${esc(t('feas.quota.year', { year: y.year, value: formatProb(y.pMeet, lang) }))}</span>`;
    })
    .join(' ');
  return `<div class="quota-record" aria-label="${esc(t('feas.quota.record'))}">${cells}</div>`;
}
