// Target dashboard: every target with its plan value, target-year median, P(met), outlook and a sparkline
// fan; provenance on hover. The table is built once per language (htl escapes every value) and each new
// result only rewrites the cells that hold numbers, so a slider preview costs a few text and path updates.
import { html } from 'htl';
import type { Plan, Target } from '../../engine/index.ts';
import type { App } from '../app.ts';
import { sparkFan } from '../charts/sparkFan.ts';
import type { RunState } from '../client/runController.ts';
import { toCsv } from '../export/csv.ts';
import { download, safeFileName } from '../export/download.ts';
import { formatNumber, formatProb, formatRate, formatValue } from '../format/formatValue.ts';
import { provenanceText } from '../format/provenanceText.ts';
import { categoryLabel } from '../i18n/categories.ts';
import { type Lang, paren, pick } from '../i18n/lang.ts';
import { type Translate, translator } from '../i18n/t.ts';
import {
  indicatorOf,
  medianFigure,
  type Outlook,
  outlookOf,
  targetLevel,
  targetPhrase,
  targetResultOf,
  yearIndex,
} from '../model/targetFigures.ts';
import type { LiveView } from '../runtime/liveView.ts';
import { scenarioName } from './scenarioName.ts';

const OUTLOOK_MARK: Record<Outlook, string> = {
  likely: '●',
  probable: '◐',
  risk: '◔',
  unlikely: '○',
  none: '',
};

const COUNTED = ['likely', 'probable', 'risk', 'unlikely'] as const;

function simulatedTip(t: Translate, state: RunState, lang: Lang, plan: Plan, extra: string): string {
  const r = state.result;
  if (!r) return extra;
  return `${extra}\n${t('prov.simulated', { paths: r.paths, seed: r.seed, scenario: scenarioName(state.scenario, lang, plan) })}`;
}

/** One target's row, and how to refresh its numbers from a run. */
function targetRow(plan: Plan, target: Target, lang: Lang, t: Translate) {
  const ind = indicatorOf(plan, target.indicator);
  const name = pick(target.name, lang);
  // A yearly quota is met only if every year meets it: said wherever its median or P(met) is read.
  const quotaNote = target.kind === 'quota' ? `\n${t('target.quotaNote')}` : '';
  const tipTarget = `${name}${quotaNote}\n${provenanceText(target.provenance, t)}`;
  const median = html`<td class="num median" tabindex="0">—</td>`;
  const pmet = html`<td class="num pmet" tabindex="0">—</td>`;
  const outlook = html`<span class="outlook"></span>`;
  const spark = sparkFan();
  const row = html`<tr data-target=${target.id} data-indicator=${target.indicator ?? ''}>
    <th scope="row"><button type="button" class="linklike" data-select=${target.indicator ?? ''} data-tip=${tipTarget}>${name}</button></th>
    <td class="num" data-tip=${tipTarget} tabindex="0">${targetPhrase(plan, target, lang)}</td>
    ${median}${pmet}<td>${outlook}</td><td class="spark-cell">${spark.element}</td>
  </tr>`;
  let shown: Outlook | null = null;
  const update = (state: RunState): Outlook => {
    const r = state.result;
    const m = r && target.indicator ? medianFigure(plan, target, r) : null;
    median.textContent = m ? (m.rate ? formatRate(m.value, lang) : formatValue(m.value, m.unit, lang)) : '—';
    median.dataset.value = m ? String(m.value) : '';
    median.dataset.tip = m ? simulatedTip(t, state, lang, plan, `${t(m.how)}${quotaNote}`) : '';
    const res = r && target.indicator ? r.indicators[target.indicator] : undefined;
    spark.update(
      r && res
        ? {
            band: res.quantiles.p50.length ? res.quantiles : null,
            deterministic: res.deterministic,
            targetIndex: yearIndex(r, target.year),
            targetValue:
              target.kind === 'quota'
                ? null
                : (targetLevel(target, res.deterministic[0]!, plan.meta.baseYear)?.value ?? null),
            label: `${pick(ind?.name, lang)} ${r.years[0]}–${r.years.at(-1)}`,
          }
        : null,
    );
    const p = targetResultOf(r, target.id)?.pMet ?? null;
    pmet.textContent = formatProb(p, lang);
    pmet.dataset.value = p === null ? '' : String(p);
    const count =
      p !== null && r
        ? `\n${t('prov.pmetCount', { met: formatNumber(Math.round(p * r.paths), lang), paths: formatNumber(r.paths, lang) })}`
        : '';
    pmet.dataset.tip = simulatedTip(t, state, lang, plan, `${t('prov.pmet')}${quotaNote}${count}`);
    const o = outlookOf(p);
    if (o !== shown) {
      shown = o;
      outlook.className = `outlook outlook-${o}`;
      outlook.textContent = `${OUTLOOK_MARK[o]} ${t(`outlook.${o}`)}`;
    }
    return o;
  };
  return { row, update };
}

function groupsOf(app: App, lang: Lang, t: Translate, quantitative: Target[]): [string, Target[]][] {
  const headline = quantitative.filter((x) => x.headline);
  const groups: [string, Target[]][] = [];
  if (headline.length) groups.push([t('dash.headline'), headline]);
  const byCategory = new Map<string, Target[]>();
  for (const target of quantitative.filter((x) => !x.headline)) {
    const cat = indicatorOf(app.plan, target.indicator)?.category ?? '';
    byCategory.set(cat, [...(byCategory.get(cat) ?? []), target]);
  }
  for (const [cat, list] of byCategory) {
    const label = categoryLabel(cat, lang);
    groups.push([headline.length ? `${t('dash.others')} · ${label}` : label, list]);
  }
  return groups;
}

function downloadCsv(app: App, lang: Lang, t: Translate, state: RunState, quantitative: Target[]): void {
  const { plan } = app;
  const r = state.result;
  const rows: (string | number | null)[][] = [
    [
      'id',
      t('dash.col.target'),
      t('dash.col.goal'),
      lang === 'zh' ? '年份' : 'year',
      t('dash.col.median.generic'),
      t('dash.col.pmet'),
      t('dash.col.status'),
    ],
  ];
  for (const target of quantitative) {
    const m = r ? medianFigure(plan, target, r) : null;
    const p = targetResultOf(r, target.id)?.pMet ?? null;
    rows.push([
      target.id,
      pick(target.name, lang),
      targetPhrase(plan, target, lang),
      target.year,
      m?.value ?? null,
      p,
      t(`outlook.${outlookOf(p)}`),
    ]);
  }
  download(
    `${safeFileName(`${t('dash.title')}_${scenarioName(state.scenario, lang)}`)}.csv`,
    toCsv(rows),
    'text/csv;charset=utf-8',
  );
}

export function dashboardView(app: App, lang: Lang): LiveView<RunState> {
  const t = translator(lang);
  const { plan } = app;
  const quantitative = plan.targets.filter((x) => x.kind !== 'qualitative');
  const qualitative = plan.targets.filter((x) => x.kind === 'qualitative');
  const years = new Set(quantitative.map((x) => x.year));
  const medianHead =
    years.size === 1 ? t('dash.col.median', { year: [...years][0]! }) : t('dash.col.median.generic');
  const rows = new Map<string, ReturnType<typeof targetRow>>();
  const bodies = groupsOf(app, lang, t, quantitative).map(
    ([title, list]) =>
      html`<tbody><tr class="group"><th colspan="6" scope="rowgroup">${title}</th></tr>${list.map(
        (target) => {
          const r = targetRow(plan, target, lang, t);
          rows.set(target.id, r);
          return r.row;
        },
      )}</tbody>`,
  );
  const counts = new Map(COUNTED.map((k) => [k, html`<b>0</b>`]));
  let state: RunState | null = null;
  const csv = html`<button type="button" class="small" id="dashboard-csv">${t('export.csv')}</button>`;
  csv.addEventListener('click', () => state && downloadCsv(app, lang, t, state, quantitative));
  const element = html`<div class="dashboard">
    <div class="dash-summary">${COUNTED.map(
      (k) =>
        html`<span class=${`outlook outlook-${k}`}>${OUTLOOK_MARK[k]} ${t(`outlook.${k}`)} ${counts.get(k)}</span> `,
    )}</div>
    <div class="table-wrap"><table class="targets">
      <thead><tr><th scope="col">${t('dash.col.target')}</th><th scope="col" class="num">${t('dash.col.goal')}</th>
      <th scope="col" class="num">${medianHead}</th><th scope="col" class="num">${t('dash.col.pmet')}</th>
      <th scope="col">${t('dash.col.status')}</th><th scope="col">${t('dash.col.fan')}</th></tr></thead>
      ${bodies}
    </table></div>
    <p class="footnote">${t('dash.thresholds')} ${csv}</p>
    ${
      qualitative.length
        ? html`<details class="qualitative"><summary>${t('dash.qualitative')}${paren(qualitative.length, lang)}</summary><ul>${qualitative.map(
            (q) =>
              html`<li data-tip=${provenanceText(q.provenance, t)} tabindex="0">${pick(q.name, lang)}</li>`,
          )}</ul></details>`
        : null
    }
  </div>`;
  element.addEventListener('click', (e) => {
    const btn = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-select]') : null;
    const id = btn?.dataset.select;
    if (id) {
      app.selection.set(id, {});
      document.getElementById('detail')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
  });
  return {
    element,
    update(next) {
      state = next;
      element.dataset.seq = String(next.seq);
      const tally = { likely: 0, probable: 0, risk: 0, unlikely: 0, none: 0 };
      for (const r of rows.values()) tally[r.update(next)]++;
      for (const k of COUNTED) counts.get(k)!.textContent = String(tally[k]);
    },
  };
}
