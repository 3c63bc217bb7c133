// 基期待补: a field per base-unknown indicator a target depends on. The value is saved as the scenario's
// actual for the base year (source: entered), so it travels with the scenario, its file and its link.
import type { Plan } from '../../engine/index.ts';
import { type App, dropNotice, pushNotice } from '../app.ts';
import { esc } from '../format/escape.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { type Translate, translator } from '../i18n/t.ts';
import { entryUnit } from '../model/entryUnit.ts';
import { readBaseEntry } from '../model/readBaseEntry.ts';
import { setActuals } from '../state/scenarioOps.ts';

export function baseEntryForm(
  plan: Plan,
  indicatorIds: string[],
  lang: Lang,
  t: Translate,
  forIndicator?: string,
): string {
  const year = plan.meta.baseYear;
  // Fields for other indicators than the target's own say why (在孵企业 = 孵化器、众创空间数 × a parameter): a tester
  // asked for 在孵企业's base was offered 孵化器、众创空间数 and could not tell why.
  const own = forIndicator ? plan.indicators.find((i) => i.id === forIndicator) : undefined;
  const names = indicatorIds.flatMap((id) => {
    const ind = plan.indicators.find((i) => i.id === id);
    return ind ? [pick(ind.name, lang)] : [];
  });
  const why =
    own && !indicatorIds.includes(own.id)
      ? `<span class="base-entry-why muted">${esc(t('feas.enterBase.via', { indicator: pick(own.name, lang), inputs: names.join(lang === 'zh' ? '、' : ', ') }))}</span> `
      : '';
  const fields = indicatorIds
    .map((id) => {
      const ind = plan.indicators.find((i) => i.id === id);
      if (!ind) return '';
      // Typed in the unit the page shows (in English 亿元 reads as bn yuan): applyBaseEntry scales it back.
      const unit = entryUnit(ind.unit, lang).label;
      const label =
        lang === 'zh' ? `${pick(ind.name, lang)}（${unit}）` : `${pick(ind.name, lang)} (${unit})`;
      return (
        `<label class="base-field">${esc(label)} <input type="text" inputmode="decimal" size="8"` +
        ` data-base-for="${esc(id)}" aria-label="${esc(`${t('feas.enterBase', { year })}: ${label}`)}"></label>`
      );
    })
    .join(' ');
  return (
    `<form class="base-entry" data-base-form>` +
    `<span class="base-entry-title">${esc(t('feas.enterBase', { year }))}</span> ${why}${fields} ` +
    `<button type="submit" class="small">${esc(t('feas.enterBase.apply'))}</button>` +
    `<span class="base-entry-message" role="status"></span></form>`
  );
}

/**
 * Reads a base-entry form and writes its values as base-year actuals, checked as a pasted actual is
 * (readBaseEntry); says which field is wrong, or which value to check, in the page's language.
 */
export function applyBaseEntry(app: App, form: HTMLFormElement, lang: Lang, t: Translate): boolean {
  const { plan } = app;
  const year = String(plan.meta.baseYear);
  const message = form.querySelector<HTMLElement>('.base-entry-message');
  const values: Record<string, number> = {};
  const questioned: { id: string; typed: string }[] = [];
  for (const input of form.querySelectorAll<HTMLInputElement>('input[data-base-for]')) {
    const id = input.dataset.baseFor!;
    const read = readBaseEntry(plan, id, input.value, lang);
    if (read.kind === 'blank') continue;
    if (read.kind === 'refused') {
      if (message) message.textContent = read.text;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return false;
    }
    input.removeAttribute('aria-invalid');
    values[id] = read.value;
    if (read.question) questioned.push({ id, typed: input.value });
  }
  if (Object.keys(values).length === 0) return false;
  app.scenario.update((s) => {
    const merged: Record<string, Record<string, number>> = structuredClone(s.actuals ?? {});
    for (const [id, v] of Object.entries(values)) merged[id] = { ...(merged[id] ?? {}), [year]: v };
    return setActuals(s, merged);
  }, {});
  // Kept with a question: said beside the fields, and in the banner, for the fields close once the base is in.
  const questions = (l: Lang) =>
    questioned.flatMap((q) => {
      const read = readBaseEntry(plan, q.id, q.typed, l);
      return read.kind === 'value' && read.question ? [read.question] : [];
    });
  if (message) message.textContent = [t('feas.enterBase.saved'), ...questions(lang)].join(' ');
  if (questioned.length === 0) dropNotice(app, BASE_QUESTION_NOTICE);
  else
    pushNotice(app, {
      id: BASE_QUESTION_NOTICE,
      kind: 'warning',
      text: (l) => translator(l)('feas.enterBase.saved'),
      items: questions,
    });
  return true;
}

/** The banner notice of a base kept with a question: one at a time, the latest save's. */
const BASE_QUESTION_NOTICE = 'base-entry-question';
