// 基期待补, gathered: every base-year value the plan still needs, one row per indicator, the one unblocking the
// most targets first, with a field to enter it and the targets it holds up. The same list downloads as a table
// to send to the statistics office; filled in, it is pasted back in 中期评估 (it reads as actuals). The rows
// are rebuilt only when the list changes, so what is typed survives new results.
import { html } from 'htl';
import {
  type BaseRequest,
  baseRequests,
  baseRequestTable,
  type Plan,
  progressWaitingForBase,
  waitingForBase,
} from '../../engine/index.ts';
import type { App } from '../app.ts';
import type { RunState } from '../client/runController.ts';
import { downloadCsv } from '../export/csv.ts';
import { safeFileName } from '../export/download.ts';
import { esc } from '../format/escape.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import type { Translate } from '../i18n/t.ts';
import { entryUnit } from '../model/entryUnit.ts';
import type { LiveView } from '../runtime/liveView.ts';

function rowsHtml(plan: Plan, requests: readonly BaseRequest[], lang: Lang, t: Translate): string {
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const targets = new Map(plan.targets.map((x) => [x.id, x]));
  return requests
    .map((r) => {
      const ind = indicators.get(r.indicator)!;
      const name = pick(ind.name, lang);
      const unit = entryUnit(ind.unit, lang).label;
      // A target judged without the value, whose 完成进度 waits for it, is marked so.
      const waiting = [
        ...r.targets.map((id) => pick(targets.get(id)?.name, lang)),
        ...r.progress.map((id) => `${pick(targets.get(id)?.name, lang)}${t('baseRequests.forProgress')}`),
      ].join(t('baseRequests.sep'));
      return (
        `<tr data-request="${esc(r.indicator)}"><th scope="row">${esc(name)}</th>` +
        `<td><input type="text" inputmode="decimal" size="9" data-base-for="${esc(r.indicator)}"` +
        ` aria-label="${esc(`${t('feas.enterBase', { year: r.year })}${t('common.colon')}${name}`)}"> ${esc(unit)}</td>` +
        `<td class="num">${r.targets.length + r.progress.length}</td><td class="waiting">${esc(waiting)}</td></tr>`
      );
    })
    .join('');
}

export function baseRequestsView(app: App, lang: Lang, t: Translate): LiveView<RunState> {
  const { plan } = app;
  const year = plan.meta.baseYear;
  const summary = html`<summary></summary>`;
  const body = html`<tbody></tbody>`;
  const message = html`<span class="base-entry-message" role="status"></span>`;
  const csv = html`<button type="button" class="small">${t('baseRequests.csv')}</button>`;
  const element = html`<details class="base-requests" hidden>
    ${summary}
    <p class="hint">${t('baseRequests.hint')}</p>
    <form data-base-form>
      <div class="table-wrap"><table class="base-requests-table">
        <thead><tr><th scope="col">${t('baseRequests.col.indicator')}</th><th scope="col">${t('baseRequests.col.value', { year })}</th>
        <th scope="col" class="num">${t('baseRequests.col.count')}</th><th scope="col">${t('baseRequests.col.targets')}</th></tr></thead>
        ${body}
      </table></div>
      <p><button type="submit" class="small">${t('feas.enterBase.apply')}</button> ${csv} ${message}</p>
    </form>
  </details>` as HTMLDetailsElement;
  let requests: BaseRequest[] = [];
  let shownKey = '';
  csv.addEventListener('click', () => {
    const { fields, data } = baseRequestTable(plan, requests, lang);
    void downloadCsv(`${safeFileName(t('baseRequests.file', { year }))}.csv`, [fields, ...data]);
  });
  return {
    element,
    update(state) {
      // Whether a target waits for a base does not move with a drag: previews leave the list as it is.
      if (state.preview || !state.result) return;
      requests = baseRequests(
        plan,
        waitingForBase(state.result.targets),
        state.scenario.actuals ?? {},
        progressWaitingForBase(state.result.targets),
      );
      const key = requests
        .map((r) => `${r.indicator}:${r.targets.join(',')}:${r.progress.join(',')}`)
        .join(';');
      if (key === shownKey) return;
      shownKey = key;
      element.hidden = requests.length === 0;
      const held = new Set(requests.flatMap((r) => r.targets));
      const progress = new Set(requests.flatMap((r) => r.progress));
      const aspirational = plan.targets.filter((x) => held.has(x.id) && x.aspirational).length;
      const counts = { n: requests.length, year, targets: held.size, aspirational, progress: progress.size };
      summary.textContent =
        held.size === 0
          ? t('baseRequests.summaryProgressOnly', counts)
          : `${t(aspirational ? 'baseRequests.summaryAspirational' : 'baseRequests.summary', counts)}${
              progress.size > 0 ? t('baseRequests.summaryProgress', counts) : ''
            }`;
      body.innerHTML = rowsHtml(plan, requests, lang, t);
    },
  };
}
