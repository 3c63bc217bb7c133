// A table cell: the chosen indicators' medians by year for the current scenario, P5–P95 on hover.
import { html } from 'htl';
import type { Cell } from '../../../engine/index.ts';
import { formatValue } from '../../../engine/index.ts';
import type { App } from '../../app.ts';
import type { RunState } from '../../client/runController.ts';
import type { Lang } from '../../i18n/lang.ts';
import { translator } from '../../i18n/t.ts';
import { updateCell } from '../../state/cellOps.ts';
import { checkboxes, indicatorChoices } from './cellChoices.ts';
import { type CellFrame, cellFrame } from './cellFrame.ts';

type TableCell = Extract<Cell, { kind: 'table' }>;

/** The medians by year of the run on screen. */
export function tableBody(app: App, lang: Lang, cell: TableCell, state: RunState): HTMLElement {
  const t = translator(lang);
  const r = state.result;
  const choices = indicatorChoices(app, lang);
  const unitOf = (id: string) =>
    app.plan.indicators.find((i) => i.id === id)?.unit ??
    app.scenario.get().formulas?.find((f) => f.id === id)?.unit ??
    '';
  const body = r
    ? html`<div class="table-wrap"><table class="cell-table">
        <caption>${t('cell.table.caption')}</caption>
        <thead><tr><th scope="col">${t('cell.table.indicator')}</th>${r.years.map((y) => html`<th scope="col" class="num">${y}</th>`)}</tr></thead>
        <tbody>${cell.indicators.map((id) => {
          const res = r.indicators[id];
          const label = choices.find((c) => c.id === id)?.label ?? id;
          if (!res)
            return html`<tr><th scope="row">${label}</th><td colspan=${r.years.length} class="muted">${t('cell.missing', { id })}</td></tr>`;
          const q = res.quantiles;
          const unit = unitOf(id);
          return html`<tr data-indicator=${id}><th scope="row">${label}</th>${r.years.map((_, i) => {
            const mid = q.p50.length ? q.p50[i]! : res.deterministic[i]!;
            const tip = q.p50.length
              ? `P5–P95${t('common.colon')}${formatValue(q.p5[i]!, unit, lang, false, res.count)} – ${formatValue(q.p95[i]!, unit, lang, false, res.count)}`
              : '';
            return html`<td class="num" data-value=${mid} data-tip=${tip}>${formatValue(mid, unit, lang, false, res.count)}</td>`;
          })}</tr>`;
        })}</tbody>
      </table></div>`
    : html`<p class="muted">${t('cell.waiting')}</p>`;
  return body;
}

export function tableFrame(app: App, lang: Lang, cell: TableCell): CellFrame {
  const t = translator(lang);
  const choices = indicatorChoices(app, lang);
  const heading =
    cell.title ||
    cell.indicators
      .map((id) => choices.find((c) => c.id === id)?.label ?? id)
      .join(lang === 'zh' ? '、' : ', ');
  return cellFrame(app, lang, cell, {
    heading,
    editor: () => {
      const title =
        html`<input type="text" class="cell-title-input" placeholder=${t('cell.title')}>` as HTMLInputElement;
      title.value = cell.title ?? '';
      const inds = checkboxes(t('cell.indicators'), choices, cell.indicators, `ind-${cell.id}`);
      const error = html`<div class="field-error" role="alert"></div>`;
      const form = html`<form class="cell-form">
        <label class="field">${t('cell.title')} ${title}</label>
        ${inds.element}${error}
        <button type="submit" class="primary">${t('cell.apply')}</button>
      </form>`;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        const indicators = inds.value().slice(0, 12);
        if (!indicators.length) {
          error.textContent = t('cell.pickOne');
          return;
        }
        const next: TableCell = { ...cell, indicators };
        if (title.value.trim()) next.title = title.value.trim();
        else delete next.title;
        app.scenario.update((s) => updateCell(s, next), {});
      });
      return form;
    },
  });
}
