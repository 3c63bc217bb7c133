// A published figure that measures a target on another reading than the plan data's (plan.otherReadings:
// 十四五期间新登记市场主体18.6万户, gross, beside 新增各类市场主体约10万户 read as net), as a line under the target's
// verdict: no verdict uses it, and a planner who knows the figure must not wonder why the row still asks for a base.
import { formatValue, type Plan, type Target } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { pick } from '../i18n/lang.ts';
import type { Translate } from '../i18n/t.ts';
import { esc } from './escape.ts';

export function otherReadingNote(plan: Plan, target: Target, lang: Lang, t: Translate): string {
  return (plan.otherReadings ?? [])
    .filter((o) => o.target === target.id)
    .map(
      (o) =>
        `<div class="verdict-reason other-reading">${esc(
          t('feas.otherReading', {
            name: pick(o.name, lang),
            year: o.year,
            value: formatValue(o.value, o.unit, lang, true),
          }),
        )}</div>`,
    )
    .join('');
}
