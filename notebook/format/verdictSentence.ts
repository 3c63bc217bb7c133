// One verdict in one sentence: its label, and — when pace and forecast disagree — why, in words a planner
// reads (the engine sends a reason code and its parameters; the page renders them).

import type { Verdict } from '../../engine/index.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { Translate } from '../i18n/t.ts';

const REASONS = new Set([
  'certificates-expire',
  'quota-every-year',
  'pace-linear-vs-compound',
  'latest-actual-below-path',
  'latest-actual-above-path',
  'forecast-differs-from-pace',
  'different-measures',
  'undefined-denominator',
]);

export function verdictLabel(v: Verdict, t: Translate): string {
  return t(`feas.verdict.${v.code}` as MessageKey);
}

/** The reason as a sentence, or '' when pace and forecast agree. */
export function verdictReason(v: Verdict, t: Translate): string {
  if (!v.reason) return '';
  const params: Record<string, string | number> = {};
  for (const [k, x] of Object.entries(v.params ?? {}))
    if (Array.isArray(x)) params[k] = x.join(t('feas.listSep'));
    else if (typeof x === 'number' && /^p|pace|ratio/i.test(k)) params[k] = `${Math.round(x * 100)}%`;
    else if (x !== null && x !== undefined) params[k] = x;
  if (REASONS.has(v.reason)) return t(`feas.reason.${v.reason}` as MessageKey, params);
  return t('feas.reason.other', { reason: v.reason });
}
