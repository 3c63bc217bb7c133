// Which targets the table shows: all, those that need attention (存在风险, 难以达成, 未达成), those judged, or
// those waiting for data. A director asking "which targets will be missed?" had had to scan 55 rows; the
// words for this filter had been in the catalogue, unused. Each row carries its group (data-show); the table
// hides the others by CSS, so a new run changes no row's place.
import type { VerdictCode } from '../../engine/index.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { Translate } from '../i18n/t.ts';

export type FilterGroup = 'attention' | 'fine' | 'waiting' | 'other';

const CHOICES = ['all', 'attention', 'judged', 'waiting'] as const;
type Choice = (typeof CHOICES)[number];

/** The group a verdict puts its row in. */
export function filterGroupOf(code: VerdictCode | null): FilterGroup {
  switch (code) {
    case 'at-risk':
    case 'off-track':
    case 'missed':
      return 'attention';
    case 'on-track':
    case 'achieved':
      return 'fine';
    case 'unknown-base':
    case 'no-record':
      return 'waiting';
    default:
      return 'other';
  }
}

function counts(codes: readonly (VerdictCode | null)[]): Record<Choice, number> {
  const groups = codes.map(filterGroupOf);
  const n = (g: FilterGroup) => groups.filter((x) => x === g).length;
  return {
    all: codes.length,
    attention: n('attention'),
    judged: n('attention') + n('fine'),
    waiting: n('waiting'),
  };
}

export function dashboardFilter(t: Translate): {
  element: HTMLElement;
  update(codes: readonly (VerdictCode | null)[]): void;
} {
  const label = document.createElement('label');
  label.className = 'dashboard-filter no-print';
  label.textContent = `${t('dash.filter')}${t('common.colon')}`;
  const select = document.createElement('select');
  select.id = 'dashboard-filter';
  for (const c of CHOICES) {
    const o = document.createElement('option');
    o.value = c;
    o.textContent = t(`dash.filter.${c}` as MessageKey, { n: 0 });
    select.append(o);
  }
  select.addEventListener('change', () => {
    const dashboard = label.closest<HTMLElement>('.dashboard');
    if (dashboard) dashboard.dataset.filter = select.value;
  });
  label.append(select);
  let shown = '';
  return {
    element: label,
    update(codes) {
      const n = counts(codes);
      const key = JSON.stringify(n);
      if (key === shown) return;
      shown = key;
      for (const o of select.options)
        o.textContent = t(`dash.filter.${o.value}` as MessageKey, { n: n[o.value as Choice] });
    },
  };
}
