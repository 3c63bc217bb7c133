// Formula cells: a planner adds a named indicator written in mathjs syntax over the plan's indicators.
// The engine checks it against its allow-list (errors point at the character), compiles it as part of the
// scenario, and it is charted here and in the indicator detail; it travels with the scenario and its link.
import type { UserFormula } from '../../engine/index.ts';
import type { App } from '../app.ts';
import { sparkFan } from '../charts/sparkFan.ts';
import type { RunState } from '../client/runController.ts';
import { esc } from '../format/escape.ts';
import { formatValue } from '../format/formatValue.ts';
import { type Lang, paren, pick } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';
import { removeFormula, upsertFormula } from '../state/scenarioOps.ts';

const ID = /^[a-z][a-z0-9_]*$/;

/** The formula with a caret under the character an error points at. */
export function caretLine(source: string, position: number | undefined): string {
  if (position === undefined || position < 0) return source;
  const p = Math.min(position, source.length);
  return `${source}\n${' '.repeat(p)}^`;
}

function field(labelText: string, input: HTMLElement): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'field';
  label.append(`${labelText} `, input);
  return label;
}

export function formulasView(
  app: App,
  lang: Lang,
  list: readonly UserFormula[],
  invalidation: Promise<unknown>,
): HTMLElement {
  const t = translator(lang);
  void invalidation;
  const el = document.createElement('form');
  el.className = 'formula-form';
  el.noValidate = true;
  const id = document.createElement('input');
  id.type = 'text';
  id.name = 'id';
  id.id = 'fx-id';
  id.placeholder = 'pillar_per_entity';
  id.size = 18;
  const name = document.createElement('input');
  name.type = 'text';
  name.name = 'name';
  name.id = 'fx-name';
  name.placeholder = lang === 'zh' ? '户均支柱产业产值' : 'Pillar output per entity';
  const unit = document.createElement('input');
  unit.type = 'text';
  unit.name = 'unit';
  unit.id = 'fx-unit';
  unit.value = '亿元';
  unit.size = 6;
  const formula = document.createElement('textarea');
  formula.name = 'formula';
  formula.id = 'fx-formula';
  formula.rows = 2;
  formula.spellcheck = false;
  formula.placeholder = 'pillar_output / market_entities * 10000';
  const submit = document.createElement('button');
  submit.type = 'submit';
  submit.className = 'primary';
  submit.textContent = t('fx.add');
  const errors = document.createElement('div');
  errors.className = 'formula-errors';
  errors.setAttribute('role', 'alert');
  errors.id = 'fx-errors';
  const row1 = document.createElement('div');
  row1.className = 'row';
  row1.append(field(t('fx.id'), id), field(t('fx.name'), name), field(t('fx.unit'), unit));
  const names = document.createElement('details');
  names.className = 'muted';
  const summary = document.createElement('summary');
  summary.textContent = t('fx.symbols');
  const codeList = document.createElement('div');
  codeList.className = 'mono';
  codeList.textContent = app.plan.indicators
    .map((i) => `${i.id}${paren(pick(i.name, lang), lang)}`)
    .join(lang === 'zh' ? '，' : ', ');
  names.append(summary, codeList);
  el.append(row1, field(t('fx.formula'), formula), names, errors, submit);

  el.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.replaceChildren();
    const idValue = id.value.trim();
    const taken = new Set([...app.plan.indicators.map((i) => i.id), ...app.plan.parameters.map((p) => p.id)]);
    const problems: HTMLElement[] = [];
    if (!ID.test(idValue) || taken.has(idValue)) {
      const p = document.createElement('div');
      p.className = 'field-error';
      p.textContent = t('fx.badId');
      problems.push(p);
    }
    const source = formula.value.trim();
    const found = source
      ? await app.engine.checkFormula(source)
      : [{ message: 'empty formula', position: 0 }];
    for (const f of found) {
      const p = document.createElement('div');
      p.className = 'field-error';
      p.textContent = `${t('fx.error')} ${f.message}${f.position !== undefined ? t('fx.at', { pos: f.position + 1 }) : ''}`;
      const pre = document.createElement('pre');
      pre.className = 'formula-error';
      pre.textContent = caretLine(source, f.position);
      problems.push(p, pre);
    }
    if (problems.length) {
      errors.replaceChildren(...problems);
      formula.setAttribute('aria-invalid', 'true');
      return;
    }
    formula.removeAttribute('aria-invalid');
    const entry: UserFormula = {
      id: idValue,
      name:
        lang === 'zh'
          ? { zh: name.value.trim() || idValue }
          : { zh: name.value.trim() || idValue, en: name.value.trim() || idValue },
      unit: unit.value.trim() || '—',
      formula: source,
    };
    app.scenario.update((s) => upsertFormula(s, entry), {});
    app.selection.set(idValue, {});
    id.value = '';
    name.value = '';
    formula.value = '';
  });
  void list;
  return el;
}

export function formulaListView(
  app: App,
  lang: Lang,
  list: readonly UserFormula[],
  state: RunState,
): HTMLElement {
  const t = translator(lang);
  const el = document.createElement('div');
  if (!list.length) {
    el.innerHTML = `<p class="muted">${esc(t('fx.none'))}</p>`;
    return el;
  }
  const ul = document.createElement('ul');
  ul.className = 'card-list';
  for (const f of list) {
    const li = document.createElement('li');
    li.dataset.formula = f.id;
    const res = state.result?.indicators[f.id];
    const last = res ? (res.quantiles.p50.length ? res.quantiles.p50 : res.deterministic) : null;
    const lastValue = last?.length ? last[last.length - 1]! : Number.NaN;
    const year = state.result?.years.at(-1);
    const spark = sparkFan();
    spark.update(
      res
        ? {
            band: res.quantiles.p50.length ? res.quantiles : null,
            deterministic: res.deterministic,
            targetIndex: -1,
            targetValue: null,
            label: pick(f.name, lang),
          }
        : null,
    );
    const text = document.createElement('div');
    text.className = 'grow';
    text.innerHTML = `<div><b>${esc(pick(f.name, lang))}</b> <code>${esc(f.id)}</code> = <code>${esc(f.formula)}</code></div><div class="desc" data-tip="${esc(`${t('prov.derived')}${t('common.colon')}${f.formula}`)}" tabindex="0">${year ?? ''} P50${esc(t('common.colon'))}<span data-value="${lastValue}">${esc(formatValue(lastValue, f.unit, lang))}</span></div>`;
    const chart = document.createElement('div');
    chart.append(spark.element);
    const show = document.createElement('button');
    show.type = 'button';
    show.className = 'small';
    show.textContent = t('dash.showDetail');
    show.addEventListener('click', () => {
      app.selection.set(f.id, {});
      document.getElementById('detail')?.scrollIntoView({ behavior: 'smooth' });
    });
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'small';
    remove.textContent = t('fx.remove');
    remove.addEventListener('click', () => app.scenario.update((s) => removeFormula(s, f.id), {}));
    li.append(text, chart, show, remove);
    ul.append(li);
  }
  el.append(ul);
  return el;
}
