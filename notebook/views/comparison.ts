// Comparison of up to four scenarios: their medians overlaid on the selected indicator, the settings that
// differ, and per target the P(met) and median of each with the difference from the first.
import type { App, NamedScenario } from '../app.ts';
import { fanChartSvg } from '../charts/fanChart.ts';
import { scenarioColor } from '../charts/palette.ts';
import { toCsv } from '../export/csv.ts';
import { download } from '../export/download.ts';
import { esc } from '../format/escape.ts';
import { formatUncertain } from '../format/formatUncertain.ts';
import { formatNumber, formatProb, formatRate, formatValue } from '../format/formatValue.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';
import { type SettingRow, settingDiff } from '../model/settingDiff.ts';
import { medianFigure, targetResultOf } from '../model/targetFigures.ts';
import type { ComparedRuns } from '../state/comparisonRuns.ts';
import { chartFrame } from './chartFrame.ts';
import { scenarioName } from './scenarioName.ts';

/** Units of a share of a whole. */
const SHARE_UNITS = new Set(['%', '％', '比例']);

function settingValue(
  app: App,
  row: SettingRow,
  v: SettingRow['values'][number] | SettingRow['planDefault'],
  lang: Lang,
): string {
  if (v === null) return '—';
  if (typeof v === 'boolean') return v ? '✓' : '—';
  if (typeof v === 'string') return v || '—';
  if (typeof v === 'number') return formatNumber(v, lang);
  const unit = app.plan.parameters.find((p) => p.id === row.id)?.unit ?? '';
  return formatUncertain(v.mean, v.sd, unit, lang);
}

function settingName(app: App, row: SettingRow, lang: Lang): string {
  const t = translator(lang);
  switch (row.kind) {
    case 'lever':
      return `${t('gs.lever.prefix')}${pick(app.plan.levers.find((l) => l.id === row.id)?.name, lang)}`;
    case 'parameter':
      return `${t('gs.param.prefix')}${pick(app.plan.parameters.find((p) => p.id === row.id)?.name, lang)}`;
    case 'shock':
      return pick(app.plan.shocks.find((s) => s.id === row.id)?.name, lang) || row.id;
    case 'actuals':
      return t('eval.paste');
    case 'formulas':
      return t('fx.title');
  }
}

export function comparisonView(
  app: App,
  lang: Lang,
  list: readonly NamedScenario[],
  compared: ComparedRuns,
  selected: string,
  width: number,
): HTMLElement {
  const t = translator(lang);
  const { plan } = app;
  const el = document.createElement('div');
  el.className = 'comparison';
  if (!list.length) {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = t('cmp.empty');
    el.append(p);
    return el;
  }
  // The scenarios, with a remove button each.
  const ul = document.createElement('ul');
  ul.className = 'compare-legend';
  list.forEach((e, i) => {
    const li = document.createElement('li');
    li.dataset.compared = e.key;
    li.innerHTML = `<span class="swatch" style="background:${scenarioColor(i + 1)}"></span>${esc(scenarioName(e.scenario, lang))} `;
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'small';
    b.textContent = t('cmp.remove');
    b.setAttribute('aria-label', `${t('cmp.remove')}${t('common.colon')}${scenarioName(e.scenario, lang)}`);
    b.addEventListener('click', () =>
      app.comparison.set(
        app.comparison.get().filter((x) => x.key !== e.key),
        {},
      ),
    );
    li.append(b);
    ul.append(li);
  });
  el.append(ul);
  if (compared.pending > 0) {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = t('cmp.running');
    el.append(p);
  }
  for (const err of compared.errors) {
    const p = document.createElement('div');
    p.className = 'error-box';
    p.textContent = `${err.name}: ${err.message}`;
    el.append(p);
  }
  const runs = compared.runs;
  const first = runs[0];
  if (first) {
    // Overlaid medians for the selected indicator.
    const info = plan.indicators.find((i) => i.id === selected) ?? plan.indicators[0]!;
    const band = first.result.indicators[info.id]?.quantiles;
    const svg = fanChartSvg({
      years: first.result.years,
      unit: info.unit,
      lang,
      title: `${pick(info.name, lang)} · ${t('cmp.title')}`,
      band: null,
      deterministic: undefined,
      compared: runs.map((r, i) => ({
        name: r.name,
        color: scenarioColor(i + 1),
        years: r.result.years,
        p50: r.result.indicators[info.id]?.quantiles.p50 ?? new Float64Array(),
      })),
      width: Math.max(360, Math.min(width, 900)),
      height: 260,
      // Scenario medians often differ by a few percent: fit the axis to them, except for a share, whose
      // scale from zero is part of its meaning.
      fitDomain: !SHARE_UNITS.has(info.unit),
    });
    void band;
    el.append(chartFrame(svg, `${pick(info.name, lang)}_${t('cmp.title')}`, t, pick(info.name, lang)));
  }

  // Settings that differ.
  const rows = settingDiff(
    plan,
    list.map((e) => e.scenario),
  );
  const h = document.createElement('h3');
  h.textContent = t('cmp.settings');
  el.append(h);
  if (!rows.length) {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = t('cmp.noDiff');
    el.append(p);
  } else {
    const table = document.createElement('table');
    table.className = 'settings-diff';
    table.innerHTML =
      `<thead><tr><th scope="col">${esc(t('cmp.setting'))}</th><th scope="col" class="num">${esc(t('cmp.planDefault'))}</th>${list
        .map((e) => `<th scope="col" class="num">${esc(scenarioName(e.scenario, lang))}</th>`)
        .join('')}</tr></thead><tbody>` +
      rows
        .map(
          (r) =>
            `<tr><th scope="row">${esc(settingName(app, r, lang))}</th><td class="num muted">${esc(settingValue(app, r, r.planDefault, lang))}</td>${r.values
              .map(
                (v) =>
                  `<td class="num">${esc(v === null ? t('cmp.planDefault') : settingValue(app, r, v, lang))}</td>`,
              )
              .join('')}</tr>`,
        )
        .join('') +
      '</tbody>';
    el.append(table);
  }

  // P(met) and medians per target.
  if (runs.length) {
    const h2 = document.createElement('h3');
    h2.textContent = t('cmp.results');
    const targets = plan.targets.filter((x) => x.kind !== 'qualitative');
    const csvRows: (string | number)[][] = [
      [
        t('dash.col.target'),
        ...runs.flatMap((r) => [
          `${r.name} ${t('dash.col.pmet')}`,
          `${r.name} ${t('dash.col.median.generic')}`,
        ]),
      ],
    ];
    let body = '';
    for (const target of targets) {
      const cells: string[] = [];
      const csv: (string | number)[] = [pick(target.name, lang)];
      const p0 = targetResultOf(first?.result ?? null, target.id)?.pMet ?? null;
      runs.forEach((r, i) => {
        const p = targetResultOf(r.result, target.id)?.pMet ?? null;
        const m = medianFigure(plan, target, r.result);
        const mText = m ? (m.rate ? formatRate(m.value, lang) : formatValue(m.value, m.unit, lang)) : '—';
        const delta =
          i > 0 && p !== null && p0 !== null
            ? ` <span class="muted">(${p - p0 >= 0 ? '+' : '−'}${Math.abs(Math.round((p - p0) * 100))})</span>`
            : '';
        cells.push(
          `<td class="num" data-pmet="${p ?? ''}">${esc(formatProb(p, lang))}${delta}</td><td class="num">${esc(mText)}</td>`,
        );
        csv.push(p ?? '', m?.value ?? '');
      });
      csvRows.push(csv);
      body += `<tr data-target="${esc(target.id)}"><th scope="row">${esc(pick(target.name, lang))}</th>${cells.join('')}</tr>`;
    }
    const table = document.createElement('table');
    table.className = 'compare-results';
    table.innerHTML = `<thead><tr><th scope="col" rowspan="2">${esc(t('dash.col.target'))}</th>${runs
      .map(
        (r, i) =>
          `<th scope="col" colspan="2" class="num"><span class="swatch" style="background:${scenarioColor(i + 1)}"></span>${esc(r.name)}</th>`,
      )
      .join(
        '',
      )}</tr><tr>${runs.map(() => `<th scope="col" class="num">${esc(t('dash.col.pmet'))}</th><th scope="col" class="num">${esc(t('dash.col.median.generic'))}</th>`).join('')}</tr></thead><tbody>${body}</tbody>`;
    const note = document.createElement('p');
    note.className = 'footnote';
    note.textContent = `${t('cmp.deltaVsFirst')}${t('common.colon')}(±${lang === 'zh' ? '百分点' : 'pp'})`;
    const csvButton = document.createElement('button');
    csvButton.type = 'button';
    csvButton.className = 'small';
    csvButton.textContent = t('export.csv');
    csvButton.addEventListener('click', () =>
      download(`${t('cmp.title')}.csv`, toCsv(csvRows), 'text/csv;charset=utf-8'),
    );
    const wrap = document.createElement('div');
    wrap.className = 'table-wrap';
    wrap.append(table);
    el.append(h2, wrap, note, csvButton);
  }
  return el;
}
