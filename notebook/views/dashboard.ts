// Target dashboard: every target with its plan value, target-year median, P(met), outlook and a sparkline
// fan; provenance on hover. Built as one HTML string: it is redrawn on every preview while a slider moves.
import type { Plan, Target } from '../../engine/index.ts';
import type { App } from '../app.ts';
import { sparkFanSvg } from '../charts/sparkFan.ts';
import type { RunState } from '../client/runController.ts';
import { toCsv } from '../export/csv.ts';
import { download, safeFileName } from '../export/download.ts';
import { esc } from '../format/escape.ts';
import { formatNumber, formatProb, formatRate, formatValue } from '../format/formatValue.ts';
import { provenanceText } from '../format/provenanceText.ts';
import { verdictLabel, verdictReason } from '../format/verdictSentence.ts';
import { categoryLabel } from '../i18n/categories.ts';
import { type Lang, paren, pick } from '../i18n/lang.ts';
import { type Translate, translator } from '../i18n/t.ts';
import { feasibilityOf } from '../model/feasibilityOf.ts';
import { milestoneOutlook } from '../model/milestoneOutlook.ts';
import { requiredGrowthPhrase } from '../model/requiredGrowthPhrase.ts';
import { rootUnknownBases } from '../model/rootUnknownBases.ts';
import {
  indicatorOf,
  medianFigure,
  outlookOf,
  targetLevel,
  targetPhrase,
  targetResultOf,
  yearIndex,
} from '../model/targetFigures.ts';
import { verdictCounts } from '../model/verdictCounts.ts';
import { applyBaseEntry, baseEntryForm } from './baseEntryForm.ts';
import { quotaRecordHtml } from './quotaRecord.ts';
import { scenarioName } from './scenarioName.ts';
import { verdictHeadline } from './verdictHeadline.ts';

const OUTLOOK_MARK: Record<string, string> = {
  likely: '●',
  probable: '◐',
  risk: '◔',
  unlikely: '○',
  none: '',
};

function simulatedTip(t: Translate, state: RunState, lang: Lang, plan: Plan, extra: string): string {
  const r = state.result;
  if (!r) return extra;
  return `${extra}\n${t('prov.simulated', { paths: r.paths, seed: r.seed, scenario: scenarioName(state.scenario, lang, plan) })}`;
}

/** The P(met) cell: a probability, 基期待补, 口径不可比, or a milestone's chance and likely year. */
function chanceCell(
  plan: Plan,
  target: Target,
  state: RunState,
  lang: Lang,
  t: Translate,
  pTip: string,
): string {
  const r = state.result;
  const tr = targetResultOf(r, target.id);
  const f = feasibilityOf(tr);
  const code = f.verdict?.code;
  if (code === 'unknown-base' || f.verdictBasis === 'unknown-base')
    return `<td class="num pmet needs-base" data-value="" data-tip="${esc(t('feas.basis.tip.unknown'))}" tabindex="0">${esc(t('feas.needsBase'))}</td>`;
  if (code === 'not-comparable' || target.comparable === false)
    return `<td class="num pmet not-comparable" data-value="" data-tip="${esc(t('feas.notComparable.tip'))}" tabindex="0">${esc(t('feas.verdict.not-comparable'))}</td>`;
  const p = tr?.pMet ?? null;
  if (target.kind === 'milestone' && r) {
    const m = milestoneOutlook(tr, r.years);
    const likely = m?.likelyYear
      ? t('feas.milestone.likely', { year: m.likelyYear })
      : t('feas.milestone.never');
    const tip = m
      ? m.byYear
          .filter((x) => x.year > plan.meta.baseYear)
          .map((x) => t('feas.milestone', { year: x.year, p: formatProb(x.p, lang) }))
          .join('\n')
      : '';
    return `<td class="num pmet milestone" data-value="${p ?? ''}" data-tip="${esc(`${tip}\n${pTip}`)}" tabindex="0">${esc(formatProb(p, lang))}<br><small>${esc(likely)}</small></td>`;
  }
  return `<td class="num pmet" data-value="${p ?? ''}" data-tip="${esc(pTip)}" tabindex="0">${esc(formatProb(p, lang))}</td>`;
}

/** The status cell: one verdict (with its sentence when pace and forecast disagree) and what it rests on. */
function statusCell(target: Target, state: RunState, t: Translate): string {
  const tr = targetResultOf(state.result, target.id);
  const f = feasibilityOf(tr);
  const aspiration = target.aspirational
    ? ` <span class="badge aspirational" data-tip="${esc(t('feas.aspirational.tip'))}" tabindex="0">${esc(t('feas.aspirational'))}</span>`
    : '';
  if (!f.verdict) {
    const outlook = outlookOf(tr?.pMet ?? null);
    return `<td><span class="outlook outlook-${outlook}">${OUTLOOK_MARK[outlook]} ${esc(t(`outlook.${outlook}`))}</span>${aspiration}</td>`;
  }
  const reason = verdictReason(f.verdict, t);
  const basis =
    f.verdictBasis && f.verdictBasis !== 'unknown-base'
      ? ` <span class="badge basis basis-${f.verdictBasis}" data-tip="${esc(t(`feas.basis.tip.${f.verdictBasis}`))}" tabindex="0">${esc(t(`feas.basis.${f.verdictBasis}`))}</span>`
      : '';
  return (
    `<td class="verdict" data-verdict="${esc(f.verdict.code)}" data-basis="${esc(f.verdictBasis ?? '')}">` +
    `<span class="verdict-label verdict-${esc(f.verdict.code)}">${esc(verdictLabel(f.verdict, t))}</span>${basis}${aspiration}` +
    (reason ? `<div class="verdict-reason">${esc(reason)}</div>` : '') +
    '</td>'
  );
}

function row(plan: Plan, target: Target, state: RunState, lang: Lang, t: Translate): string {
  const r = state.result;
  const tr = targetResultOf(r, target.id);
  const f = feasibilityOf(tr);
  const ind = indicatorOf(plan, target.indicator);
  const name = pick(target.name, lang);
  // A yearly quota is met only if every year meets it: said wherever its median or P(met) is read.
  const quotaNote = target.kind === 'quota' ? `\n${t('target.quotaNote')}` : '';
  const tipTarget = `${name}${quotaNote}\n${provenanceText(target.provenance, t)}`;
  const phrase = targetPhrase(plan, target, lang);
  const unknownBase = f.verdict?.code === 'unknown-base' || f.verdictBasis === 'unknown-base';
  let median = '—';
  let medianRaw = '';
  let medianTip = '';
  let spark = '';
  if (r && target.indicator && unknownBase) {
    median = requiredGrowthPhrase(plan, target, lang, t);
    medianTip = t('feas.basis.tip.unknown');
  } else if (r && target.indicator) {
    const m = medianFigure(plan, target, r);
    if (m) {
      median = m.rate ? formatRate(m.value, lang) : formatValue(m.value, m.unit, lang);
      medianRaw = String(m.value);
      medianTip = simulatedTip(t, state, lang, plan, `${t(m.how)}${quotaNote}`);
    }
    const res = r.indicators[target.indicator];
    if (res && target.comparable !== false) {
      const q = res.quantiles;
      const level = targetLevel(target, res.deterministic[0]!, plan.meta.baseYear);
      spark = sparkFanSvg({
        band: q.p50.length ? q : null,
        deterministic: res.deterministic,
        targetIndex: yearIndex(r, target.year),
        targetValue: target.kind === 'quota' ? null : (level?.value ?? null),
        label: `${pick(ind?.name, lang)} ${r.years[0]}–${r.years.at(-1)}`,
      });
    }
  }
  if (target.kind === 'quota' && tr) spark = quotaRecordHtml(plan, target, tr, lang, t) || spark;
  const p = tr?.pMet ?? null;
  const count =
    p !== null && r
      ? `\n${t('prov.pmetCount', {
          met: formatNumber(Math.round(p * r.paths), lang),
          paths: formatNumber(r.paths, lang),
        })}`
      : '';
  const pTip = simulatedTip(t, state, lang, plan, `${t('prov.pmet')}${quotaNote}${count}`);
  const main =
    `<tr data-target="${esc(target.id)}" data-indicator="${esc(target.indicator ?? '')}"${unknownBase ? ' class="needs-base"' : ''}>` +
    `<th scope="row"><button type="button" class="linklike" data-select="${esc(target.indicator ?? '')}" data-tip="${esc(tipTarget)}">${esc(name)}</button></th>` +
    `<td class="num" data-tip="${esc(tipTarget)}" tabindex="0">${esc(phrase)}</td>` +
    `<td class="num median" data-value="${esc(medianRaw)}" data-tip="${esc(medianTip)}" tabindex="0">${esc(median)}</td>` +
    chanceCell(plan, target, state, lang, t, pTip) +
    statusCell(target, state, t) +
    `<td class="spark-cell">${spark}</td>` +
    '</tr>';
  if (!unknownBase || !target.indicator) return main;
  const roots = f.needsBaseOf ?? rootUnknownBases(plan, target.indicator);
  if (roots.length === 0) return main;
  return `${main}<tr class="base-entry-row" data-target="${esc(target.id)}"><td colspan="6">${baseEntryForm(plan, roots, lang, t)}</td></tr>`;
}

export function dashboardView(app: App, lang: Lang, state: RunState): HTMLElement {
  const t = translator(lang);
  const { plan } = app;
  const quantitative = plan.targets.filter((x) => x.kind !== 'qualitative');
  const headline = quantitative.filter((x) => x.headline);
  const others = quantitative.filter((x) => !x.headline);
  const qualitative = plan.targets.filter((x) => x.kind === 'qualitative');
  const years = new Set(quantitative.map((x) => x.year));
  const medianHead =
    years.size === 1 ? t('dash.col.median', { year: [...years][0]! }) : t('dash.col.median.generic');
  const head =
    `<thead><tr><th scope="col">${esc(t('dash.col.target'))}</th><th scope="col" class="num">${esc(t('dash.col.goal'))}</th>` +
    `<th scope="col" class="num">${esc(medianHead)}</th><th scope="col" class="num">${esc(t('dash.col.pmet'))}</th>` +
    `<th scope="col">${esc(t('dash.col.status'))}</th><th scope="col">${esc(t('dash.col.fan'))}</th></tr></thead>`;

  const groups: [string, Target[]][] = [];
  if (headline.length) groups.push([t('dash.headline'), headline]);
  const byCategory = new Map<string, Target[]>();
  for (const target of others) {
    const cat = indicatorOf(plan, target.indicator)?.category ?? '';
    byCategory.set(cat, [...(byCategory.get(cat) ?? []), target]);
  }
  for (const [cat, list] of byCategory) {
    const label = categoryLabel(cat, lang);
    groups.push([headline.length ? `${t('dash.others')} · ${label}` : label, list]);
  }

  let body = '';
  for (const [title, list] of groups) {
    body += `<tbody><tr class="group"><th colspan="6" scope="rowgroup">${esc(title)}</th></tr>`;
    for (const target of list) body += row(plan, target, state, lang, t);
    body += '</tbody>';
  }
  const el = document.createElement('div');
  el.className = 'dashboard';
  el.dataset.seq = String(state.seq);
  const counts = { likely: 0, probable: 0, risk: 0, unlikely: 0, none: 0 };
  for (const target of quantitative)
    counts[outlookOf(targetResultOf(state.result, target.id)?.pMet ?? null)]++;
  const hasVerdicts = state.result?.targets.some((r) => feasibilityOf(r).verdict !== null) ?? false;
  const summary = hasVerdicts
    ? verdictHeadline(verdictCounts(plan, state.result), t)
    : (['likely', 'probable', 'risk', 'unlikely'] as const)
        .map(
          (k) =>
            `<span class="outlook outlook-${k}">${OUTLOOK_MARK[k]} ${esc(t(`outlook.${k}`))} <b>${counts[k]}</b></span>`,
        )
        .join(' ');
  const qual = qualitative.length
    ? `<details class="qualitative"><summary>${esc(t('dash.qualitative'))}${paren(qualitative.length, lang)}</summary><ul>${qualitative
        .map(
          (q) =>
            `<li data-tip="${esc(provenanceText(q.provenance, t))}" tabindex="0">${esc(pick(q.name, lang))}</li>`,
        )
        .join('')}</ul></details>`
    : '';
  el.innerHTML =
    `<div class="dash-summary">${summary}</div>` +
    `<div class="table-wrap"><table class="targets">${head}${body}</table></div>` +
    `<p class="footnote">${esc(t('dash.thresholds'))}</p>${qual}`;
  const csv = document.createElement('button');
  csv.type = 'button';
  csv.className = 'small';
  csv.id = 'dashboard-csv';
  csv.textContent = t('export.csv');
  csv.addEventListener('click', () => {
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
        t('feas.csv.verdict'),
        t('feas.csv.basis'),
      ],
    ];
    for (const target of quantitative) {
      const m = r ? medianFigure(plan, target, r) : null;
      const tr = targetResultOf(r, target.id);
      const p = tr?.pMet ?? null;
      const f = feasibilityOf(tr);
      rows.push([
        target.id,
        pick(target.name, lang),
        targetPhrase(plan, target, lang),
        target.year,
        m?.value ?? null,
        p,
        t(`outlook.${outlookOf(p)}`),
        f.verdict
          ? [verdictLabel(f.verdict, t), verdictReason(f.verdict, t)].filter(Boolean).join(' — ')
          : '',
        f.verdictBasis ? t(`feas.basis.${f.verdictBasis}`) : '',
      ]);
    }
    download(
      `${safeFileName(`${t('dash.title')}_${scenarioName(state.scenario, lang)}`)}.csv`,
      toCsv(rows),
      'text/csv;charset=utf-8',
    );
  });
  el.querySelector('.footnote')?.append(' ', csv);
  el.addEventListener('submit', (e) => {
    const form =
      e.target instanceof HTMLFormElement && e.target.matches('[data-base-form]') ? e.target : null;
    if (!form) return;
    e.preventDefault();
    applyBaseEntry(app, form, lang, t);
  });
  el.addEventListener('click', (e) => {
    const btn = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-select]') : null;
    const id = btn?.dataset.select;
    if (id) {
      app.selection.set(id, {});
      document.getElementById('detail')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
  });
  return el;
}
