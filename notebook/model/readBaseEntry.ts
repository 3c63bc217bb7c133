// One base typed on the page (录入基期), read as a pasted cell is (readEnteredValue) and checked as a pasted
// actual is, against what the plan gives for the indicator (checkEnteredBase): 6500 (人) typed for a 万人 flow
// whose total is 3万人 over five years, and 0.668 for a 城镇化率 aimed at 72%, had been saved without a word
// and every path started from them (a tester, N15). Refused, it says why; kept with a question, it says that.
import { checkEnteredBase, type Plan, readEnteredValue, renderMessage } from '../../engine/index.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';
import { entryUnit } from './entryUnit.ts';

export type BaseEntry =
  | { kind: 'blank' }
  /** Not saved: `text` says why, naming the indicator and the value as typed. */
  | { kind: 'refused'; text: string }
  /** In the indicator's own unit (a share as a fraction); `question`: kept, but to be checked, and why. */
  | { kind: 'value'; value: number; question: string | null };

export function readBaseEntry(plan: Plan, id: string, typed: string, lang: Lang): BaseEntry {
  const ind = plan.indicators.find((i) => i.id === id)!;
  const t = translator(lang);
  const name = pick(ind.name, lang);
  const value = typed.trim();
  // Read as a pasted table's cell is: 52,000 · 5.2万 · 485.72亿元 · 33% (and 4OO refused with its 400).
  const read = readEnteredValue(typed, ind, entryUnit(ind.unit, lang).scale);
  if (read.kind === 'blank') return read;
  if (read.kind === 'error') {
    const why = renderMessage(lang, read.message);
    return { kind: 'refused', text: t('feas.enterBase.unreadable', { name, value, why }) };
  }
  if (read.value < 0) return { kind: 'refused', text: t('feas.enterBase.invalid', { name, value }) };
  const { kept, issues } = checkEnteredBase(plan, id, read.value, value);
  const why = issues.map((i) => renderMessage(lang, i.what)).join(t('sep.semi'));
  if (!kept) return { kind: 'refused', text: t('feas.enterBase.refused', { name, value, why }) };
  return {
    kind: 'value',
    value: read.value,
    question: issues.length ? t('feas.enterBase.question', { name, value, why }) : null,
  };
}
