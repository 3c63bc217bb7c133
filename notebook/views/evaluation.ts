// Mid-term evaluation: paste actual statistics from Excel/WPS, see every cell that could not be read (by row
// and column), and the evaluation table — 时间进度, 完成进度, growth achieved and still needed, P(met) on
// paths re-anchored on the actuals, and a status from thresholds stated on screen. Prints as a report.

import type { Evaluation, EvaluationColumnKey, TargetEvaluation } from '../../engine/index.ts';
import {
  asOfNotes,
  chainFormula,
  columnHeader,
  evaluationColumn,
  evaluationTable,
  formatNumber,
  formatTyped,
  isFinalEvaluation,
  listedStatuses,
  methodsText,
  msg,
  noDataText,
  questionedCount,
  renderMessage,
  statusKey,
  statusLabel,
} from '../../engine/index.ts';
import type { App } from '../app.ts';
import { isWorkerStopped } from '../client/engineClient.ts';
import { onceMoreIfStopped } from '../client/onceMoreIfStopped.ts';
import { STUCK_MS } from '../client/runController.ts';
import { type CsvCell, downloadCsv } from '../export/csv.ts';
import { safeFileName } from '../export/download.ts';
import { asOfText } from '../format/asOfText.ts';
import { bindingBadge } from '../format/bindingBadge.ts';
import { esc } from '../format/escape.ts';
import { formulaInNames } from '../format/formulaInNames.ts';
import { localDateTime } from '../format/localDateTime.ts';
import { provenanceText } from '../format/provenanceText.ts';
import { questionedBadge } from '../format/questionedBadge.ts';
import { verdictLabel } from '../format/verdictSentence.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { type Translate, translator } from '../i18n/t.ts';
import { pasteIssueGroups } from '../model/pasteIssueGroups.ts';
import { pastePlaceholder } from '../model/pastePlaceholder.ts';
import { tableFileText } from '../model/tableFileText.ts';
import type { LiveView } from '../runtime/liveView.ts';
import { type EvaluationState, STUCK } from '../state/evaluationRuns.ts';
import { loadLastPaste, saveLastPaste } from '../state/lastPaste.ts';
import { setActuals, setAsOf } from '../state/scenarioOps.ts';
import { modifiedKey } from '../state/undoHistory.ts';
import { enteredActualsTable } from './enteredActuals.ts';
import { fileButton } from './fileButton.ts';
import { markedScenarioName } from './markedScenarioName.ts';
import { scenarioName } from './scenarioName.ts';

/** The engine's columns (the CLI's and the CSV's), in the order the screen and the printed report show them. */
const SCREEN_ORDER = [
  'target',
  'status',
  'verdict',
  'pMet',
  'latest',
  'goal',
  'base',
  'tau',
  'progress',
  'pace',
  'plannedPathRatio',
  'achievedCagr',
  'requiredCagr',
  'ratioR',
  'requiredGrowthRemaining',
] as const satisfies readonly EvaluationColumnKey[];

/** Issues the parse report lists; a paste of thousands of bad rows lists the first and counts the rest. */
const LISTED_ISSUES = 50;

/** Pasting: the text box, apply/clear, and the parse report. Built once per language and loaded scenario. */
/** Characters of a cell an issue quotes; the rest is counted. */
const QUOTED_CELL = 60;

function clipped(text: string): string {
  return text.length <= QUOTED_CELL
    ? text
    : `${text.slice(0, QUOTED_CELL)}…（${formatNumber(text.length, 'en', 0)}）`;
}

/** 评估截至: the latest data, or a year from the first after the base to the plan's target year. */
function asOfPicker(app: App, t: Translate, invalidation?: Promise<unknown>): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'as-of';
  const select = document.createElement('select');
  select.id = 'eval-as-of';
  const { baseYear, targetYear } = app.plan.meta;
  select.append(new Option(t('eval.asOf.latest'), ''));
  for (let y = baseYear + 1; y <= targetYear; y++) select.append(new Option(String(y), String(y)));
  // Held in the scenario, not the page: a link to a review as of 2023 had reopened at the latest data (a tester).
  select.value = String(app.scenario.get().asOf ?? '');
  select.addEventListener('change', () =>
    app.scenario.update((s) => setAsOf(s, select.value === '' ? null : Number(select.value)), {}),
  );
  const off = app.scenario.subscribe((s) => {
    select.value = String(s.asOf ?? '');
  });
  void invalidation?.then(off);
  label.append(`${t('eval.asOf.label')} `, select);
  return label;
}

export function evaluationInputView(app: App, lang: Lang, invalidation?: Promise<unknown>): HTMLElement {
  const t = translator(lang);
  const el = document.createElement('div');
  el.className = 'evaluation-input no-print';
  const label = document.createElement('label');
  label.htmlFor = 'actuals-paste';
  label.textContent = t('eval.paste');
  const area = document.createElement('textarea');
  area.id = 'actuals-paste';
  area.rows = 6;
  // An indicator of the plan loaded (it had been the Yaohai plan's on every plan: testers).
  area.placeholder = pastePlaceholder(app.plan, lang);
  area.spellcheck = false;
  const report = document.createElement('div');
  report.className = 'parse-report';
  report.setAttribute('role', 'status');
  const apply = document.createElement('button');
  apply.type = 'button';
  apply.className = 'primary';
  apply.id = 'actuals-apply';
  apply.textContent = t('eval.apply');
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.id = 'actuals-clear';
  clear.textContent = t('eval.clear');
  /** Lists what a paste read, refused and passed over; `again`: the paste kept from before a reload. */
  const showParsed = (parsed: Awaited<ReturnType<typeof app.engine.parseActuals>>, again = false) => {
    // Base-year values fill bases (基期待补): they show on the dashboard, not as actuals in the table below.
    const baseYear = String(app.plan.meta.baseYear);
    const bases = Object.values(parsed.actuals).filter((byYear) => byYear[baseYear] !== undefined).length;
    const lines: string[] = [
      bases > 0
        ? t('eval.readCountBases', { n: parsed.accepted, bases, year: baseYear })
        : t(parsed.accepted === 1 ? 'eval.readCount.one' : 'eval.readCount', { n: parsed.accepted }),
    ];
    const { refused, questioned, converted, replaced, passedOver: notes } = pasteIssueGroups(parsed.issues);
    const item = (i: (typeof parsed.issues)[number]) => {
      const where =
        i.row !== null && i.column !== null
          ? t('eval.rowCol', { row: i.row, col: i.column })
          : i.row !== null
            ? t('eval.rowOnly', { row: i.row })
            : '';
      // A cell is quoted as far as it helps find it: a 2 MB line of junk was put into the page whole.
      const value = i.value !== null ? ` “${clipped(i.value)}”` : '';
      // A whole-input problem (too large) has no place to name: no colon before its sentence.
      const head = `${where}${value}`.trim();
      return `<li class="${i.severity}" data-row="${i.row ?? ''}" data-col="${i.column ?? ''}">${esc(head)}${head ? esc(t('common.colon')) : ''}${esc(renderMessage(lang, i.what))}</li>`;
    };
    let html = `<p>${esc(lines[0]!)}</p>`;
    // Cells refused apart from values read but questioned (a decimal slip): the one list under "未采用" had held
    // an 80.35 that was used (孙科长).
    if (refused.length) {
      // "The rest was read" only when something was.
      const heading = parsed.accepted > 0 ? t('eval.cellErrors') : t('eval.cellErrorsNothingRead');
      html += `<p class="field-error">${esc(heading)}</p><ul class="issues">${refused
        .slice(0, LISTED_ISSUES)
        .map(item)
        .join('')}</ul>`;
      if (refused.length > LISTED_ISSUES)
        html += `<p class="field-error">${esc(t('eval.moreIssues', { n: refused.length - LISTED_ISSUES }))}</p>`;
    }
    if (questioned.length) {
      html += `<p class="warning">${esc(t('eval.cellWarnings'))}</p><ul class="issues questioned">${questioned
        .slice(0, LISTED_ISSUES)
        .map(item)
        .join('')}</ul>`;
      if (questioned.length > LISTED_ISSUES)
        html += `<p class="warning">${esc(t('eval.moreIssues', { n: questioned.length - LISTED_ISSUES }))}</p>`;
    }
    if (converted.length)
      html += `<p class="muted">${esc(t('eval.converted'))}</p><ul class="issues notes converted">${converted
        .map(item)
        .join('')}</ul>`;
    if (replaced.length)
      html += `<p class="muted">${esc(t('eval.overPublished'))}</p><ul class="issues notes">${replaced
        .map(item)
        .join('')}</ul>`;
    if (notes.length)
      html += `<p class="muted">${esc(t('eval.passedOver'))}</p><ul class="issues notes">${notes
        .slice(0, LISTED_ISSUES)
        .map(item)
        .join('')}</ul>`;
    report.innerHTML = again ? `<p class="muted">${esc(t('eval.lastPaste'))}</p>${html}` : html;
  };
  const planId = app.storageKey;
  /** Reads the box and merges what it holds into the scenario's actuals; `lead`: said before the count. */
  const applyText = async (lead = '') => {
    const text = area.value;
    if (!text.trim()) return;
    let parsed: Awaited<ReturnType<typeof app.engine.parseActuals>>;
    try {
      parsed = await onceMoreIfStopped(() => app.engine.parseActuals(text));
    } catch (error) {
      // Said, the box left as it was: a paste that failed had left the page as if nothing had been applied.
      const why = isWorkerStopped(error)
        ? t('eval.pasteStopped')
        : t('eval.pasteFailed', { message: error instanceof Error ? error.message : String(error) });
      report.innerHTML = `<p class="field-error">${esc(why)}</p>`;
      return;
    }
    showParsed(parsed);
    if (lead) report.firstElementChild?.prepend(lead);
    // Kept while it has refused cells, so a reload still says what is missing.
    saveLastPaste(planId, parsed.issues.some((i) => i.severity !== 'info') ? text : null);
    have.textContent = '';
    if (parsed.accepted > 0) {
      app.scenario.update((s) => {
        const merged: Record<string, Record<string, number>> = structuredClone(s.actuals ?? {});
        for (const [id, byYear] of Object.entries(parsed.actuals))
          merged[id] = { ...(merged[id] ?? {}), ...byYear };
        return setActuals(s, merged, parsed.rates);
      }, {});
    }
  };
  apply.addEventListener('click', () => void applyText());
  // A table file, chosen or dropped on the box, is read into the box as a paste of it would be, and applied.
  const picker = fileButton(t('eval.file'), { accept: '.csv,.tsv,.txt,.xlsx', id: 'actuals-file' });
  const readFile = async (file: File) => {
    const read = await tableFileText(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) {
      report.innerHTML = `<p class="field-error">${esc(t(`eval.fileProblem.${read.problem}`, { file: file.name }))}</p>`;
      return;
    }
    area.value = read.text;
    const sheet = read.sheet === null ? '' : t('eval.fileSheet', { sheet: read.sheet });
    await applyText(`${t('eval.fileRead', { file: file.name, sheet })}${read.gbk ? t('eval.fileGbk') : ''}`);
  };
  picker.input.addEventListener('change', () => {
    const file = picker.input.files?.[0];
    picker.input.value = '';
    if (file) void readFile(file);
  });
  area.addEventListener('dragover', (e) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  });
  area.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void readFile(file);
  });
  // The evaluation measures the published statistics the plan carries beside what the planner pastes.
  const published = app.plan.observations.length;
  const none = () => (published > 0 ? t('eval.nonePublished', { n: published }) : t('eval.none'));
  clear.addEventListener('click', () => {
    report.textContent = '';
    saveLastPaste(planId, null);
    have.textContent = none();
    app.scenario.update((s) => setActuals(s, null), {});
  });
  const count = Object.values(app.scenario.get().actuals ?? {}).reduce(
    (n, r) => n + Object.keys(r).length,
    0,
  );
  const have = document.createElement('p');
  have.className = 'muted';
  // All the scenario holds (pasted and entered as bases), not one paste's count beside it: "已读取 25 个数值" and
  // "已读取 27 个数值" had stood one under the other (孙科长).
  have.textContent = count ? t('eval.enteredCount', { n: count }) : none();
  const row = document.createElement('div');
  row.className = 'row';
  row.append(apply, picker.element, clear, asOfPicker(app, t, invalidation));
  // The values entered so far, kept in step with the scenario (a paste, a clear, an undo, a link).
  const entered = document.createElement('div');
  // Redrawn when the values change, and when a full run says which of them look mistyped (its `questioned`).
  let shown: unknown;
  let asked: unknown;
  const draw = () => {
    const s = app.scenario.get();
    const questioned = app.controller.state.result?.questioned;
    if (s.actuals === shown && questioned === asked) return;
    [shown, asked] = [s.actuals, questioned];
    // The value meant put in for the one asked about, as an edit the planner can undo.
    const replace = (indicator: string, year: number, value: number) => {
      app.scenario.update((w) => {
        const byYear = { ...(w.actuals?.[indicator] ?? {}), [year]: value };
        return setActuals(w, { ...(w.actuals ?? {}), [indicator]: byYear });
      }, {});
      // The paste's report questioned the old value and the box still holds it: said, not left to mislead (a
      // retester applied the box again and got the old value back without a word).
      const ind = app.plan.indicators.find((i) => i.id === indicator);
      const note = document.createElement('p');
      note.className = 'muted';
      note.dataset.replaced = `${indicator}:${year}`;
      note.textContent = t('eval.replaced', {
        year,
        indicator: ind ? pick(ind.name, lang) : indicator,
        value: ind ? formatTyped(value, ind.unit, lang) : String(value),
      });
      report.replaceChildren(note);
    };
    entered.replaceChildren(
      ...[enteredActualsTable(app.plan, s.actuals, lang, s.actualRates, questioned ?? [], replace)].filter(
        (x) => x !== null,
      ),
    );
  };
  const unsubscribe = app.scenario.subscribe(draw);
  const unsubscribeRuns = app.controller.subscribe(draw);
  void invalidation?.then(() => {
    unsubscribe();
    unsubscribeRuns();
  });
  el.append(label, area, row, report, have, entered);
  const kept = loadLastPaste(planId);
  if (kept !== null) {
    area.value = kept;
    // Its report only: a failure leaves the box as it was, the paste still there to apply.
    onceMoreIfStopped(() => app.engine.parseActuals(kept)).then(
      (parsed) => {
        // A paste made since (or a cleared box) is the planner's: leave it.
        if (area.value === kept && report.childElementCount === 0) showParsed(parsed, true);
      },
      () => {},
    );
  }
  return el;
}

/**
 * The one verdict beside the pace status: its word, with why in the tip. Where pace and forecast disagree
 * (社零: 97% of the pace, P(met) under 1%) the status alone would read as a contradiction of P(met).
 */
function verdictCell(target: TargetEvaluation, lang: Lang, label: string): string {
  const word = verdictLabel(target.verdict, translator(lang));
  const full = evaluationColumn('verdict').text(target, lang);
  const tip = full === word ? '' : ` data-tip="${esc(full)}" tabindex="0"`;
  // A binding target says so here too, as on the dashboard.
  const binding = bindingBadge(target.nature, translator(lang));
  const questioned = questionedBadge(target.questioned, target.verdictBasis, lang, translator(lang));
  // A yearly task missed in a year reads 未达成 beside a latest year within its range: the year it was missed is
  // said in the cell, not only in the tip (郑处长: 11 场/年 in 10–15 beside 未达成, and no reason in sight).
  // A ceiling gone over its limit after it was kept, likewise: a director asks about 2022 beside 控制在目标内.
  const years = (ys: readonly number[]) => ys.join(lang === 'zh' ? '、' : ', ');
  const why = [
    ...(target.missedYears.length > 0
      ? [translator(lang)('eval.missedShort', { years: years(target.missedYears) })]
      : []),
    ...(target.breachedYears.length > 0
      ? [renderMessage(lang, msg('eval.ceilingBreachedYears', { years: years(target.breachedYears) }))]
      : []),
  ]
    .map((text) => `<small class="verdict-why">${esc(text)}</small>`)
    .join('');
  // What to enter or check (a blank year that stops a running total, an entered value the plan's reckoning
  // contradicts): said where the verdict is read, not only in the CLI and the report.
  const gap = (target.asks ?? [])
    .map((m) => `<small class="verdict-why sum-gap">${esc(renderMessage(lang, m))}</small>`)
    .join('');
  return `<td class="col-verdict verdict-col" data-label="${esc(label)}"${tip}><span class="verdict-label verdict-${esc(target.verdict.code)}">${esc(word)}</span>${binding}${questioned}${why}${gap}</td>`;
}

/** The engine's evaluation table (the CLI's columns), written as Excel/WPS-ready CSV. */
function evaluationCsvRows(ev: Evaluation, lang: Lang): CsvCell[][] {
  const { fields, data } = evaluationTable(ev, lang);
  return [fields, ...data];
}

/**
 * The evaluation's result: built once per language, then updated in place with each evaluation (a release
 * evaluates again, and a view rebuilt with its checkbox and buttons would cost Chromium's form scan each time).
 */
export function evaluationResultView(app: App, lang: Lang): LiveView<EvaluationState> {
  const t = translator(lang);
  const el = document.createElement('div');
  el.className = 'evaluation-result';
  const bar = document.createElement('progress');
  bar.className = 'progress no-print';
  bar.max = 1;
  const box = document.createElement('div');
  box.className = 'error-box';
  const header = document.createElement('div');
  header.className = 'report-header';
  const summary = document.createElement('div');
  summary.className = 'dash-summary eval-summary';
  // What 截至 adds (a later figure reckoned, the period over, an assumption published after the as-of year),
  // on screen above the table: only the printed header had said it.
  const asOfNote = document.createElement('p');
  asOfNote.className = 'footnote as-of-notes';
  // Every target, in the evaluation's order; the checkbox hides those without data. Columns from the spec.
  const columns = SCREEN_ORDER.map(evaluationColumn);
  const onlyData = document.createElement('label');
  onlyData.className = 'row no-print';
  const onlyBox = document.createElement('input');
  onlyBox.type = 'checkbox';
  onlyBox.id = 'eval-only-data';
  onlyBox.checked = true;
  onlyData.append(onlyBox, ` ${t('eval.onlyData')}`);
  const table = document.createElement('table');
  table.className = 'evaluation';
  const wrap = document.createElement('div');
  wrap.className = 'table-wrap';
  wrap.append(table);
  const filter = () => table.classList.toggle('only-data', onlyBox.checked);
  onlyBox.addEventListener('change', filter);
  filter();
  const note = document.createElement('p');
  note.className = 'footnote';
  // 综合判断 follows the dashboard's rule (the forecast decides where the pace disagrees): stated here too.
  const verdictRule = document.createElement('p');
  verdictRule.className = 'footnote verdict-rule';
  verdictRule.textContent = t('eval.verdictRule', { rule: t('feas.rule') });
  const missingNote = document.createElement('p');
  missingNote.className = 'footnote no-data-note';
  const tools = document.createElement('div');
  tools.className = 'row no-print';
  let shown: Evaluation | null = null;
  const csv = document.createElement('button');
  csv.type = 'button';
  csv.className = 'small';
  csv.textContent = t('export.csv');
  csv.addEventListener('click', () => {
    if (shown)
      void downloadCsv(
        // Named as the report is: a final one once its data reach the target year, and its scenario (as the
        // .docx and .xlsx), since the file carries no settings of its own.
        `${safeFileName(`${t(isFinalEvaluation(shown, new Date().getFullYear()) ? 'eval.report.final' : 'eval.report')}_${markedScenarioName(app, lang)}`)}.csv`,
        evaluationCsvRows(shown, lang),
      );
  });
  const print = document.createElement('button');
  print.type = 'button';
  print.className = 'small';
  print.id = 'print-report';
  print.textContent = t('export.print');
  print.addEventListener('click', () => {
    document.body.classList.add('printing-report');
    const done = () => {
      document.body.classList.remove('printing-report');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  });
  tools.append(csv, print);
  const results = [header, summary, onlyData, wrap, note, verdictRule, tools];
  el.append(bar, box, header, summary, asOfNote, onlyData, wrap, note, verdictRule, missingNote, tools);
  let missing: string | null = null;
  // The verdict first: the status and P(met) stay in view beside the target on a narrow screen.
  const cellClass = (column: string, status: string) =>
    column === 'status'
      ? `status-label status-${status}`
      : column === 'ratioR'
        ? 'num wrap'
        : column === 'pMet'
          ? 'num pmet'
          : 'num';
  const heads = columns.map((c) => columnHeader(c, lang));
  const head = `<thead><tr>${columns.map((c, i) => `<th scope="col"${i > 0 && c.key !== 'status' && c.key !== 'verdict' ? ' class="num"' : ''}>${esc(heads[i]!)}</th>`).join('')}</tr></thead>`;
  // Where the latest value comes from, as its provenance says it: a published phrase, or the arithmetic of a
  // value derived from published ones (社零 2025: 435 × (1 + 3%)^5, each input quoted) — traceable in the table.
  const latestTip = (x: TargetEvaluation): string => {
    // An index chained from the rates entered: its arithmetic, as the note beside it gives it.
    if (x.latestChain)
      return ` data-tip="${esc(t('eval.chainedTip', { base: x.latestChain.baseYear, formula: chainFormula(x.latestChain) }))}" tabindex="0"`;
    // An entered value over a published one: the published figure's source, which the cell says was replaced.
    const published = x.latestSource === 'statistic' || x.latestReplaced !== undefined;
    if (x.latest === null || (!published && x.latestSource !== 'derived')) return '';
    const o = app.plan.observations.find((v) => v.indicator === x.indicator && v.year === x.latest!.year);
    const text = o ? provenanceText(o.provenance, t, lang) : '';
    return text ? ` data-tip="${esc(text)}" tabindex="0"` : '';
  };
  // Where the base comes from, on hover as the dashboard's figures say it: the plan's figure as printed (or the
  // statistic that replaced it), a value entered or published for the base year, or the plan's own base path
  // (a share or total computed from its parts). The base column had been the one figure with no source.
  // Which of the two a base-year actual is: the value entered (it wins) or the published statistic, with its
  // source — "录入或公布" had left the reader to guess (孙科长).
  const actualBaseTip = (indicator: string, year: number): string => {
    if (app.scenario.get().actuals?.[indicator]?.[String(year)] !== undefined)
      return t('eval.baseTip.entered', { year });
    const o = app.plan.observations.find((v) => v.indicator === indicator && v.year === year);
    return o ? provenanceText(o.provenance, t, lang) : t('eval.baseTip.actual', { year });
  };
  const baseTip = (x: TargetEvaluation): string => {
    if (x.base === null || x.baseOrigin === null) return '';
    const ind = app.plan.indicators.find((i) => i.id === x.indicator);
    const printed = ind?.base && 'provenance' in ind.base ? provenanceText(ind.base.provenance, t, lang) : '';
    const year = app.plan.meta.baseYear;
    // A base computed by the indicator's definition names it: its parts may be printed, published or entered
    // (68.2% = 420 entered ÷ 616 published had read "from the plan's bases").
    const text =
      x.baseOrigin === 'plan'
        ? printed
        : x.baseOrigin === 'actual'
          ? actualBaseTip(x.indicator, year)
          : ind?.dynamics.kind === 'derived'
            ? t('eval.baseTip.formula', {
                year,
                formula: formulaInNames(app.plan, ind.dynamics.formula, lang),
              })
            : t('eval.baseTip.model', { year });
    return text ? ` data-tip="${esc(text)}" tabindex="0"` : '';
  };
  const draw = (ev: Evaluation, entered: number) => {
    // Past the target year the period is over, whatever the data reach (isFinalEvaluation).
    const thisYear = new Date().getFullYear();
    const kind = t(isFinalEvaluation(ev, thisYear) ? 'eval.report.final' : 'eval.report');
    // Marked as the report's cover marks it: a printed page of an edited scenario had named it as opened (孙科长).
    const mark = modifiedKey(app.history.state.get());
    const named = `${scenarioName(app.scenario.get(), lang)}${mark ? t(mark) : ''}`;
    // Evaluated as of a chosen year, its verdicts are the forecast from that year's data, which the overview
    // (on every observation) need not share: said so, where the two had been said to be the same (钱主任).
    const asOf = ev.summary.chosenAsOf;
    verdictRule.textContent =
      asOf === null
        ? t('eval.verdictRule', { rule: t('feas.rule') })
        : t('eval.verdictRule.asOf', { year: asOf, rule: t('feas.rule') });
    header.innerHTML = `<h1>${esc(pick(ev.plan.title, lang))} · ${esc(kind)}</h1><p>${esc(t('eval.generated', { date: localDateTime(new Date()), scenario: named }))}${ev.summary.asOf === null ? '' : ` · ${esc(asOfText(ev, lang, t('eval.asOf', { year: ev.summary.asOf }), thisYear))}`}</p>${entered === 0 ? `<p class="muted eval-basis">${esc(t('eval.statisticsOnly'))}</p>` : ''}`;
    const notes = asOfNotes(ev, thisYear).map((m) => renderMessage(lang, m));
    // Each a sentence of its own here (after 截至 in a heading they continue it, in lower case).
    asOfNote.textContent = notes
      .map((n) => (lang === 'zh' ? `${n}。` : `${n.replace(/^./, (c) => c.toUpperCase())}. `))
      .join('');
    const counts = ev.summary.counts;
    const questioned = questionedCount(ev);
    summary.innerHTML =
      `<b>${esc(t('eval.summary'))}</b>` +
      listedStatuses(counts)
        .map(
          (s) =>
            `<span class="outlook ${s === 'no-base' || s === 'no-data' ? 'outlook-none' : `status-${s}`}" data-status-count="${s}">${esc(statusLabel(s, lang))} <b>${counts[s]}</b></span>`,
        )
        .join('') +
      (questioned > 0
        ? `<small class="eval-questioned">${esc(renderMessage(lang, msg('eval.questionedCount', { n: questioned })))}</small>`
        : '');
    table.innerHTML =
      `${head}<tbody>` +
      ev.targets
        .map(
          (target) =>
            `<tr data-target="${esc(target.id)}" data-status="${statusKey(target)}">${columns
              .map((c, j) =>
                j === 0
                  ? `<th scope="row">${esc(c.text(target, lang))}</th>`
                  : c.key === 'verdict'
                    ? verdictCell(target, lang, heads[j]!)
                    : `<td class="col-${c.key} ${cellClass(c.key, target.status ?? 'none')}" data-label="${esc(heads[j]!)}"${c.key === 'latest' ? latestTip(target) : c.key === 'base' ? baseTip(target) : ''}>${esc(c.text(target, lang))}</td>`,
              )
              .join('')}</tr>`,
        )
        .join('') +
      '</tbody>';
    note.textContent = `${t('eval.thresholds')}${t('common.colon')}${methodsText(ev.summary, lang).join(' ')}`;
    missing = noDataText(ev, lang);
    missingNote.textContent = missing ?? '';
  };
  const update = (state: EvaluationState) => {
    el.dataset.running = String(state.running);
    // Which evaluation is shown: a test (or the bench) waits for the one that took in what was pasted.
    el.dataset.entered = String(state.entered);
    bar.hidden = !state.running;
    bar.value = state.progress;
    box.hidden = state.error === null;
    box.textContent = state.error === STUCK ? t('eval.stuck', { s: STUCK_MS / 1000 }) : (state.error ?? '');
    const ev = state.evaluation;
    if (ev !== shown) {
      shown = ev;
      if (ev) draw(ev, state.entered);
    }
    for (const part of results) part.hidden = ev === null;
    missingNote.hidden = ev === null || missing === null;
    asOfNote.hidden = ev === null || asOfNote.textContent === '';
  };
  return { element: el, update };
}
