// The 中期评估 report in the page: the document as it prints (cover, summary, charts, verdict table,
// methods, notes — print.css gives it page numbers and keeps headings with what follows), with the
// 编制单位 field and the exports: Word (.docx), Excel (.xlsx) and print to PDF.
import { markedScenarioName } from '../views/markedScenarioName.ts';
import '../i18n/reportMessages.ts';
import { type Evaluation, isFinalEvaluation, mergeActuals, planObservations } from '../../engine/index.ts';
import { type App, pushNotice } from '../app.ts';
import type { RunState } from '../client/runController.ts';
import { download, safeFileName } from '../export/download.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/t.ts';
import type { LiveView } from '../runtime/liveView.ts';
import type { EvaluationState } from '../state/evaluationRuns.ts';
import { loadOrganisation, saveOrganisation } from '../state/workStore.ts';
import { scenarioName } from '../views/scenarioName.ts';
import { columnWidths } from './columnWidths.ts';
import { headerLines } from './headerLines.ts';
import { buildReport, FIGURE_COLUMNS, type ReportDoc } from './reportDocument.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function reportDate(lang: Lang, date = new Date()): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long' }).format(date);
}

/** A small table of figures (a planner's table or formula cell). */
function smallTable(t: { header: string[]; rows: string[][] }): HTMLElement {
  const table = el('table', 'report-cell-table');
  const hr = el('tr');
  for (const h of t.header) {
    const th = el('th', undefined, h);
    th.scope = 'col';
    hr.append(th);
  }
  const thead = el('thead');
  thead.append(hr);
  const tbody = el('tbody');
  for (const r of t.rows) {
    const tr = el('tr');
    r.forEach((v, c) => {
      const cell = el(c === 0 ? 'th' : 'td', c === 0 ? undefined : 'num', v);
      if (c === 0) (cell as HTMLTableCellElement).scope = 'row';
      tr.append(cell);
    });
    tbody.append(tr);
  }
  table.append(thead, tbody);
  return table;
}

/** The planner's formula, chart and table cells. */
function renderCells(doc: ReportDoc): HTMLElement {
  const section = el('section', 'report-cells');
  section.append(el('h2', undefined, doc.headings.cells));
  for (const b of doc.cells) {
    const div = el('div', 'report-cell');
    div.dataset.cell = b.id;
    div.dataset.kind = b.kind;
    div.append(el('h3', undefined, b.title));
    for (const line of b.lines) div.append(el('p', undefined, line));
    if (b.table) div.append(smallTable(b.table));
    for (const c of b.charts) {
      const fig = el('figure', 'report-chart');
      const holder = el('div', 'report-chart-svg');
      holder.innerHTML = c.svg; // built by fanChartSvg, every text escaped there
      fig.append(el('figcaption', undefined, c.caption), holder);
      div.append(fig);
    }
    section.append(div);
  }
  return section;
}

/** The document as HTML elements: what prints. */
/** What reproduces the report's numbers: the settings apart from the plan's defaults, the run and the link. */
function renderSettings(doc: ReportDoc): HTMLElement {
  const s = doc.settings;
  const section = el('section', 'report-appendix report-settings');
  section.append(el('h2', undefined, doc.headings.settings), el('p', undefined, s.intro));
  if (s.rows.length)
    section.append(
      smallTable({
        header: [
          t(doc.lang, 'rep.settings.col.setting'),
          t(doc.lang, 'rep.settings.col.value'),
          t(doc.lang, 'rep.settings.col.default'),
        ],
        rows: s.rows.map((r) => [r.setting, r.value, r.planDefault]),
      }),
    );
  for (const note of s.notes) section.append(el('p', undefined, note));
  if (s.run) section.append(el('p', undefined, s.run));
  if (s.link) section.append(el('p', 'report-link', s.link));
  return section;
}

export function renderReport(doc: ReportDoc): HTMLElement {
  const article = el('article', 'report-doc');
  article.lang = doc.lang === 'zh' ? 'zh-CN' : 'en';
  const cover = el('section', 'report-cover');
  const h1 = el('h1');
  h1.append(
    el('span', 'report-title-plan', doc.titleLines[0]),
    el('span', 'report-title-kind', doc.titleLines[1]),
  );
  cover.append(h1);
  const dl = el('dl');
  for (const c of doc.cover) {
    const dd = el('dd', undefined, c.value);
    if (c.cited) dd.lang = 'zh-CN';
    dl.append(el('dt', undefined, c.label), dd);
  }
  cover.append(dl);
  article.append(cover);

  const summary = el('section', 'report-summary');
  summary.append(el('h2', undefined, doc.headings.summary));
  for (const p of doc.summary) summary.append(el('p', undefined, p));
  if (doc.attention.length) {
    const ul = el('ul', 'report-attention');
    for (const a of doc.attention) ul.append(el('li', undefined, a));
    summary.append(ul);
  }
  article.append(summary);

  if (doc.charts.length) {
    const charts = el('section', 'report-charts');
    charts.append(el('h2', undefined, doc.headings.charts), el('p', 'report-legend', doc.chartLegend));
    for (const c of doc.charts) {
      const fig = el('figure', 'report-chart');
      fig.dataset.target = c.target;
      const holder = el('div', 'report-chart-svg');
      holder.innerHTML = c.svg; // built by fanChartSvg, every text escaped there
      fig.append(el('figcaption', undefined, c.caption), holder, el('p', 'report-status', c.status));
      charts.append(fig);
    }
    article.append(charts);
  }

  const tableSection = el('section', 'report-table');
  tableSection.append(el('h2', undefined, doc.headings.table));
  const table = el('table', 'report-verdicts');
  const widths = columnWidths(doc.table.header, doc.table.rows);
  const colgroup = el('colgroup');
  for (const w of widths) {
    const col = el('col');
    col.style.width = `${(w * 100).toFixed(2)}%`;
    colgroup.append(col);
  }
  const thead = el('thead');
  const hr = el('tr');
  for (const h of doc.table.header) {
    const th = el('th');
    headerLines(h).forEach((line, i) => {
      th.append(...(i > 0 ? [el('br'), line] : [line]));
    });
    th.scope = 'col';
    hr.append(th);
  }
  thead.append(hr);
  const tbody = el('tbody');
  doc.table.rows.forEach((r, i) => {
    const tr = el('tr');
    tr.dataset.status = doc.table.statuses[i] ?? '';
    r.forEach((v, c) => {
      const key = doc.table.keys[c];
      const cls =
        key === 'status'
          ? `status-label status-${tr.dataset.status}`
          : key && FIGURE_COLUMNS.has(key)
            ? 'num'
            : key === 'verdict' || key === 'verdictBasis'
              ? `verdict-col col-${key}`
              : undefined;
      const cell = el(c === 0 ? 'th' : 'td', cls, v);
      if (c === 0) (cell as HTMLTableCellElement).scope = 'row';
      tr.append(cell);
    });
    tbody.append(tr);
  });
  table.append(colgroup, thead, tbody);
  tableSection.append(table);
  if (doc.table.rows.length > 0) article.append(tableSection);

  const methods = el('section', 'report-methods');
  methods.append(el('h2', undefined, doc.headings.methods));
  const ol = el('ol');
  for (const m of doc.methods) ol.append(el('li', undefined, m));
  methods.append(ol);
  article.append(methods);

  const notes = el('section', 'report-notes');
  notes.append(el('h2', undefined, doc.headings.notes));
  if (doc.notes.length === 0) notes.append(el('p', 'muted', t(doc.lang, 'rep.notes.none')));
  for (const n of doc.notes) {
    if (n.title) notes.append(el('h3', undefined, n.title));
    for (const line of n.text.split(/\n+/)) notes.append(el('p', undefined, line));
  }
  article.append(notes);
  if (doc.cells.length) article.append(renderCells(doc));
  if (doc.sources.length) {
    const src = el('section', 'report-appendix report-sources');
    src.append(el('h2', undefined, doc.headings.sources));
    const list = el('table');
    const body = el('tbody');
    for (const r of doc.sources) {
      const tr = el('tr');
      const source = el('td', undefined, r.source);
      // The source cites Chinese documents (sections, phrases as printed): in English it is a citation.
      if (doc.lang === 'en') source.lang = 'zh-CN';
      tr.append(el('th', undefined, r.target), el('td', undefined, r.figure), source);
      body.append(tr);
    }
    list.append(body);
    src.append(list);
    article.append(src);
  }
  article.append(renderSettings(doc));
  if (doc.noData) {
    const appendix = el('section', 'report-appendix');
    const ul = el('ul', 'footnote');
    for (const line of doc.noData.lines) ul.append(el('li', undefined, line));
    appendix.append(el('h2', undefined, doc.headings.noData), el('p', undefined, doc.noData.intro), ul);
    article.append(appendix);
  }
  if (doc.baseNeeds) {
    const appendix = el('section', 'report-appendix report-base-needs');
    const ul = el('ul');
    for (const line of doc.baseNeeds.lines) ul.append(el('li', undefined, line));
    appendix.append(el('h2', undefined, doc.headings.baseNeeds), el('p', undefined, doc.baseNeeds.intro), ul);
    article.append(appendix);
  }
  return article;
}

async function exportDocx(doc: ReportDoc): Promise<Blob> {
  const [{ reportDocx }, { svgToPng }] = await Promise.all([
    import('./exportDocx.ts'),
    import('./svgToPng.ts'),
  ]);
  const png = (c: { svg: string; width: number; height: number }) =>
    svgToPng(c.svg, c.width, c.height).catch(() => null);
  const [images, cellImages] = await Promise.all([
    Promise.all(doc.charts.map(png)),
    Promise.all(doc.cells.map((b) => Promise.all(b.charts.map(png)))),
  ]);
  return reportDocx(doc, images, cellImages);
}

/** How each report preview draws its document: only when opened, printed or exported (it is not drawn for
 * every run while nobody looks at it). */
const drawOnDemand = new WeakMap<HTMLDetailsElement, () => void>();
/** Whether the planner has the preview open (kept across the rebuilds a new run brings). */
let previewOpen = false;

// A closed preview does not print: open every report preview for printing (Ctrl+P as well as the button).
let printHooked = false;
function hookPrint(): void {
  if (printHooked) return;
  printHooked = true;
  const opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>('details.report-preview:not([open])')) {
      drawOnDemand.get(d)?.();
      d.open = true;
      opened.push(d);
    }
  });
  window.addEventListener('afterprint', () => {
    for (const d of opened.splice(0)) d.open = false;
  });
}

/** What the report is drawn from: the evaluation shown above it and the settled run. */
export interface ReportInputs {
  evaluation: EvaluationState;
  run: RunState;
}

/**
 * The report's tools and preview: built once per language, then given each new evaluation and settled run in
 * place (its 编制单位 field and export buttons are not rebuilt with every release).
 */
export function reportView(app: App, lang: Lang): LiveView<ReportInputs> {
  hookPrint();
  const wrap = el('div', 'report');
  let ev: Evaluation | null = null;
  let result: RunState['result'] = null;
  const build = (evaluation: Evaluation): ReportDoc =>
    buildReport(
      {
        plan: app.plan,
        evaluation,
        result,
        // The points the evaluation measured: the published statistics under what the planner entered.
        actuals: mergeActuals(planObservations(app.plan).actuals, app.scenario.get().actuals) as Record<
          string,
          Record<string, number>
        >,
        scenarioName: scenarioName(app.scenario.get(), lang),
        organisation: loadOrganisation(app.storageKey),
        date: reportDate(lang),
        notes: app.scenario.get().notes ?? [],
        scenario: app.scenario.get(),
        modified: app.history.state.get().modified,
        onlyActuals: app.history.state.get().onlyActuals,
        // The address bar holds the scenario's link (shareSync).
        link: location.href,
        thisYear: new Date().getFullYear(),
      },
      lang,
    );
  // Built when first needed (opened, printed, exported), then kept until the 编制单位 or its inputs change.
  let built: ReportDoc | null = null;
  const doc = () => {
    if (!ev) throw new Error('no evaluation to report');
    built ??= build(ev);
    return built;
  };

  const tools = el('div', 'row report-tools no-print');
  const orgLabel = el('label', undefined, `${t(lang, 'rep.cover.org')} `);
  const org = el('input');
  org.type = 'text';
  org.id = 'report-org';
  org.size = 28;
  org.value = loadOrganisation(app.storageKey);
  org.placeholder = t(lang, 'rep.orgPlaceholder');
  orgLabel.append(org);
  const status = el('span', 'muted');
  status.setAttribute('role', 'status');
  const fileBase = () => {
    const kind =
      ev && isFinalEvaluation(ev, new Date().getFullYear())
        ? 'rep.file.final'
        : ev && ev.targets.every((x) => x.latest === null)
          ? 'rep.file.projection'
          : 'rep.file';
    return safeFileName(`${t(lang, kind)}_${markedScenarioName(app, lang)}`);
  };
  const action = (id: string, label: string, run: () => Promise<void>) => {
    const b = el('button', 'small', label);
    b.type = 'button';
    b.id = id;
    b.addEventListener('click', async () => {
      b.disabled = true;
      status.textContent = t(lang, 'rep.export.busy');
      try {
        await run();
        status.textContent = '';
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        status.textContent = '';
        pushNotice(app, {
          id: 'report-export',
          kind: 'error',
          text: (l) => t(l, 'rep.export.failed', { message }),
        });
      } finally {
        b.disabled = false;
      }
    });
    return b;
  };
  const docx = action('report-docx', t(lang, 'rep.export.docx'), async () => {
    download(`${fileBase()}.docx`, await exportDocx(doc()));
  });
  const xlsx = action('report-xlsx', t(lang, 'rep.export.xlsx'), async () => {
    const { reportXlsx } = await import('./exportXlsx.ts');
    if (ev) {
      const d = doc();
      download(
        `${fileBase()}.xlsx`,
        await reportXlsx(ev, lang, d.baseNeeds?.table ?? null, d.sources, d.settings),
      );
    }
  });
  const pdf = action('report-print', t(lang, 'rep.export.pdf'), async () => {
    document.body.classList.add('printing-report');
    const done = () => {
      document.body.classList.remove('printing-report');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  });
  tools.append(orgLabel, docx, xlsx, pdf, status);

  const details = el('details', 'report-preview');
  // A language switch rebuilds this view: the preview stays as the planner left it.
  details.open = previewOpen;
  const summary = el('summary', 'no-print', t(lang, 'rep.preview'));
  // The planner's own opening and closing (a click, or Enter/Space on the summary), not printing's.
  summary.addEventListener('click', () => {
    previewOpen = !details.open;
  });
  details.append(summary);
  let article: HTMLElement | null = null;
  const draw = () => {
    const next = renderReport(doc());
    if (article) article.replaceWith(next);
    else details.append(next);
    article = next;
  };
  drawOnDemand.set(details, () => {
    if (ev && !article) draw();
  });
  details.addEventListener('toggle', () => {
    if (details.open && ev && !article) draw();
  });
  // A document drawn from older inputs: redrawn at once while open, else dropped until next opened.
  const refresh = () => {
    built = null;
    if (details.open && ev) draw();
    else if (article) {
      article.remove();
      article = null;
    }
  };
  org.addEventListener('change', () => {
    saveOrganisation(app.storageKey, org.value);
    refresh();
  });
  // Without an evaluation the export buttons are not there: said, rather than left for the planner to wonder.
  const waiting = el('p', 'muted report-waiting', t(lang, 'rep.waiting'));
  wrap.append(waiting, tools, details);
  const update = ({ evaluation, run }: ReportInputs) => {
    const next = evaluation.evaluation;
    waiting.hidden = next !== null || evaluation.running;
    tools.hidden = next === null;
    details.hidden = next === null;
    // Which evaluation the report holds (see evaluationResultView).
    wrap.dataset.entered = String(evaluation.entered);
    if (next === ev && run.result === result) return;
    ev = next;
    result = run.result;
    refresh();
  };
  return { element: wrap, update };
}
