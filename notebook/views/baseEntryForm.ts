// 基期待补: a field per base-unknown indicator a target depends on. The value is saved as the scenario's
// actual for the base year (source: entered), so it travels with the scenario, its file and its link.
import type { Plan } from '../../engine/index.ts';
import { displayScale, isCountUnit, readEnteredValue, renderMessage, unitLabel } from '../../engine/index.ts';
import type { App } from '../app.ts';
import { esc } from '../format/escape.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import type { Translate } from '../i18n/t.ts';
import { setActuals } from '../state/scenarioOps.ts';

/**
 * The unit a base is typed in, as the page shows it (in English 亿元 reads as bn yuan), and the factor from
 * the plan's unit to it. A unit with no English name is a plain number (个, 条) or typed as the plan prints it.
 */
export function entryUnit(unit: string, lang: Lang): { label: string; scale: number } {
  const label = unitLabel(unit, lang);
  if (lang === 'zh' || !/\p{Script=Han}/u.test(label)) return { label, scale: displayScale(unit, lang) };
  return { label: isCountUnit(unit) ? 'number' : unit, scale: 1 };
}

export function baseEntryForm(plan: Plan, indicatorIds: string[], lang: Lang, t: Translate): string {
  const year = plan.meta.baseYear;
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
    `<span class="base-entry-title">${esc(t('feas.enterBase', { year }))}</span> ${fields} ` +
    `<button type="submit" class="small">${esc(t('feas.enterBase.apply'))}</button>` +
    `<span class="base-entry-message" role="status"></span></form>`
  );
}

/** Reads a base-entry form and writes its values as base-year actuals; says which field is wrong, in the page's language. */
export function applyBaseEntry(app: App, form: HTMLFormElement, lang: Lang, t: Translate): boolean {
  const { plan } = app;
  const year = String(plan.meta.baseYear);
  const message = form.querySelector<HTMLElement>('.base-entry-message');
  const values: Record<string, number> = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('input[data-base-for]')) {
    const id = input.dataset.baseFor!;
    const ind = plan.indicators.find((i) => i.id === id)!;
    // Read as a pasted table's cell is: 52,000 · 5.2万 · 485.72亿元 · 33% (and 4OO refused with its 400).
    const read = readEnteredValue(input.value, ind, entryUnit(ind.unit, lang).scale);
    if (read.kind === 'blank') continue;
    if (read.kind === 'error' || read.value < 0) {
      const name = pick(ind.name, lang);
      if (message)
        message.textContent =
          read.kind === 'error'
            ? t('feas.enterBase.unreadable', {
                name,
                value: input.value,
                why: renderMessage(lang, read.message),
              })
            : t('feas.enterBase.invalid', { name, value: input.value });
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return false;
    }
    input.removeAttribute('aria-invalid');
    values[id] = read.value;
  }
  if (Object.keys(values).length === 0) return false;
  app.scenario.update((s) => {
    const merged: Record<string, Record<string, number>> = structuredClone(s.actuals ?? {});
    for (const [id, v] of Object.entries(values)) merged[id] = { ...(merged[id] ?? {}), [year]: v };
    return setActuals(s, merged);
  }, {});
  if (message) message.textContent = t('feas.enterBase.saved');
  return true;
}
