// Target dashboard: every target with its plan value, target-year median, P(met), one verdict and a
// sparkline fan (a quota: its record per year); provenance on hover. The headline says how many verdicts
// rest on data, on assumptions, and how many wait for a base (基期待补: no P(met), the growth the target
// needs, and a field to enter the base). The table is built once per language (htl escapes every value) and each new
// result only rewrites the cells that hold numbers, so a slider preview costs a few text and path updates.

import { html } from 'htl';
import type { Plan, Target } from '../../engine/index.ts';
import { formatNumber, formatProb, rootUnknownBases, settledIn } from '../../engine/index.ts';
import type { App } from '../app.ts';
import { sparkFan } from '../charts/sparkFan.ts';
import type { RunState } from '../client/runController.ts';
import { downloadCsv } from '../export/csv.ts';
import { dashboardCsvRows } from '../export/dashboardCsvRows.ts';
import { safeFileName } from '../export/download.ts';
import { bindingBadge } from '../format/bindingBadge.ts';
import { esc } from '../format/escape.ts';
import { otherReadingNote } from '../format/otherReadingNote.ts';
import { provenanceText } from '../format/provenanceText.ts';
import { questionedBadge } from '../format/questionedBadge.ts';
import { verdictLabel, verdictReason } from '../format/verdictSentence.ts';
import { categoryLabel } from '../i18n/categories.ts';
import { type Lang, paren, pick } from '../i18n/lang.ts';
import { type Translate, translator } from '../i18n/t.ts';
import { feasibilityOf } from '../model/feasibilityOf.ts';
import { questionedFor } from '../model/questionedFor.ts';
import { requiredGrowthPhrase } from '../model/requiredGrowthPhrase.ts';
import {
  approxNote,
  indicatorOf,
  medianFigure,
  medianText,
  targetLevel,
  targetPhrase,
  targetResultOf,
  yearIndex,
} from '../model/targetFigures.ts';
import { verdictCounts } from '../model/verdictCounts.ts';
import type { LiveView } from '../runtime/liveView.ts';
import { setData, setText } from '../runtime/setIfChanged.ts';
import { applyBaseEntry, baseEntryForm } from './baseEntryForm.ts';
import { baseRequestsView } from './baseRequests.ts';
import { dashboardFilter, filterGroupOf } from './dashboardFilter.ts';
import { markedScenarioName } from './markedScenarioName.ts';
import { pastYearRequestsView } from './pastYearRequests.ts';
import { quotaRecordHtml } from './quotaRecord.ts';
import { scenarioName } from './scenarioName.ts';
import { verdictHeadline } from './verdictHeadline.ts';

function simulatedTip(t: Translate, state: RunState, lang: Lang, plan: Plan, extra: string): string {
  const r = state.result;
  if (!r) return extra;
  return `${extra}\n${t('prov.simulated', { paths: r.paths, seed: r.seed, scenario: scenarioName(state.scenario, lang, plan) })}`;
}

/**
 * A verdict that rests on an entered value read as "疑为 42.5%（小数点错位）" says so beside it: the paste's
 * message is gone after a reload or behind a link, and 依据数据 alone had vouched for the value.
 */
function questionedMark(target: Target, state: RunState, plan: Plan, lang: Lang, t: Translate): string {
  const mine = questionedFor(plan, state.result, target);
  return questionedBadge(mine, feasibilityOf(targetResultOf(state.result, target.id)).verdictBasis, lang, t);
}

/** The status cell's content: one verdict, what it rests on, 力争, and the sentence when pace and forecast disagree. */
function statusHtml(target: Target, state: RunState, t: Translate, questioned: string): string {
  const f = feasibilityOf(targetResultOf(state.result, target.id));
  const aspiration =
    bindingBadge(target.nature, t) +
    (target.aspirational
      ? ` <span class="badge aspirational" data-tip="${esc(t('feas.aspirational.tip'))}" tabindex="0">${esc(t('verdict.aspirational.label'))}</span>`
      : '');
  // No run yet: nothing to judge (P(met) alone is not a verdict).
  if (!f.verdict) return `<span class="verdict-label verdict-none">—</span>${aspiration}`;
  const reason = verdictReason(f.verdict, t);
  const basis =
    f.verdictBasis && f.verdictBasis !== 'unknown-base'
      ? ` <span class="badge basis basis-${f.verdictBasis}" data-tip="${esc(t(`feas.basis.tip.${f.verdictBasis}`))}" tabindex="0">${esc(t(`verdict.basis.${f.verdictBasis}`))}</span>`
      : '';
  return (
    `<span class="verdict-label verdict-${esc(f.verdict.code)}">${esc(verdictLabel(f.verdict, t))}</span>${basis}${questioned}${aspiration}` +
    (reason ? `<div class="verdict-reason">${esc(reason)}</div>` : '')
  );
}

/** A target row's fixed markup, parsed once: each row is a clone filled in through the DOM (htl parsing its
 * template again for each of 72 rows took most of the first paint's script time). Text and attributes are
 * set as text, never parsed, so the values need no escaping. */
const rowSkeleton = (() => {
  let skeleton: HTMLTableRowElement | null = null;
  return () => {
    skeleton ??= html`<tr>
    <th scope="row"><button type="button" class="linklike"></button></th>
    <td class="num goal" tabindex="0"></td>
    <td class="num median" tabindex="0">—</td><td class="num pmet" tabindex="0">—</td><td class="verdict"><span class="verdict-body"></span><a class="help-link" target="_blank" rel="noopener">?</a></td><td class="spark-cell"><div class="quota-slot"></div></td>
  </tr>` as HTMLTableRowElement;
    return skeleton.cloneNode(true) as HTMLTableRowElement;
  };
})();

type Cell = HTMLTableCellElement;
/** A target row's cells in column order: name, plan value, median, P(met), verdict, sparkline. */
type RowCells = [Cell, Cell, Cell, Cell, Cell, Cell];

/** One target's row (and, for a target that may wait for a base, the row to enter it), and how to refresh them. */
function targetRow(plan: Plan, target: Target, lang: Lang, t: Translate) {
  const ind = indicatorOf(plan, target.indicator);
  const name = pick(target.name, lang);
  // A yearly quota is met only if every year meets it: said wherever its median or P(met) is read.
  const quotaNote = target.kind === 'quota' ? `\n${t('target.quotaNote')}` : '';
  const approx = approxNote(plan, target, lang, t);
  const tipTarget = `${name}${quotaNote}${approx ? `\n${approx}` : ''}\n${provenanceText(target.provenance, t, lang)}`;
  const row = rowSkeleton();
  row.dataset.target = target.id;
  row.dataset.indicator = target.indicator ?? '';
  const [head, goal, median, pmet, status, sparkCell] = row.cells as unknown as RowCells;
  const select = head.firstElementChild as HTMLButtonElement;
  select.dataset.select = target.indicator ?? '';
  select.dataset.tip = tipTarget;
  select.textContent = name;
  goal.dataset.tip = tipTarget;
  goal.textContent = targetPhrase(plan, target, lang);
  // The verdict, and beside it the link to how verdicts are made (help.html).
  const statusBody = status.firstElementChild as HTMLElement;
  const help = status.lastElementChild as HTMLAnchorElement;
  help.setAttribute('href', lang === 'zh' ? 'help.html#outlook' : 'help.html#en-outlook');
  help.title = t('help.verdict');
  help.setAttribute('aria-label', `${t('help.verdict')}${t('common.colon')}${name}`);
  const spark = sparkFan();
  const record = sparkCell.firstElementChild as HTMLElement;
  sparkCell.insertBefore(spark.element, record);
  // 基期待补: the fields exist from the start (what is typed survives new results); shown while the base is missing.
  const roots =
    target.indicator && target.comparable !== false ? rootUnknownBases(plan, target.indicator) : [];
  const entry = roots.length
    ? html`<tr class="base-entry-row" id=${`base-entry-${target.id}`} data-for-target=${target.id} hidden><td colspan="6"></td></tr>`
    : null;
  if (entry)
    (entry.firstElementChild as HTMLElement).innerHTML = baseEntryForm(
      plan,
      roots,
      lang,
      t,
      target.indicator,
    );
  // The fields open on demand: 29 rows each followed by a row of fields made the table twice as long. (All
  // missing bases are also gathered above the table, in baseRequestsView.)
  let entryOpen = false;
  let needsBaseNow = false;
  const openEntry = entry
    ? (html`<button type="button" class="small enter-base" aria-expanded="false" aria-controls=${entry.id}>${t('feas.enterBase.open')}</button>` as HTMLButtonElement)
    : null;
  openEntry?.addEventListener('click', () => {
    entryOpen = !entryOpen;
    openEntry.setAttribute('aria-expanded', String(entryOpen));
    entry!.hidden = !(needsBaseNow && entryOpen);
    if (entryOpen) entry!.querySelector<HTMLInputElement>('input[data-base-for]')?.focus();
  });
  let shownStatus = '';
  // Fixed for the row: a published figure on another reading of the target, said under its verdict.
  const otherReading = otherReadingNote(plan, target, lang, t);
  let shownRecord = '';
  let shownMilestone = '';
  const update = (state: RunState): void => {
    const r = state.result;
    const tr = targetResultOf(r, target.id);
    const f = feasibilityOf(tr);
    // Not comparable comes first: such a target is shown with its plan-check finding, not asked for a base.
    const notComparable = f.verdict?.code === 'not-comparable' || target.comparable === false;
    const needsBase =
      !notComparable && (f.verdict?.code === 'unknown-base' || f.verdictBasis === 'unknown-base');
    if (row.classList.contains('needs-base') !== needsBase) row.classList.toggle('needs-base', needsBase);
    needsBaseNow = needsBase;
    if (entry && entry.hidden === (needsBase && entryOpen)) entry.hidden = !(needsBase && entryOpen);
    const m = r && target.indicator && !needsBase ? medianFigure(plan, target, r) : null;
    // Every path carries the observed year that settled the target: its outcome is a fact, not a chance.
    const settled = tr && !needsBase && !notComparable ? settledIn(tr) : null;
    setText(median, needsBase ? requiredGrowthPhrase(plan, target, lang, t) : m ? medianText(m, lang) : '—');
    setData(median, 'value', m ? String(m.value) : '');
    // A rate the plan reckons arithmetically (累计增幅 ÷ 年数) is said to be one, on a line of its own under the
    // figure (base.css): +19.7% read as a compound rate had looked above a target its compound 14.7% is below
    // (孙科长).
    setData(median, 'arithmetic', m?.how === 'prov.medianGrowthArithmetic' ? 'yes' : '');
    setData(
      median,
      'tip',
      needsBase
        ? t('feas.basis.tip.unknown')
        : m && settled !== null
          ? t('prov.settledValue', { year: settled })
          : m
            ? simulatedTip(t, state, lang, plan, `${t(m.how)}${quotaNote}`)
            : '',
    );
    const res =
      r && target.indicator && !needsBase && !notComparable ? r.indicators[target.indicator] : undefined;
    const quota = target.kind === 'quota' && tr ? quotaRecordHtml(plan, target, tr, lang, t) : '';
    if (quota !== shownRecord) {
      shownRecord = quota;
      record.innerHTML = quota;
    }
    spark.update(
      r && res && !quota
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
    const p = needsBase || notComparable ? null : (tr?.pMet ?? null);
    setData(pmet, 'value', p === null ? '' : String(p));
    const pClass = `num pmet${needsBase ? ' needs-base' : notComparable ? ' not-comparable' : ''}`;
    if (pmet.className !== pClass) pmet.className = pClass;
    const count =
      p !== null && r
        ? `\n${t('prov.pmetCount', { met: formatNumber(Math.round(p * r.paths), lang), paths: formatNumber(r.paths, lang) })}`
        : '';
    const pTip = simulatedTip(t, state, lang, plan, `${t('prov.pmet')}${quotaNote}${count}`);
    if (!(target.kind === 'milestone' && r) || needsBase || notComparable || settled !== null)
      shownMilestone = '';
    if (needsBase) {
      setText(pmet, t('verdict.unknown-base'));
      setData(pmet, 'tip', t('feas.basis.tip.unknown'));
    } else if (notComparable) {
      setText(pmet, t('verdict.not-comparable'));
      setData(pmet, 'tip', t('feas.notComparable.tip'));
    } else if (settled !== null) {
      // On a reckoned figure, said under the word, as a milestone's likely year is: the column is narrow.
      const reckoned = tr?.latestReckoned === true;
      const word = t('pmet.settled');
      const under = t('pmet.reckonedShort');
      if (!reckoned) setText(pmet, word);
      else if (pmet.textContent !== `${word}${under}`)
        pmet.replaceChildren(word, html`<br>`, html`<small>${under}</small>`);
      setData(pmet, 'tip', t(reckoned ? 'feas.settled.reckoned.tip' : 'feas.settled.tip', { year: settled }));
    } else if (target.kind === 'milestone' && r) {
      const ms = tr?.milestone;
      const likely =
        ms?.evenChanceYear != null
          ? t('feas.milestone.evenChance', { year: ms.evenChanceYear })
          : t('feas.milestone.never');
      const shown = `${formatProb(p, lang)}\u0000${likely}`;
      if (shown !== shownMilestone) {
        pmet.replaceChildren(formatProb(p, lang), html`<br>`, html`<small>${likely}</small>`);
        shownMilestone = shown;
      }
      const byYear = r.years
        .map((year, k) => ({ year, p: ms?.pAchievedBy[k] }))
        .filter((x) => x.year > plan.meta.baseYear && x.p !== undefined)
        .map((x) => t('feas.milestone', { year: x.year, p: formatProb(x.p!, lang) }));
      setData(pmet, 'tip', [...byYear, pTip].join('\n'));
    } else {
      setText(pmet, formatProb(p, lang));
      setData(pmet, 'tip', pTip);
    }
    const statusNow =
      statusHtml(target, state, t, questionedMark(target, state, plan, lang, t)) + otherReading;
    if (statusNow !== shownStatus) {
      shownStatus = statusNow;
      statusBody.innerHTML = statusNow;
      // The "?" follows the verdict's word, with no break between them: after the badges it wrapped alone
      // onto a line of its own.
      statusBody.querySelector('.verdict-label')?.after(help);
      if (openEntry && needsBase) statusBody.append(' ', openEntry);
      status.dataset.verdict = f.verdict?.code ?? '';
      status.dataset.basis = f.verdictBasis ?? '';
    }
    // What the filter above the table reads (dashboardFilter.ts).
    setData(row, 'show', filterGroupOf(f.verdict?.code ?? null));
  };
  return { row, entry, update };
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

function downloadDashboardCsv(
  app: App,
  lang: Lang,
  t: Translate,
  state: RunState,
  quantitative: Target[],
): void {
  const rows = dashboardCsvRows(app.plan, state.result, quantitative, lang, t);
  void downloadCsv(`${safeFileName(`${t('dash.title')}_${markedScenarioName(app, lang)}`)}.csv`, rows);
}

/** The column names as CSS strings, for a phone's layout, where each target is a card without the header
 * row and names its figures itself (base.css, max-width 600px); and the word under an arithmetic rate. */
function columnLabels(t: Translate, medianHead: string): string {
  const css = (s: string) => JSON.stringify(s);
  return `--label-goal: ${css(t('dash.col.goal'))}; --label-median: ${css(medianHead)}; --label-pmet: ${css(t('dash.col.pmet'))}; --label-arithmetic: ${css(t('dash.arithmetic'))}`;
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
      html`<tbody><tr class="group"><th colspan="6" scope="rowgroup">${title}</th></tr>${list.flatMap(
        // Flat: htl inserts an array's nodes but writes a nested array out as text.
        (target) => {
          const r = targetRow(plan, target, lang, t);
          rows.set(target.id, r);
          return r.entry ? [r.row, r.entry] : [r.row];
        },
      )}</tbody>`,
  );
  let state: RunState | null = null;
  const csv = html`<button type="button" class="small" id="dashboard-csv">${t('export.csv')}</button>`;
  csv.addEventListener('click', () => state && downloadDashboardCsv(app, lang, t, state, quantitative));
  const headline = html`<div class="verdict-summary"></div>`;
  const requests = baseRequestsView(app, lang, t);
  const pastYears = pastYearRequestsView(app, lang, t);
  const rule = html`<span class="verdict-rule">${t('feas.rule')}</span>`;
  const filter = dashboardFilter(t);
  const element = html`<div class="dashboard">
    ${headline}
    ${pastYears.element}
    ${requests.element}
    ${filter.element}
    <div class="table-wrap"><table class="targets" style=${columnLabels(t, medianHead)}>
      <colgroup><col class="c-name"><col class="c-goal"><col class="c-median"><col class="c-pmet"><col class="c-status"><col class="c-spark"></colgroup>
      <thead><tr><th scope="col">${t('dash.col.target')}</th><th scope="col" class="num">${t('dash.col.goal')}</th>
      <th scope="col" class="num">${medianHead}</th><th scope="col" class="num">${t('dash.col.pmet')}</th>
      <th scope="col">${t('dash.col.status')}</th><th scope="col">${t('dash.col.fan')}</th></tr></thead>
      ${bodies}
    </table></div>
    <p class="footnote">${rule} ${csv}</p>
    ${
      qualitative.length
        ? html`<details class="qualitative"><summary>${t('dash.qualitative')}${paren(qualitative.length, lang)}</summary><ul>${qualitative.map(
            (q) =>
              html`<li data-tip=${provenanceText(q.provenance, t, lang)} tabindex="0">${pick(q.name, lang)}</li>`,
          )}</ul></details>`
        : null
    }
  </div>`;
  element.addEventListener('submit', (e) => {
    const form =
      e.target instanceof HTMLFormElement && e.target.matches('[data-base-form]') ? e.target : null;
    if (!form) return;
    e.preventDefault();
    applyBaseEntry(app, form, lang, t);
  });
  element.addEventListener('click', (e) => {
    const btn = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-select]') : null;
    const id = btn?.dataset.select;
    if (id) {
      app.selection.set(id, {});
      document.getElementById('detail')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
  });
  // Rows off screen skip a drag's previews: their figures are written when the row scrolls into view, or by
  // the settled run. (Until the observer first reports, every row counts as on screen.)
  const onScreen = new Set<string>();
  const stale = new Set<string>();
  let observed = false;
  if (typeof IntersectionObserver !== 'undefined') {
    const io = new IntersectionObserver(
      (entries) => {
        observed = true;
        for (const e of entries) {
          const id = (e.target as HTMLElement).dataset.target!;
          if (!e.isIntersecting) {
            onScreen.delete(id);
            continue;
          }
          onScreen.add(id);
          if (stale.delete(id) && state) rows.get(id)?.update(state);
        }
      },
      { rootMargin: '300px' },
    );
    for (const r of rows.values()) io.observe(r.row);
  }
  let shownHeadline = '';
  return {
    element,
    update(next) {
      state = next;
      element.dataset.seq = String(next.seq);
      // Whether it shows a preview or a full run (the bench's probe reads it): written only when that changes,
      // as everything else here, so that a preview with the figures already shown changes no node.
      if (element.dataset.preview !== String(next.preview)) element.dataset.preview = String(next.preview);
      for (const [id, r] of rows) {
        if (next.preview && observed && !onScreen.has(id)) {
          stale.add(id);
          continue;
        }
        stale.delete(id);
        r.update(next);
      }
      requests.update(next);
      pastYears.update(next);
      // Counted from settled runs: a drag's previews (60 a second) need not recount them.
      if (!next.preview)
        filter.update(
          next.result ? next.result.targets.map((r) => feasibilityOf(r).verdict?.code ?? null) : [],
        );
      const hasVerdicts = next.result?.targets.some((r) => feasibilityOf(r).verdict !== null) ?? false;
      const headlineNow = hasVerdicts ? verdictHeadline(verdictCounts(plan, next.result), t) : '';
      if (headlineNow !== shownHeadline) {
        shownHeadline = headlineNow;
        headline.innerHTML = headlineNow;
      }
    },
  };
}
