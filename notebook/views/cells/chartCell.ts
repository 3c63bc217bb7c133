// A chart cell: the indicators the planner chose, one chart each, with the scenarios chosen — the first as a
// fan (P5–P95 and P25–P75, optional) and the others as median lines in their own colours — and the targets.
import { html } from 'htl';
import type { Cell, Plan, RunResult } from '../../../engine/index.ts';
import type { App } from '../../app.ts';
import { fanChartSvg } from '../../charts/fanChart.ts';
import { type LineStyle, scenarioLines } from '../../charts/scenarioLines.ts';
import type { RunState } from '../../client/runController.ts';
import { type Lang, paren, pick } from '../../i18n/lang.ts';
import { type Translate, translator } from '../../i18n/t.ts';
import { targetLevel, targetPhrase } from '../../model/targetFigures.ts';
import { updateCell } from '../../state/cellOps.ts';
import type { ComparedRuns } from '../../state/comparisonRuns.ts';
import { chartFrame } from '../chartFrame.ts';
import { scenarioName } from '../scenarioName.ts';
import { swatchLine } from '../swatchLine.ts';
import { checkboxes, indicatorChoices, scenarioChoiceLabel, scenarioChoices } from './cellChoices.ts';
import { type CellFrame, cellFrame } from './cellFrame.ts';

type ChartCell = Extract<Cell, { kind: 'chart' }>;

interface Series {
  name: string;
  result: RunResult;
  /** As every chart draws this scenario (scenarioLines). */
  style: LineStyle;
}

function markers(plan: Plan, id: string, x0: number, lang: Lang) {
  return plan.targets
    .filter((x) => x.indicator === id && x.kind !== 'qualitative' && x.kind !== 'quota')
    .flatMap((x) => {
      const level = targetLevel(x, x0, plan.meta.baseYear);
      return level
        ? [{ year: x.year, ...level, label: `${pick(x.name, lang)} ${targetPhrase(plan, x, lang)}` }]
        : [];
    });
}

function chartOf(
  app: App,
  lang: Lang,
  t: Translate,
  cell: ChartCell,
  id: string,
  series: Series[],
  width: number,
) {
  const [main, ...others] = series;
  const info =
    app.plan.indicators.find((i) => i.id === id) ?? app.scenario.get().formulas?.find((f) => f.id === id);
  const res = main?.result.indicators[id];
  if (!info || !main || !res)
    return html`<p class="muted">${info ? t('cell.waiting') : t('cell.missing', { id })}</p>`;
  const fan = cell.fan ?? true;
  const svg = fanChartSvg({
    years: main.result.years,
    unit: info.unit,
    name: info.name,
    lang,
    title: `${pick(info.name, lang)}${paren(main.name, lang)}`,
    mainName: main.name,
    band: fan && res.quantiles.p50.length ? res.quantiles : null,
    color: main.style.color,
    deterministic: res.quantiles.p50.length ? res.quantiles.p50 : res.deterministic,
    targets: markers(app.plan, id, res.deterministic[0]!, lang),
    compared: others.flatMap((c) => {
      const cr = c.result.indicators[id];
      return cr
        ? [
            {
              name: c.name,
              color: c.style.color,
              dash: c.style.dash,
              years: c.result.years,
              p50: cr.quantiles.p50.length ? cr.quantiles.p50 : cr.deterministic,
            },
          ]
        : [];
    }),
    fitDomain: others.length > 0,
    width,
    height: 260,
  });
  return chartFrame(svg, `${pick(info.name, lang)}`, t);
}

/** One chart per indicator for the runs on screen. */
export function chartBody(
  app: App,
  lang: Lang,
  cell: ChartCell,
  state: RunState,
  runs: ComparedRuns,
  width: number,
): HTMLElement {
  const t = translator(lang);
  const chosen = cell.scenarios ?? ['current'];
  const others = chosen.filter((k) => k !== 'current');
  const lines = scenarioLines(
    JSON.stringify(state.scenario),
    app.comparison.get().map((e) => ({ key: e.key, json: JSON.stringify(e.scenario) })),
    others,
  );
  const series: Series[] = chosen.flatMap((key) => {
    if (key === 'current')
      return state.result
        ? [{ name: scenarioName(state.scenario, lang), result: state.result, style: lines.main }]
        : [];
    const run = runs.runs.find((r) => r.key === key);
    // The current scenario's own entry, chosen beside it, is drawn once.
    const style = lines.compared[others.indexOf(key)];
    if (style === null && chosen.includes('current')) return [];
    return run ? [{ name: run.name, result: run.result, style: style ?? lines.main }] : [];
  });
  const each = cell.indicators.length > 1 ? Math.max(300, Math.floor(width / 2) - 12) : Math.min(width, 760);
  const legend =
    series.length > 1
      ? html`<ul class="compare-legend">${series.map((s) => {
          const li = html`<li>${s.name}</li>`;
          li.insertAdjacentHTML('afterbegin', swatchLine(s.style));
          return li;
        })}</ul>`
      : null;
  const body = html`<div class="chart-cell">${legend}<div class="chart-grid">${cell.indicators.map((id) =>
    chartOf(app, lang, t, cell, id, series, each),
  )}</div>${runs.pending ? html`<p class="muted">${t('cmp.running')}</p>` : null}</div>`;
  return body;
}

export function chartCellFrame(app: App, lang: Lang, cell: ChartCell): CellFrame {
  const t = translator(lang);
  const chosen = cell.scenarios ?? ['current'];
  const heading =
    cell.title ||
    cell.indicators
      .map((id) => indicatorChoices(app, lang).find((c) => c.id === id)?.label ?? id)
      .join(lang === 'zh' ? '、' : ', ');
  return cellFrame(app, lang, cell, {
    heading,
    editor: () => {
      const title =
        html`<input type="text" class="cell-title-input" placeholder=${t('cell.title')}>` as HTMLInputElement;
      title.value = cell.title ?? '';
      const inds = checkboxes(
        t('cell.indicators'),
        indicatorChoices(app, lang),
        cell.indicators,
        `ind-${cell.id}`,
      );
      const scen = checkboxes(
        t('cell.scenarios'),
        [
          { id: 'current', label: t('cell.current'), group: '' },
          ...scenarioChoices(app).map((s) => ({ id: s.key, label: scenarioChoiceLabel(s, lang), group: '' })),
        ],
        chosen,
        `scen-${cell.id}`,
      );
      const fan = html`<input type="checkbox" class="cell-fan">` as HTMLInputElement;
      fan.checked = cell.fan ?? true;
      const error = html`<div class="field-error" role="alert"></div>`;
      const form = html`<form class="cell-form">
        <label class="field">${t('cell.title')} ${title}</label>
        ${inds.element}${scen.element}
        <label class="check">${fan} ${t('cell.fan')}</label>
        ${error}
        <button type="submit" class="primary">${t('cell.apply')}</button>
      </form>`;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        const indicators = inds.value().slice(0, 6);
        if (!indicators.length) {
          error.textContent = t('cell.pickOne');
          return;
        }
        const scenarios = scen.value().slice(0, 5);
        const next: ChartCell = {
          ...cell,
          indicators,
          scenarios: scenarios.length ? scenarios : ['current'],
          fan: fan.checked,
        };
        if (title.value.trim()) next.title = title.value.trim();
        else delete next.title;
        app.scenario.update((s) => updateCell(s, next), {});
      });
      return form;
    },
  });
}
