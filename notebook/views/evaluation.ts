// Mid-term evaluation: paste actual statistics from Excel/WPS, see every cell that could not be read (by row
// and column), and the evaluation table — 时间进度, 完成进度, growth achieved and still needed, P(met) on
// paths re-anchored on the actuals, and a status from thresholds stated on screen. Prints as a report.

import type { Evaluation } from '../../engine/index.ts';
import {
  DEFAULT_STATUS_THRESHOLDS,
  type EVALUATION_COLUMNS,
  evaluationRows,
  evaluationTable,
  noDataText,
  STATUS_LABELS,
  STATUS_ORDER,
} from '../../engine/index.ts';
import type { App } from '../app.ts';
import { type CsvCell, toCsv } from '../export/csv.ts';
import { download } from '../export/download.ts';
import { esc } from '../format/escape.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';
import { columnIndex, evaluationCells } from '../model/evaluationCells.ts';
import type { EvaluationState } from '../state/evaluationRuns.ts';
import { setActuals } from '../state/scenarioOps.ts';
import { scenarioName } from './scenarioName.ts';

/** The engine's columns (the CLI's and the CSV's), in the order the screen and the printed report show them. */
const SCREEN_ORDER = [
  'target',
  'status',
  'pMet',
  'latest',
  'goal',
  'base',
  'tau',
  'progress',
  'plannedPathRatio',
  'achievedCagr',
  'requiredCagr',
  'ratioR',
  'requiredGrowthRemaining',
] as const satisfies readonly (typeof EVALUATION_COLUMNS)[number][];

/** Pasting: the text box, apply/clear, and the parse report. Built once per language and loaded scenario. */
export function evaluationInputView(app: App, lang: Lang): HTMLElement {
  const t = translator(lang);
  const el = document.createElement('div');
  el.className = 'evaluation-input no-print';
  const label = document.createElement('label');
  label.htmlFor = 'actuals-paste';
  label.textContent = t('eval.paste');
  const area = document.createElement('textarea');
  area.id = 'actuals-paste';
  area.rows = 6;
  area.placeholder = t('eval.placeholder');
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
  clear.textContent = t('eval.clear');
  apply.addEventListener('click', async () => {
    const text = area.value;
    if (!text.trim()) return;
    const parsed = await app.engine.parseActuals(text);
    const lines: string[] = [t('eval.readCount', { n: parsed.accepted })];
    const issues = parsed.issues.filter((i) => i.severity !== 'info');
    let html = `<p>${esc(lines[0]!)}</p>`;
    if (issues.length) {
      html += `<p class="field-error">${esc(t('eval.cellErrors'))}</p><ul class="issues">${issues
        .map((i) => {
          const where =
            i.row !== null && i.column !== null
              ? t('eval.rowCol', { row: i.row, col: i.column })
              : i.row !== null
                ? `${i.row}`
                : '';
          const value = i.value !== null ? ` “${i.value}”` : '';
          return `<li class="${i.severity}" data-row="${i.row ?? ''}" data-col="${i.column ?? ''}">${esc(where)}${esc(value)}${esc(t('common.colon'))}${esc(lang === 'zh' ? i.messageZh : i.message)}</li>`;
        })
        .join('')}</ul>`;
    }
    report.innerHTML = html;
    have.textContent = '';
    if (parsed.accepted > 0) {
      app.scenario.update((s) => {
        const merged: Record<string, Record<string, number>> = structuredClone(s.actuals ?? {});
        for (const [id, byYear] of Object.entries(parsed.actuals))
          merged[id] = { ...(merged[id] ?? {}), ...byYear };
        return setActuals(s, merged);
      }, {});
    }
  });
  clear.addEventListener('click', () => {
    report.textContent = '';
    have.textContent = t('eval.none');
    app.scenario.update((s) => setActuals(s, null), {});
  });
  const count = Object.values(app.scenario.get().actuals ?? {}).reduce(
    (n, r) => n + Object.keys(r).length,
    0,
  );
  const have = document.createElement('p');
  have.className = 'muted';
  have.textContent = count ? t('eval.readCount', { n: count }) : t('eval.none');
  const row = document.createElement('div');
  row.className = 'row';
  row.append(apply, clear);
  el.append(label, area, row, report, have);
  return el;
}

function thresholdText(ev: Evaluation, lang: Lang): string {
  const th = ev.summary.thresholds ?? DEFAULT_STATUS_THRESHOLDS;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return lang === 'zh'
    ? `进度比（实际进度 ÷ 按规划路径应达进度）≥ ${pct(th.ahead)} 为“快于预期”，${pct(th.onTrack)}–${pct(th.ahead)} 为“基本符合预期”，${pct(th.behind)}–${pct(th.onTrack)} 为“滞后”，< ${pct(th.behind)} 为“严重滞后”；已达到目标值为“提前实现”。增长类目标按复合增长的规划路径比较，其余按线性时间进度比较。达成概率基于以实际值为起点重新模拟的 ${ev.summary.paths} 条路径（随机种子 ${ev.summary.seed}）。`
    : `Pace (progress made ÷ progress planned by now) ≥ ${pct(th.ahead)} ahead of plan; ${pct(th.onTrack)}–${pct(th.ahead)} broadly on plan; ${pct(th.behind)}–${pct(th.onTrack)} behind; < ${pct(th.behind)} far behind; target already reached: achieved early. Growth targets are compared with the compound planned path, others with elapsed time. P(met) from ${ev.summary.paths} paths re-simulated from the actuals (seed ${ev.summary.seed}).`;
}

function escapText(ev: Evaluation, lang: Lang): string {
  const e = ev.summary.escapThresholds;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return lang === 'zh'
    ? `R（ESCAP）= 实际年均增速 ÷ 规划要求年均增速（联合国亚太经社会“预期进展”方法，与上述评估结论分别判断）：≥ ${pct(e.onTrack)} 为“进展顺利”，${pct(e.acceleration)}–${pct(e.onTrack)} 为“需加速”，${pct(e.limited)}–${pct(e.acceleration)} 为“进展有限”，< ${pct(e.limited)} 为“倒退”。`
    : `R (ESCAP) = achieved CAGR ÷ required CAGR (UN ESCAP "anticipated progress", judged separately from the status): ≥ ${pct(e.onTrack)} on track; ${pct(e.acceleration)}–${pct(e.onTrack)} acceleration needed; ${pct(e.limited)}–${pct(e.acceleration)} limited progress; < ${pct(e.limited)} deterioration.`;
}

/** The engine's evaluation table (the CLI's columns), written as Excel/WPS-ready CSV. */
function evaluationCsvRows(ev: Evaluation, lang: Lang): CsvCell[][] {
  const { fields, data } = evaluationTable(ev, lang);
  return [fields, ...data];
}

export function evaluationResultView(app: App, lang: Lang, state: EvaluationState): HTMLElement {
  const t = translator(lang);
  const el = document.createElement('div');
  el.className = 'evaluation-result';
  el.dataset.running = String(state.running);
  if (state.running) {
    const bar = document.createElement('progress');
    bar.className = 'progress no-print';
    bar.max = 1;
    bar.value = state.progress;
    el.append(bar);
  }
  if (state.error) {
    const box = document.createElement('div');
    box.className = 'error-box';
    box.textContent = state.error;
    el.append(box);
  }
  const ev = state.evaluation;
  if (!ev) return el;
  const header = document.createElement('div');
  header.className = 'report-header';
  header.innerHTML = `<h1>${esc(pick(ev.plan.title, lang))} · ${esc(t('eval.report'))}</h1><p>${esc(t('eval.generated', { date: new Date().toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB'), scenario: scenarioName(app.scenario.get(), lang) }))}${ev.summary.asOf === null ? '' : ` · ${esc(t('eval.asOf', { year: ev.summary.asOf }))}`}</p>`;
  el.append(header);
  // Summary by status.
  const counts = ev.summary.counts;
  const summary = document.createElement('div');
  summary.className = 'dash-summary eval-summary';
  summary.innerHTML =
    `<b>${esc(t('eval.summary'))}</b>` +
    STATUS_ORDER.map(
      (s) =>
        `<span class="outlook status-${s}" data-status-count="${s}">${esc(STATUS_LABELS[s][lang])} <b>${counts[s]}</b></span>`,
    ).join('') +
    `<span class="outlook outlook-none">${lang === 'zh' ? '无数据' : 'no data'} <b>${counts['no-data']}</b></span>`;
  el.append(summary);
  // Every target, in the evaluation's order (rows[i] is ev.targets[i]); the checkbox hides those without data.
  const { header: head, rows: engineRows } = evaluationRows(ev, lang, { all: true });
  head[columnIndex('pMet')] = t('eval.col.pmet');
  const rows = engineRows.map((r, i) => {
    const cells = evaluationCells(ev.targets[i]!, lang);
    const out = [...r];
    for (const [column, text] of Object.entries(cells)) out[columnIndex(column as keyof typeof cells)] = text;
    return out;
  });
  const onlyData = document.createElement('label');
  onlyData.className = 'row no-print';
  const onlyBox = document.createElement('input');
  onlyBox.type = 'checkbox';
  onlyBox.id = 'eval-only-data';
  onlyBox.checked = true;
  onlyData.append(onlyBox, ` ${t('eval.onlyData')}`);
  el.append(onlyData);
  // The verdict first: the status and P(met) stay in view beside the target on a narrow screen.
  const order = SCREEN_ORDER.map(columnIndex);
  const cellClass = (column: string, status: string) =>
    column === 'status'
      ? `status-label status-${status}`
      : column === 'ratioR'
        ? 'num wrap'
        : column === 'pMet'
          ? 'num pmet'
          : 'num';
  const table = document.createElement('table');
  table.className = 'evaluation';
  table.innerHTML =
    `<thead><tr>${order.map((k, i) => `<th scope="col"${i > 0 && SCREEN_ORDER[i] !== 'status' ? ' class="num"' : ''}>${esc(head[k]!)}</th>`).join('')}</tr></thead><tbody>` +
    rows
      .map((r, i) => {
        const target = ev.targets[i]!;
        return `<tr data-target="${esc(target.id)}" data-status="${target.status ?? 'no-data'}">${order
          .map((k, j) =>
            j === 0
              ? `<th scope="row">${esc(r[k]!)}</th>`
              : `<td class="${cellClass(SCREEN_ORDER[j]!, target.status ?? 'none')}">${esc(r[k]!)}</td>`,
          )
          .join('')}</tr>`;
      })
      .join('') +
    '</tbody>';
  const wrap = document.createElement('div');
  wrap.className = 'table-wrap';
  wrap.append(table);
  const filter = () => table.classList.toggle('only-data', onlyBox.checked);
  onlyBox.addEventListener('change', filter);
  filter();
  const note = document.createElement('p');
  note.className = 'footnote';
  note.textContent = `${t('eval.thresholds')}${t('common.colon')}${thresholdText(ev, lang)} ${escapText(ev, lang)}`;
  const missing = noDataText(ev, lang);
  const missingNote = document.createElement('p');
  missingNote.className = 'footnote no-data-note';
  missingNote.textContent = missing ?? '';
  missingNote.hidden = missing === null;
  const tools = document.createElement('div');
  tools.className = 'row no-print';
  const csv = document.createElement('button');
  csv.type = 'button';
  csv.className = 'small';
  csv.textContent = t('export.csv');
  csv.addEventListener('click', () =>
    download(`${t('eval.report')}.csv`, toCsv(evaluationCsvRows(ev, lang)), 'text/csv;charset=utf-8'),
  );
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
  el.append(wrap, note, missingNote, tools);
  return el;
}
