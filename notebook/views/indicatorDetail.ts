// Indicator detail: the fan chart (P5–P95, P25–P75, median), the path the plan requires, actuals, target
// markers and the medians of compared scenarios; below it the numbers by year and where they come from.
// A live view (see LiveView): built once per language, then updated in place. A new result redraws the
// chart's SVG and the figures beside each target; the facts are rebuilt only when the indicator or the
// scenario's settings change, and the table by year only while it is open.
import { html } from 'htl';
import {
  bridgeHow,
  chainFormula,
  formatProb,
  formatValue,
  gapYears,
  type Indicator,
  isCountIndicator,
  isDataSource,
  knownBase,
  oddsIndicators,
  oddsPart,
  type Plan,
  type RunResult,
  type RunWarning,
  ratesChain,
  renderMessage,
  rootUnknownBases,
  runWarningMessage,
  settledKey,
  type Target,
} from '../../engine/index.ts';
import type { App } from '../app.ts';
import { fanChartSvg } from '../charts/fanChart.ts';
import { type ScenarioLines, scenarioLines } from '../charts/scenarioLines.ts';
import type { RunState } from '../client/runController.ts';
import { downloadCsv } from '../export/csv.ts';
import { safeFileName } from '../export/download.ts';
import { esc } from '../format/escape.ts';
import { provenanceText } from '../format/provenanceText.ts';
import { categoryLabel } from '../i18n/categories.ts';
import { type Lang, paren, pick } from '../i18n/lang.ts';
import { type Translate, translator } from '../i18n/t.ts';
import { enteredFigure } from '../model/enteredFigure.ts';
import { formulaSymbols } from '../model/formulaSymbols.ts';
import {
  medianFigure,
  medianText,
  plannedPath,
  targetLevel,
  targetPhrase,
  targetResultOf,
} from '../model/targetFigures.ts';
import type { LiveView } from '../runtime/liveView.ts';
import { setText } from '../runtime/setIfChanged.ts';
import { chartFrame } from './chartFrame.ts';
import { planFindings } from './planCheck.ts';
import { scenarioName } from './scenarioName.ts';

export interface ComparedRun {
  /** The comparison entry it is the run of. */
  key: string;
  name: string;
  result: RunResult;
}

/** The detail chart's line styles: each compared run as the comparison draws it (scenarioLines). */
function detailLines(app: App, input: DetailInput): ScenarioLines {
  return scenarioLines(
    JSON.stringify(input.state.scenario),
    app.comparison.get().map((e) => ({ key: e.key, json: JSON.stringify(e.scenario) })),
    input.compared.map((c) => c.key),
  );
}

export interface IndicatorInfo {
  id: string;
  name: { zh: string; en?: string | undefined };
  unit: string;
  indicator?: Indicator;
  formula?: string;
}

/** Whether the indicator counts whole items; unknown (the unit decides) for a scenario's own formula. */
function wholeItems(info: IndicatorInfo): boolean | undefined {
  return info.indicator ? isCountIndicator(info.indicator) : undefined;
}

/** The plan's indicators a planner reads (not the odds a share is simulated through), and the scenario's formulas. */
export function allIndicators(app: App, state: RunState): IndicatorInfo[] {
  const helpers = oddsIndicators(app.plan);
  const list: IndicatorInfo[] = app.plan.indicators
    .filter((i) => !helpers.has(i.id))
    .map((i) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      indicator: i,
    }));
  for (const f of state.scenario.formulas ?? [])
    list.push({ id: f.id, name: f.name, unit: f.unit, formula: f.formula });
  return list;
}

function dynamicsText(ind: Indicator, t: Translate): string {
  const d = ind.dynamics;
  switch (d.kind) {
    case 'growth':
      return t('dyn.growth', { rate: d.rate });
    case 'stock':
      return t('dyn.stock', { inflow: d.outflow ? `${d.inflow} − (${d.outflow})` : d.inflow });
    case 'cohort':
      // Its yearly exit too: the 2% 高企 leave each year had been applied but named nowhere (周科长).
      return t('dyn.cohort', {
        life: d.life,
        inflow: [
          d.inflow,
          t('dyn.cohort.renewal', { renewal: d.renewal }),
          ...(d.exit ? [t('dyn.cohort.exit', { exit: d.exit })] : []),
        ].join(t('dyn.cohort.sep')),
      });
    case 'derived':
      return t('dyn.derived', { formula: d.formula });
    case 'cumulative':
      return t('dyn.cumulative', { flow: d.flow });
    case 'event':
      return t('dyn.event', { hazard: d.hazard });
    case 'count':
      return t('dyn.count', { mean: d.mean });
  }
}

/** " · 中位数 671 亿元 · 达成概率 50%": what the run says about a target, beside its line. */
function targetOutcome(plan: Plan, target: Target, r: RunResult, lang: Lang, t: Translate): string {
  const m = medianFigure(plan, target, r);
  const tr = targetResultOf(r, target.id);
  const p = tr?.pMet ?? null;
  const parts: string[] = [];
  if (m) parts.push(`${t('detail.median')} ${medianText(m, lang)}`);
  // An outcome an observation settled is not a chance (the dashboard and the evaluation say 已定 too).
  const settled = tr ? settledKey(tr) : null;
  if (settled) parts.push(`${t('dash.col.pmet')} ${t(settled)}`);
  else if (p !== null) parts.push(`${t('dash.col.pmet')} ${formatProb(p, lang)}`);
  return parts.length ? ` · ${parts.join(' · ')}` : '';
}

function resultRows(
  plan: Plan,
  info: IndicatorInfo,
  r: RunResult,
  lang: Lang,
  t: Translate,
): (string | number)[][] {
  const res = r.indicators[info.id];
  if (!res) return [];
  const head = [
    t('detail.table.year'),
    'P5',
    'P25',
    'P50',
    'P75',
    'P95',
    lang === 'zh' ? '确定性路径' : 'Deterministic',
  ];
  const rows: (string | number)[][] = [head];
  r.years.forEach((y, i) => {
    const q = res.quantiles;
    rows.push([
      y,
      q.p5[i] ?? '',
      q.p25[i] ?? '',
      q.p50[i] ?? '',
      q.p75[i] ?? '',
      q.p95[i] ?? '',
      res.deterministic[i]!,
    ]);
  });
  void plan;
  return rows;
}

export interface DetailInput {
  state: RunState;
  selected: string;
  compared: readonly ComparedRun[];
  width: number;
}

/** The run's base-year value of an indicator, when the run starts at the plan's base year and it is known. */
function baseFromFormula(baseYear: number, state: RunState, id: string): number | undefined {
  const r = state.result;
  const v = r?.years[0] === baseYear ? r.indicators[id]?.deterministic[0] : undefined;
  return v !== undefined && Number.isFinite(v) ? v : undefined;
}

/** The facts list (base, statistics, dynamics, targets), with an empty slot per target for what the run says. */
function factsHtml(app: App, info: IndicatorInfo, state: RunState, lang: Lang, t: Translate): string {
  const { plan } = app;
  const parts: string[] = [];
  const add = (dt: string, dd: string, tip?: string, outcomeOf?: string) => {
    parts.push(
      `<dt>${esc(dt)}</dt><dd${tip ? ` data-tip="${esc(tip)}" tabindex="0"` : ''}>${esc(dd)}${
        outcomeOf ? `<span class="outcome" data-target="${esc(outcomeOf)}"></span>` : ''
      }</dd>`,
    );
  };
  const ind = info.indicator;
  const whole = wholeItems(info);
  const base = ind && knownBase(ind);
  const oddsId = ind?.dynamics.kind === 'derived' ? oddsPart(ind.dynamics.formula) : null;
  const oddsIndicator = oddsId ? plan.indicators.find((i) => i.id === oddsId) : undefined;
  const oddsBase = oddsIndicator ? knownBase(oddsIndicator) : undefined;
  // A base the planner entered (录入基期, or a base-year figure pasted) is the base the run starts from: the line
  // had read 基期待补 above 录入值 2020 2.1% (孙科长).
  const enteredBase = state.scenario.actuals?.[info.id]?.[String(plan.meta.baseYear)];
  if (enteredBase !== undefined && !base)
    add(
      t('detail.base'),
      `${plan.meta.baseYear}: ${formatValue(enteredBase, info.unit, lang, true, whole)}`,
      t('prov.entered'),
    );
  else if (base)
    add(
      t('detail.base'),
      `${plan.meta.baseYear}: ${formatValue(base.value, ind.unit, lang, isDataSource(base.provenance.kind), whole)}`,
      provenanceText(base.provenance, t, lang),
    );
  else if (oddsBase) {
    // A share simulated through its odds whose base is the printed or published share itself (o = s ÷ (1 − s)):
    // that figure, with its source, not 50.8% "computed by formula" beside the plan's 50.78%.
    const exact = oddsBase.provenance.kind === 'derived' && oddsBase.provenance.from !== undefined;
    add(
      t('detail.base'),
      `${plan.meta.baseYear}: ${formatValue(oddsBase.value / (1 + oddsBase.value), info.unit, lang, exact, whole)}`,
      provenanceText(oddsBase.provenance, t, lang),
    );
  } else {
    // A derived indicator's base is its formula at the parts' bases: the run's own base-year value, said as
    // computed (a share from its odds read "no base value" beside the printed 8.3% it is computed from).
    const computed =
      ind?.dynamics.kind === 'derived' ? baseFromFormula(plan.meta.baseYear, state, info.id) : undefined;
    if (ind?.dynamics.kind === 'derived' && computed !== undefined)
      add(
        t('detail.base'),
        `${plan.meta.baseYear}: ${formatValue(computed, ind.unit, lang, false, whole)}${t('detail.computedMark')}`,
        t('detail.baseFromFormula', { formula: ind.dynamics.formula }),
      );
    else if (ind?.dynamics.kind === 'derived' && state.result) {
      // The run is in and gives no base: the parts' bases are missing. Said so, with which (it read "shown
      // after a run" after the run, beside an empty chart).
      const parts = rootUnknownBases(plan, info.id)
        .map((id) => pick(plan.indicators.find((i) => i.id === id)?.name, lang))
        .join(lang === 'zh' ? '、' : ', ');
      add(t('detail.base'), t('detail.baseAwaitsParts', { parts: parts || '—' }));
    } else add(t('detail.base'), t(ind?.base ? 'detail.baseUnknown' : 'detail.noBase'));
  }
  // Each published figure with where it was read (issue 9: the statistics layer); one derived from published
  // figures says so (推算), not 统计数据.
  for (const o of observedOf(plan, info.id, state))
    add(
      `${t(o.provenance.kind === 'derived' ? 'prov.derived' : 'prov.statistic')} ${o.year}`,
      formatValue(o.value, info.unit, lang, isDataSource(o.provenance.kind), whole),
      provenanceText(o.provenance, t, lang),
    );
  // A year's published growth, which a gap between two known levels takes (bridgeGaps): its source beside it.
  for (const o of plan.growthObservations ?? [])
    if (o.indicator === info.id)
      add(
        `${t('prov.statistic')} ${o.year}`,
        t('detail.publishedGrowth', { rate: `${o.value}%` }),
        provenanceText(o.provenance, t, lang),
      );
  // The planner's own figures for the indicator, each year (published ones are listed above).
  // A value that looks like a slipped decimal point says so where it is listed (孙科长: 80.35 亿元 stood here
  // unmarked, between 781.2 and 840).
  const questioned = state.result?.questioned ?? [];
  for (const [year, value] of Object.entries(state.scenario.actuals?.[info.id] ?? {}).sort(
    ([a], [b]) => Number(a) - Number(b),
  )) {
    const q = questioned.find((x) => x.indicator === info.id && String(x.year) === year);
    // An index chained from the yearly rates entered is reckoned, not typed in: said so, with its arithmetic.
    const chain = ratesChain(
      state.scenario.actuals,
      state.scenario.actualRates,
      info.id,
      Number(year),
      plan.meta.baseYear,
    );
    if (chain) {
      add(
        `${t('prov.derived')} ${year}`,
        formatValue(value, info.unit, lang, false, whole),
        t('eval.chainedTip', { base: chain.baseYear, formula: chainFormula(chain) }),
      );
      continue;
    }
    add(`${t('prov.entered')} ${year}`, enteredFigure(value, info.unit, q, lang, t, whole));
  }
  // Years between two known values, reckoned on the line joining them rather than simulated (bridgeGaps): each
  // year's figure, as the run holds it on every path, with how it was reckoned beside it (孙科长: the line had
  // said how, and no figure a planner could quote or check).
  const { years = [], bridges = [] } = state.result ?? {};
  const values = state.result?.indicators[info.id]?.deterministic;
  for (const b of bridges) {
    if (b.indicator !== info.id) continue;
    const how = renderMessage(lang, bridgeHow(b, info.unit));
    add(`${t('prov.derived')} ${gapYears(b)}`, how);
    years.forEach((year, k) => {
      if (values && year > b.from && year < b.to)
        add(`${t('prov.derived')} ${year}`, formatValue(values[k]!, info.unit, lang, false, whole), how);
    });
  }
  if (ind) {
    add(t('detail.dynamics'), dynamicsText(ind, t));
    const d = ind.dynamics;
    const text =
      d.kind === 'growth'
        ? d.rate
        : d.kind === 'stock'
          ? `${d.inflow} ${d.outflow ?? ''}`
          : d.kind === 'cohort'
            ? `${d.inflow} ${d.renewal} ${d.exit ?? ''}`
            : d.kind === 'derived'
              ? d.formula
              : d.kind === 'cumulative'
                ? d.flow
                : d.kind === 'event'
                  ? d.hazard
                  : d.mean;
    const symbols = formulaSymbols(
      plan,
      state.scenario,
      String(text),
      lang,
      state.result?.historyRates ?? [],
    );
    if (symbols) add(t('detail.symbols'), symbols);
  }
  if (info.formula) add(t('fx.formula'), info.formula);
  for (const x of targetsOf(plan, info.id))
    add(
      t('detail.legend.target'),
      `${pick(x.name, lang)}${t('common.colon')}${targetPhrase(plan, x, lang)} (${x.year})` +
        (x.kind === 'quota' ? ` · ${t('target.quotaNote')}` : ''),
      provenanceText(x.provenance, t, lang),
      x.id,
    );
  return parts.join('');
}

function targetsOf(plan: Plan, indicator: string): Target[] {
  return plan.targets.filter((x) => x.indicator === indicator && x.kind !== 'qualitative');
}

/** Published statistics for the indicator that the scenario's own actuals do not replace. */
function observedOf(plan: Plan, indicator: string, state: RunState) {
  const actualsRecord = state.scenario.actuals?.[indicator] ?? {};
  return (plan.observations ?? []).filter(
    (o) => o.indicator === indicator && !(String(o.year) in actualsRecord),
  );
}

function yearTableHtml(rows: (string | number)[][], info: IndicatorInfo, lang: Lang): string {
  const whole = wholeItems(info);
  const fmt = (v: string | number) =>
    typeof v === 'number' ? formatValue(v, info.unit, lang, false, whole) : esc(v);
  return (
    `<thead><tr>${rows[0]!.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>` +
    rows
      .slice(1)
      .map(
        (row) =>
          `<tr><th scope="row">${row[0]}</th>${row
            .slice(1)
            .map((v) => `<td class="num">${v === '' ? '—' : fmt(v)}</td>`)
            .join('')}</tr>`,
      )
      .join('') +
    '</tbody>'
  );
}

function chartSvg(
  app: App,
  info: IndicatorInfo,
  input: DetailInput,
  lang: Lang,
  t: Translate,
): string | null {
  const { plan } = app;
  const { state, compared, width } = input;
  const r = state.result;
  const res = r?.indicators[info.id];
  if (!r || !res) return null;
  const targets = targetsOf(plan, info.id);
  const x0 = res.deterministic[0]!;
  const markers = targets
    .filter((x) => x.kind !== 'quota')
    .flatMap((x) => {
      const level = targetLevel(x, x0, plan.meta.baseYear);
      // A target measured from an unknown base (基期待补) has no level to mark yet.
      return level && Number.isFinite(level.value)
        ? [{ year: x.year, ...level, label: `${pick(x.name, lang)} ${targetPhrase(plan, x, lang)}` }]
        : [];
    });
  const main = targets[0];
  const planned = main && Number.isFinite(x0) ? plannedPath(plan, main, x0) : null;
  const actualsRecord = state.scenario.actuals?.[info.id] ?? {};
  // Published statistics pin the paths like actuals (a scenario's own actual for the year wins).
  const actuals = [
    ...observedOf(plan, info.id, state).map((o) => ({
      year: o.year,
      value: o.value,
      derived: o.provenance.kind === 'derived',
    })),
    ...Object.entries(actualsRecord).map(([y, v]) => ({ year: Number(y), value: v })),
  ].sort((a, b) => a.year - b.year);
  const title = `${pick(info.name, lang)}${paren(scenarioName(state.scenario, lang), lang)}`;
  const lines = detailLines(app, input);
  return fanChartSvg({
    years: r.years,
    unit: info.unit,
    name: info.name,
    lang,
    title,
    mainName: scenarioName(state.scenario, lang),
    band: res.quantiles.p50.length ? res.quantiles : null,
    deterministic: res.deterministic,
    planned,
    actuals,
    targets: markers,
    color: lines.main.color,
    compared: compared.flatMap((c, i) => {
      const cr = c.result.indicators[info.id];
      const style = lines.compared[i];
      // The current scenario's own entry is its band and median already.
      if (!cr || !style) return [];
      return [
        {
          name: c.name,
          color: style.color,
          dash: style.dash,
          years: c.result.years,
          p50: cr.quantiles.p50.length ? cr.quantiles.p50 : cr.deterministic,
        },
      ];
    }),
    legend: {
      band90: t('detail.legend.band90'),
      band50: t('detail.legend.band50'),
      median: t('detail.legend.median'),
      planned: t('detail.legend.planned'),
      actual: t('detail.legend.actual'),
      derived: t('detail.legend.derived'),
      target: t('detail.legend.target'),
    },
    width: Math.max(360, Math.min(width, 900)),
    height: 320,
  });
}

export function indicatorDetailView(app: App, lang: Lang): LiveView<DetailInput> {
  const t = translator(lang);
  const { plan } = app;
  const el = document.createElement('div');
  el.className = 'detail';
  // Indicator picker: a native select, keyboard-operable; its options change only with the formula cells.
  const pickerLabel = document.createElement('label');
  pickerLabel.className = 'picker';
  pickerLabel.append(`${t('detail.choose')} `);
  const select = document.createElement('select');
  select.name = 'indicator';
  select.addEventListener('change', () => app.selection.set(select.value, {}));
  pickerLabel.append(select);
  el.append(pickerLabel);
  let optionsKey = '';
  const fillPicker = (infos: IndicatorInfo[]) => {
    const key = infos.map((i) => `${i.id}\u0000${pick(i.name, lang)}`).join('\u0001');
    if (key === optionsKey) return;
    optionsKey = key;
    const categories = new Map<string, IndicatorInfo[]>();
    for (const i of infos) {
      const cat = i.indicator?.category ?? (lang === 'zh' ? '自定义' : 'Custom');
      categories.set(cat, [...(categories.get(cat) ?? []), i]);
    }
    select.replaceChildren();
    for (const [cat, list] of categories) {
      const group = document.createElement('optgroup');
      group.label = categoryLabel(cat, lang);
      for (const i of list) {
        const o = document.createElement('option');
        o.value = i.id;
        o.textContent = pick(i.name, lang);
        group.append(o);
      }
      select.append(group);
    }
  };

  // The parts below the picker, made once and filled by each update.
  let latest: DetailInput | null = null;
  let shownInfo: IndicatorInfo | null = null;
  const fileName = () =>
    latest && shownInfo ? `${pick(shownInfo.name, lang)}_${scenarioName(latest.state.scenario, lang)}` : '';
  const frame = chartFrame('', fileName, t);
  const facts = document.createElement('dl');
  facts.className = 'facts';
  // What the plan check found about this indicator (a base against the plan's printed figure): said beside
  // the chart, since a share the model reckons at 78.9% where the plan prints 50.78% must not pass unremarked.
  const checkNote = document.createElement('div');
  checkNote.className = 'notice warning check-note';
  checkNote.hidden = true;
  let checkFor = '';
  const showCheck = (id: string) => {
    if (id === checkFor) return;
    checkFor = id;
    checkNote.hidden = true;
    planFindings(app)
      .then(({ findings }) => {
        if (checkFor !== id) return;
        const mine = findings.filter((f) => f.severity !== 'info' && f.indicators?.includes(id));
        checkNote.replaceChildren(
          ...mine.map((f) => html`<p>${t('detail.checkFinding')}${renderMessage(lang, f.message)}</p>`),
        );
        checkNote.hidden = mine.length === 0;
      })
      .catch(() => {}); // the plan check's own view says what failed
  };
  // What the run says about this indicator (a share whose paths pass 100%, a value it could not compute): the
  // banner at the top lists it too, but a reader of this chart is looking at the fan that shows it.
  const runNote = document.createElement('div');
  runNote.className = 'notice warning run-note';
  runNote.hidden = true;
  const showRunNote = (id: string, warnings: readonly RunWarning[]) => {
    const text = warnings
      .filter((w) => w.indicator === id)
      .map((w) => renderMessage(lang, runWarningMessage(w, plan)));
    setText(runNote, text.join(lang === 'zh' ? '；' : '; '));
    runNote.hidden = text.length === 0;
  };
  const details = document.createElement('details');
  details.className = 'year-table';
  const summary = document.createElement('summary');
  summary.textContent = `${t('detail.table.year')} · P5–P95`;
  const table = document.createElement('table');
  table.className = 'years';
  const csv = document.createElement('button');
  csv.type = 'button';
  csv.className = 'small';
  csv.textContent = t('export.csv');
  details.append(summary, table, csv);
  const rowsNow = () =>
    latest?.state.result && shownInfo ? resultRows(plan, shownInfo, latest.state.result, lang, t) : [];
  csv.addEventListener('click', () => downloadCsv(`${safeFileName(fileName())}.csv`, rowsNow()));
  // The table by year is drawn only while it is open (most previews happen with it closed).
  const drawTable = () => {
    const rows = rowsNow();
    table.innerHTML = details.open && shownInfo && rows.length ? yearTableHtml(rows, shownInfo, lang) : '';
  };
  details.addEventListener('toggle', drawTable);
  let factsKey = '';
  let shownSvg = '';

  const update = (input: DetailInput) => {
    latest = input;
    const { state, selected } = input;
    el.dataset.seq = String(state.seq);
    const infos = allIndicators(app, state);
    fillPicker(infos);
    const info = infos.find((i) => i.id === selected) ?? infos[0] ?? null;
    if (info && select.value !== info.id) select.value = info.id;
    shownInfo = info;
    const svg = info ? chartSvg(app, info, input, lang, t) : null;
    if (!info || svg === null) {
      for (const part of [frame, checkNote, runNote, facts, details]) part.remove();
      return;
    }
    if (!frame.isConnected) el.append(frame, checkNote, runNote, facts, details);
    showCheck(info.id);
    if (!state.preview) showRunNote(info.id, state.result?.warnings ?? []);
    // The chart: only its SVG is replaced (and only when it changed); the frame, its buttons and the focus stay.
    if (svg !== shownSvg || !frame.querySelector(':scope > svg')) {
      shownSvg = svg;
      frame.querySelector(':scope > svg')?.remove();
      frame.insertAdjacentHTML('afterbegin', svg);
    }

    // The chart's own key row names each scenario's line (fanChart): a list below it had said it twice.

    // Facts depend on the indicator and the scenario's settings, not on the run: rebuilt only when those change,
    // and not during a drag (like the settings views, they follow the settled scenario).
    const fk = `${info.id}\u0000${baseFromFormula(plan.meta.baseYear, state, info.id)}\u0000${JSON.stringify(state.scenario)}\u0000${JSON.stringify(state.result?.bridges ?? [])}\u0000${JSON.stringify(state.result?.historyRates ?? [])}`;
    if (fk !== factsKey && !(state.preview && factsKey.startsWith(`${info.id}\u0000`))) {
      factsKey = fk;
      facts.innerHTML = factsHtml(app, info, state, lang, t);
    }
    const r = state.result!;
    for (const span of facts.querySelectorAll<HTMLElement>('span.outcome')) {
      const target = plan.targets.find((x) => x.id === span.dataset.target);
      setText(span, target ? targetOutcome(plan, target, r, lang, t) : '');
    }
    if (details.open) drawTable();
  };
  return { element: el, update };
}
