// Target years already past without their actuals: the page says that those verdicts are the model's
// estimate of a year that has happened, and lists what to ask the statistics office for — each such
// target's indicator in its year — as a table that, filled in, is pasted back under 实施评估. The current
// year is the page's clock.
import { html } from 'htl';
import { type BaseRequest, baseRequestTable, pastYearRequests } from '../../engine/index.ts';
import type { App } from '../app.ts';
import type { RunState } from '../client/runController.ts';
import { downloadCsv } from '../export/csv.ts';
import { safeFileName } from '../export/download.ts';
import { esc } from '../format/escape.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import type { Translate } from '../i18n/t.ts';
import type { LiveView } from '../runtime/liveView.ts';

export function pastYearRequestsView(
  app: App,
  lang: Lang,
  t: Translate,
  currentYear = new Date().getFullYear(),
): LiveView<RunState> {
  const { plan } = app;
  const summary = html`<summary></summary>`;
  const body = html`<tbody></tbody>`;
  const csv = html`<button type="button" class="small">${t('pastYears.csv')}</button>`;
  const element = html`<details class="past-years" hidden>
    ${summary}
    <p class="hint">${t('pastYears.hint')}</p>
    <div class="table-wrap"><table class="base-requests-table">
      <thead><tr><th scope="col">${t('baseRequests.col.indicator')}</th><th scope="col" class="num">${t('pastYears.col.year')}</th>
      <th scope="col">${t('baseRequests.col.targets')}</th></tr></thead>
      ${body}
    </table></div>
    <p>${csv}</p>
  </details>` as HTMLDetailsElement;
  let requests: BaseRequest[] = [];
  let shownKey = '';
  csv.addEventListener('click', () => {
    const { fields, data } = baseRequestTable(plan, requests, lang);
    const years = [...new Set(requests.map((r) => r.year))].join('_');
    void downloadCsv(`${safeFileName(t('pastYears.file', { years }))}.csv`, [fields, ...data]);
  });
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const targets = new Map(plan.targets.map((x) => [x.id, x]));
  return {
    element,
    update(state) {
      if (state.preview || !state.result) return;
      requests = pastYearRequests(plan, state.result.targets, currentYear, state.scenario.actuals ?? {});
      const key = requests.map((r) => `${r.indicator}:${r.year}:${r.targets.join(',')}`).join(';');
      if (key === shownKey) return;
      shownKey = key;
      element.hidden = requests.length === 0;
      const years = [...new Set(requests.map((r) => r.year))];
      const held = new Set(requests.flatMap((r) => r.targets));
      summary.textContent = t('pastYears.summary', {
        targets: held.size,
        aspirational: plan.targets.filter((x) => held.has(x.id) && x.aspirational).length,
        years: years.join(t('baseRequests.sep')),
        n: requests.length,
      });
      body.innerHTML = requests
        .map(
          (r) =>
            `<tr data-past-request="${esc(r.indicator)}"><th scope="row">${esc(pick(indicators.get(r.indicator)?.name, lang))}</th>` +
            `<td class="num">${r.year}</td><td class="waiting">${esc(r.targets.map((id) => pick(targets.get(id)?.name, lang)).join(t('baseRequests.sep')))}</td></tr>`,
        )
        .join('');
    },
  };
}
