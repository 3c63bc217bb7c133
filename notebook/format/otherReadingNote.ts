// A published figure that measures a target on another reading than the plan data's (plan.otherReadings:
// 十四五期间新登记市场主体18.6万户, gross, beside 新增各类市场主体约10万户 read as net), as a line under the target's
// verdict: no verdict uses it, and a planner who knows the figure must not wonder why the row still asks for a base.
import { formatValue, isLowerBound, type Plan, type Target } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { pick } from '../i18n/lang.ts';
import type { Translate } from '../i18n/t.ts';
import { esc } from './escape.ts';

export function otherReadingNote(plan: Plan, target: Target, lang: Lang, t: Translate): string {
  const line = (text: string) => `<div class="verdict-reason other-reading">${esc(text)}</div>`;
  const other = (plan.otherReadings ?? [])
    .filter((o) => o.target === target.id)
    .map((o) =>
      line(
        t('feas.otherReading', {
          name: pick(o.name, lang),
          year: o.year,
          value: formatValue(o.value, o.unit, lang, true),
        }),
      ),
    );
  // A published floor of the target's indicator (市场主体突破23万户): not pinned, so the row asked for a base
  // with no word of it; only the report's reading note had it (a tester).
  const ind = plan.indicators.find((i) => i.id === target.indicator);
  const floors = plan.observations
    .filter((o) => o.indicator === target.indicator && isLowerBound(o.provenance))
    .map((o) =>
      line(
        t('feas.lowerBound', {
          name: ind ? pick(ind.name, lang) : (target.indicator ?? ''),
          year: o.year,
          value: formatValue(o.value, ind?.unit ?? '', lang, true),
          phrase: o.provenance.kind === 'statistic' ? o.provenance.phrase : '',
        }),
      ),
    );
  return [...other, ...floors].join('');
}
