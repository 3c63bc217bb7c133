// The 约束性 mark of a binding target, as the dashboard and the evaluation table show it beside the verdict.

import type { Translate } from '../i18n/t.ts';
import { esc } from './escape.ts';

export function bindingBadge(nature: 'indicative' | 'binding' | null | undefined, t: Translate): string {
  return nature === 'binding'
    ? ` <span class="badge binding" data-tip="${esc(t('feas.binding.tip'))}" tabindex="0">${esc(t('verdict.binding.label'))}</span>`
    : '';
}
