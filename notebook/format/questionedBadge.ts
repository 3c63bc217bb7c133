// The mark of a verdict that rests on an entered value read as a slipped decimal point (questionedActuals), as
// the dashboard and the evaluation table show it beside the verdict; its tip names each value and its guess.

import {
  msg,
  type QuestionedActual,
  questionedMessage,
  renderMessage,
  type VerdictBasis,
} from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Translate } from '../i18n/t.ts';
import { esc } from './escape.ts';

export function questionedBadge(
  questioned: readonly QuestionedActual[] | undefined,
  basis: VerdictBasis | null,
  lang: Lang,
  t: Translate,
): string {
  if (!questioned?.length) return '';
  const tip = renderMessage(lang, questionedMessage(msg(`verdict.basis.${basis ?? 'data'}`), questioned));
  return ` <span class="badge questioned" data-tip="${esc(tip)}" tabindex="0">⚠ ${esc(t('feas.questioned'))}</span>`;
}
