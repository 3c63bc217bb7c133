// Formula cells: a planner adds a named indicator written in mathjs syntax over the plan's indicators.
// The engine checks it against its allow-list (errors point at the character), compiles it as part of the
// scenario, and it is charted in its cell and in the indicator detail; it travels with the scenario and link.
// The editor here serves both the form under 自定义指标 and editing a formula cell in place.
import { html } from 'htl';
import { type FormulaError, renderMessage, type UserFormula } from '../../engine/index.ts';
import type { App } from '../app.ts';
import { type Lang, paren, pick } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';
import { formulaExample } from '../model/formulaExample.ts';
import { addFormulaCell, sequenceOf } from '../state/cellOps.ts';
import { button } from './button.ts';
import { roomForCell } from './cells/roomForCell.ts';

const ID = /^[a-z][a-z0-9_]*$/;

/** The formula with a caret under the character an error points at. */
export function caretLine(source: string, position: number | undefined): string {
  // At most WINDOW characters each side of the caret: a 2 MB paste had been repeated whole under the form.
  const from = Math.max(0, Math.min(position ?? 0, source.length) - WINDOW);
  const to = Math.min(source.length, Math.max(position ?? 0, 0) + WINDOW);
  const head = from > 0 ? '…' : '';
  const shown = `${head}${source.slice(from, to)}${to < source.length ? '…' : ''}`;
  if (position === undefined || position < 0) return shown;
  const p = Math.min(position, source.length) - from + head.length;
  return `${shown}\n${' '.repeat(p)}^`;
}

const WINDOW = 60;

export interface FormulaEditorOptions {
  /** The formula being edited (its id stays); none for a new one. */
  initial?: UserFormula;
  /** Ids on the form's fields: the form under 自定义指标 keeps the page's fx-… ids. */
  idPrefix?: string;
  submitLabel: string;
  onSave(entry: UserFormula): void;
  onCancel?(): void;
}

/** A form for a formula: checked in the worker on submit, errors shown under it with a caret. */
export function formulaEditor(app: App, lang: Lang, o: FormulaEditorOptions): HTMLFormElement {
  const t = translator(lang);
  const p = o.idPrefix ?? '';
  // Examples from the plan loaded, or none in particular: the Yaohai plan's pillar_output / market_entities had
  // stood on every plan (testers).
  const id = html`<input type="text" name="id" size="18" placeholder="new_indicator">` as HTMLInputElement;
  const name =
    html`<input type="text" name="name" placeholder=${t('fx.namePlaceholder')}>` as HTMLInputElement;
  const unit = html`<input type="text" name="unit" size="6" value="亿元">` as HTMLInputElement;
  const formula =
    html`<textarea name="formula" rows="2" spellcheck="false" placeholder=${formulaExample(app.plan)}></textarea>` as HTMLTextAreaElement;
  const errors = html`<div class="formula-errors" role="alert"></div>`;
  if (p) {
    id.id = `${p}id`;
    name.id = `${p}name`;
    unit.id = `${p}unit`;
    formula.id = `${p}formula`;
    errors.id = `${p}errors`;
  }
  if (o.initial) {
    id.value = o.initial.id;
    id.readOnly = true;
    name.value = pick(o.initial.name, lang);
    unit.value = o.initial.unit;
    formula.value = o.initial.formula;
  }
  const field = (label: string, input: HTMLElement) => html`<label class="field">${label} ${input}</label>`;
  const symbols = app.plan.indicators
    .map((i) => `${i.id}${paren(pick(i.name, lang), lang)}`)
    .join(lang === 'zh' ? '，' : ', ');
  const form = html`<form class="formula-form" novalidate>
    <div class="row">${field(t('fx.id'), id)}${field(t('fx.name'), name)}${field(t('fx.unit'), unit)}</div>
    ${field(t('fx.formula'), formula)}
    <details class="muted"><summary>${t('fx.symbols')}</summary><div class="mono">${symbols}</div></details>
    ${errors}
    <div class="row"><button type="submit" class="primary">${o.submitLabel}</button>${
      o.onCancel ? button(t('cell.cancel'), o.onCancel, 'cancel') : null
    }</div>
  </form>` as HTMLFormElement;

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.replaceChildren();
    const idValue = id.value.trim();
    // The scenario's own formulas too: a second hte_share had replaced the first silently.
    const taken = new Set([
      ...app.plan.indicators.map((i) => i.id),
      ...app.plan.parameters.map((x) => x.id),
      ...(app.scenario.get().formulas ?? []).map((f) => f.id),
    ]);
    const problems: Node[] = [];
    if (!ID.test(idValue) || (idValue !== o.initial?.id && taken.has(idValue))) {
      problems.push(html`<div class="field-error">${t('fx.badId')}</div>`);
    }
    const source = formula.value.trim();
    const found: FormulaError[] = source
      ? await app.engine.checkFormula(source)
      : [{ message: t('input.formula.empty'), position: 0 }];
    for (const f of found) {
      problems.push(
        html`<div class="field-error">${t('fx.error')} ${f.what ? renderMessage(lang, f.what) : f.message}${f.position !== undefined ? t('fx.at', { pos: f.position + 1 }) : ''}</div>`,
        html`<pre class="formula-error">${caretLine(source, f.position)}</pre>`,
      );
    }
    if (problems.length) {
      errors.replaceChildren(...problems);
      formula.setAttribute('aria-invalid', 'true');
      return;
    }
    formula.removeAttribute('aria-invalid');
    const label = name.value.trim() || idValue;
    const previous = o.initial?.name;
    o.onSave({
      id: idValue,
      // The name is edited in the page's language; the other language's name is kept.
      name: lang === 'zh' ? { ...previous, zh: label } : { zh: previous?.zh ?? label, en: label },
      unit: unit.value.trim() || '—',
      formula: source,
    });
    if (!o.initial) {
      id.value = '';
      name.value = '';
      formula.value = '';
    }
  });
  return form;
}

/** The form under 自定义指标: a new formula gets its cell at the end of that view's cells. */
export function formulasView(app: App, lang: Lang): HTMLElement {
  const t = translator(lang);
  return formulaEditor(app, lang, {
    idPrefix: 'fx-',
    submitLabel: t('fx.add'),
    onSave(entry) {
      if (!roomForCell(app)) return;
      const s = app.scenario.get();
      const seq = sequenceOf(s);
      const end = seq.findLastIndex((x) => 'cell' in x && x.cell.after === 'formulas');
      const target = end >= 0 ? (seq[end] as { cell: { id: string } }).cell.id : 'formulas';
      app.scenario.set(addFormulaCell(s, entry, target).scenario, {});
      app.selection.set(entry.id, {});
    },
  });
}
