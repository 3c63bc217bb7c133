// Comparison of up to four scenarios: their medians (and, on request, their P5–P95 fans) overlaid on the
// selected indicator with the plan's targets, the settings that differ, and per target each scenario's
// P(met) and median with its difference from the first. Colours and dashes from COMPARISON_STYLES. Each
// scenario is shown as it is run (comparedScenario): one with no actuals of its own on the current one's.
import { html } from 'htl';
import type { RunResult } from '../../engine/index.ts';
import { formatProb, historyRateBasis, settledKey } from '../../engine/index.ts';
import type { App, NamedScenario } from '../app.ts';
import { fanChartSvg } from '../charts/fanChart.ts';
import { comparisonStyle } from '../charts/palette.ts';
import { downloadCsv } from '../export/csv.ts';
import { signed } from '../format/signed.ts';
import { totalCostText } from '../format/totalCostText.ts';
import { verdictLabel } from '../format/verdictSentence.ts';
import { type Lang, paren, pick } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';
import { chanceDifference } from '../model/chanceDifference.ts';
import { comparedScenario, type EnteredData } from '../model/comparedScenario.ts';
import { differentData } from '../model/differentData.ts';
import { feasibilityOf } from '../model/feasibilityOf.ts';
import { medianRow } from '../model/medianRow.ts';
import { questionedFor } from '../model/questionedFor.ts';
import { settingDiff } from '../model/settingDiff.ts';
import { settingLabel, settingValueText } from '../model/settingText.ts';
import { targetLevel, targetPhrase, targetResultOf } from '../model/targetFigures.ts';
import { targetLabel } from '../model/targetLabel.ts';
import type { ComparedRuns } from '../state/comparisonRuns.ts';
import { attributionSection } from './attributionSection.ts';
import { button } from './button.ts';
import { chartFrame } from './chartFrame.ts';
import { scenarioName } from './scenarioName.ts';
import { swatchLine } from './swatchLine.ts';

/** Units of a share of a whole. */
const SHARE_UNITS = new Set(['%', '％', '比例']);

/** Whether the chart shows each scenario's fan: the reader's choice, kept while the view redraws. */
let showFans = false;

function swatch(i: number): Element {
  const t = document.createElement('template');
  t.innerHTML = swatchLine(comparisonStyle(i));
  return t.content.firstElementChild!;
}

function comparisonChart(
  app: App,
  lang: Lang,
  runs: readonly { name: string; result: RunResult }[],
  selected: string,
  width: number,
): HTMLElement {
  const t = translator(lang);
  const { plan } = app;
  const info = plan.indicators.find((i) => i.id === selected) ?? plan.indicators[0]!;
  const first = runs[0]!;
  const x0 = first.result.indicators[info.id]?.deterministic[0] ?? Number.NaN;
  const targets = plan.targets
    .filter((x) => x.indicator === info.id && x.kind !== 'qualitative' && x.kind !== 'quota')
    .flatMap((x) => {
      const level = targetLevel(x, x0, plan.meta.baseYear);
      return level
        ? [{ year: x.year, ...level, label: `${pick(x.name, lang)} ${targetPhrase(plan, x, lang)}` }]
        : [];
    });
  const svg = fanChartSvg({
    years: first.result.years,
    unit: info.unit,
    name: info.name,
    lang,
    title: `${pick(info.name, lang)} · ${t('cmp.title')}`,
    band: null,
    deterministic: undefined,
    targets,
    keyTarget: t('detail.legend.target'),
    compared: runs.map((r, i) => {
      const q = r.result.indicators[info.id]?.quantiles;
      return {
        name: r.name,
        ...comparisonStyle(i),
        years: r.result.years,
        p50: q?.p50 ?? new Float64Array(),
        band: showFans && q?.p5.length ? { p5: q.p5, p95: q.p95 } : undefined,
      };
    }),
    width: Math.max(360, Math.min(width, 900)),
    height: 280,
    // Scenario medians often differ by a few percent: fit the axis to them, except for a share, whose
    // scale from zero is part of its meaning.
    fitDomain: !SHARE_UNITS.has(info.unit),
  });
  return chartFrame(svg, `${pick(info.name, lang)}_${t('cmp.title')}`, t, pick(info.name, lang));
}

/** The place of a scenario just removed: its view is drawn anew, and the focus had fallen to <body> (赵工). */
let refocus: number | null = null;

/** Once the new view is in: focus the 移除 button now at `k` (the next scenario's), else the last, else the
 * section's heading. */
function keepFocus(k: number): void {
  requestAnimationFrame(() => {
    const buttons = document.querySelectorAll<HTMLElement>('#comparison [data-compared] button');
    const heading = document.getElementById('comparison-title');
    heading?.setAttribute('tabindex', '-1');
    (buttons[Math.min(k, buttons.length - 1)] ?? heading)?.focus();
  });
}

export function comparisonView(
  app: App,
  lang: Lang,
  list: readonly NamedScenario[],
  entered: EnteredData,
  compared: ComparedRuns,
  selected: string,
  width: number,
): HTMLElement {
  const t = translator(lang);
  const { plan } = app;
  if (refocus !== null) keepFocus(refocus);
  refocus = null;
  if (!list.length) return html`<div class="comparison"><p class="muted">${t('cmp.empty')}</p></div>`;
  const remove = (e: NamedScenario) => {
    const b = button(t('cmp.remove'), () => {
      refocus = list.indexOf(e);
      app.comparison.set(
        app.comparison.get().filter((x) => x.key !== e.key),
        {},
      );
    });
    b.setAttribute('aria-label', `${t('cmp.remove')}${t('common.colon')}${scenarioName(e.scenario, lang)}`);
    return b;
  };
  const runs = compared.runs;
  const first = runs[0];
  // The scenarios as run: the settings, the breakdown and the notice below read these, not those stored.
  const asRun = list.map((e) => comparedScenario(e.scenario, entered));
  const ran = list.map((e, i) => ({ ...e, scenario: asRun[i]!.scenario }));
  const chartSlot = html`<div class="comparison-chart"></div>`;
  const drawChart = () => {
    if (first) chartSlot.replaceChildren(comparisonChart(app, lang, runs, selected, width));
  };
  drawChart();
  const fans = html`<input type="checkbox" id="compare-fans">` as HTMLInputElement;
  fans.checked = showFans;
  fans.addEventListener('change', () => {
    showFans = fans.checked;
    drawChart();
  });

  // Settings that differ, then those every scenario shares where they leave the plan's default (何工): a table of
  // differences alone could not say what either scenario was.
  const rows = settingDiff(
    plan,
    ran.map((e) => e.scenario),
    { shared: true },
  );
  const differ = rows.filter((r) => !r.shared);
  const shared = rows.filter((r) => r.shared);
  // What each scenario's levers cost to the target year, as the levers' heading says it (郑处长: the page's
  // 3.6 亿元 was nowhere in the comparison). Unknown until the scenario's run is in.
  const costs = list.map((e) => {
    const cost = runs.find((r) => r.key === e.key)?.result.cost;
    return cost ? totalCostText(cost.total, cost.unit, lang) : '…';
  });
  const costRow =
    plan.levers.length > 0 && runs.some((r) => r.result.cost.total > 0)
      ? {
          label: t('cmp.cost'),
          planDefault: totalCostText(0, plan.levers[0]!.cost.unit, lang),
          values: costs,
        }
      : null;
  // A scenario left at a default for when no history is given runs, once the history is entered, at the observed
  // growth: said so with that growth, where 默认设置 had stood beside a run at 6.81% (a tester).
  // The value, and what it rests on (a phrase, shown under the figure so that the column stays narrow).
  const atDefault = (r: (typeof rows)[number], i: number): { value: string; note?: string } => {
    const key = list[i]?.key;
    const h =
      r.kind === 'parameter'
        ? runs.find((x) => x.key === key)?.result.historyRates?.find((x) => x.parameter === r.id)
        : undefined;
    // No actuals entered reads as none (—), as the CSV of the breakdown says it, not as a default.
    if (r.kind === 'actuals') return { value: settingValueText(app.plan, r, r.planDefault, lang) };
    if (!h) return { value: t('cmp.planDefault') };
    const sd = (r.planDefault as { sd?: number }).sd ?? 0;
    return {
      value: settingValueText(app.plan, r, { mean: h.rate, sd }, lang),
      note: t('cmp.fromHistory', { basis: historyRateBasis(h) }),
    };
  };
  // Actuals a scenario runs on without having its own say whose they are: a phrase, not a figure.
  const valueParts = (
    r: (typeof rows)[number],
    v: (typeof rows)[number]['values'][number],
    i: number,
  ): { value: string; note?: string; phrase?: boolean } =>
    v === null
      ? atDefault(r, i)
      : r.kind === 'actuals' && asRun[i]?.shared
        ? { value: t('cmp.sharedActuals', { n: String(v) }), phrase: true }
        : { value: settingValueText(app.plan, r, v, lang) };
  const valueText = (r: (typeof rows)[number], v: (typeof rows)[number]['values'][number], i: number) => {
    const { value, note } = valueParts(r, v, i);
    return `${value}${note ?? ''}`;
  };
  // A phrase wraps and a basis stands under its figure: kept on one line beside three other scenarios, "沿用当前
  // 情景录入的 11 个数值" and "…（2020–2023年实际年均净增…，代替默认）" had run the table past its panel (testers).
  const settingRow = (r: (typeof rows)[number]) =>
    html`<tr class=${r.shared ? 'shared' : ''}><th scope="row">${settingLabel(app.plan, r, lang)}</th><td class="num muted">${settingValueText(app.plan, r, r.planDefault, lang)}</td>${r.values.map(
      (v, i) => {
        const { value, note, phrase } = valueParts(r, v, i);
        return html`<td class=${phrase ? 'num phrase' : 'num'}>${value}${note ? html`<small class="cmp-verdict">${note}</small>` : null}</td>`;
      },
    )}</tr>`;
  const settings = html`${differ.length ? null : html`<p class="muted">${t(shared.length ? 'cmp.noDiffShared' : 'cmp.noDiff')}</p>`}${
    rows.length
      ? html`<div class="table-wrap"><table class="settings-diff">
        <thead><tr><th scope="col">${t('cmp.setting')}</th><th scope="col" class="num">${t('cmp.planDefault')}</th>${list.map(
          (e) => html`<th scope="col" class="num">${scenarioName(e.scenario, lang)}</th>`,
        )}</tr></thead>
        <tbody>${differ.map(settingRow)}${
          costRow
            ? html`<tr class="cost"><th scope="row" data-tip=${t('cmp.costTip')} tabindex="0">${costRow.label}</th><td class="num muted">${costRow.planDefault}</td>${costRow.values.map(
                (v) => html`<td class="num">${v}</td>`,
              )}</tr>`
            : null
        }</tbody>${
          shared.length
            ? html`<tbody class="shared"><tr class="group"><th scope="rowgroup" colspan=${2 + list.length}>${t('cmp.shared')}</th></tr>${shared.map(settingRow)}</tbody>`
            : null
        }
      </table></div>`
      : null
  }`;

  // The settings that differ, below the results in the CSV as on the page: a file of results alone had not
  // said what the scenarios were (the start years included, settingDiff).
  const settingCsvRow = (r: (typeof rows)[number]) => [
    settingLabel(app.plan, r, lang),
    settingValueText(app.plan, r, r.planDefault, lang),
    ...r.values.map((v, i) => valueText(r, v, i)),
  ];
  const settingsCsvRows: (string | number)[][] = [
    [t('cmp.setting'), t('cmp.planDefault'), ...list.map((e) => scenarioName(e.scenario, lang))],
    ...differ.map(settingCsvRow),
    ...(costRow ? [[costRow.label, costRow.planDefault, ...costRow.values]] : []),
    ...(shared.length ? [[t('cmp.shared')], ...shared.map(settingCsvRow)] : []),
  ];

  // Scenarios with actuals of their own that differ from the first's, named above the results: their
  // differences are partly of data.
  const nameOf = (i: number) =>
    runs.find((r) => r.key === list[i]!.key)?.name ?? scenarioName(list[i]!.scenario, lang);
  const otherData = differentData(ran.map((e) => e.scenario));
  const dataNotice = otherData.length
    ? html`<p class="notice warning" data-notice="actuals-differ">${t('cmp.dataDiffer', {
        names: otherData.map((i) => `“${nameOf(i)}”`).join(lang === 'zh' ? '、' : ', '),
        first: nameOf(0),
      })}</p>`
    : null;

  // P(met) and medians per target, each with its difference from the first scenario.
  let results: HTMLElement | null = null;
  if (first) {
    const targets = plan.targets.filter((x) => x.kind !== 'qualitative');
    const csvRows: (string | number)[][] = [
      [
        t('dash.col.target'),
        // As the table: each scenario's P(met) and median, and after the first their differences from it.
        ...runs.flatMap((r, i) => [
          `${r.name} ${t('dash.col.pmet')}`,
          ...(i > 0 ? [`${r.name} ${t('cmp.dPmet', { first: first.name })}`] : []),
          `${r.name} ${t('dash.col.median.generic')}`,
          ...(i > 0 ? [`${r.name} ${t('cmp.dMedian', { first: first.name })}`] : []),
        ]),
      ],
    ];
    const bodyRows = targets.map((target) => {
      const csv: (string | number)[] = [targetLabel(plan, target, lang)];
      // A target an observation settled has no chance to compare: it reads 已定 and moves by nothing.
      const chance = (r: (typeof runs)[number]) => {
        const tr = targetResultOf(r.result, target.id);
        const settledWord = tr ? settledKey(tr) : null;
        const settled = settledWord !== null;
        // A target waiting for its base reads 基期待补, as on the dashboard, not a bare dash.
        const f = feasibilityOf(tr);
        const needsBase = f.verdictBasis === 'unknown-base';
        // A counted task with no record, or an indicator with no history: its chance restates the assumption,
        // and is marked so, as on the dashboard (待补执行记录, 待补历史数据).
        const noRecord = f.verdict?.code === 'no-record' ? f.verdict : null;
        // Every chance with its verdict and what it rests on, as on the dashboard: a bare 49% beside
        // "25%（待补历史数据）" had read as the firmer figure, though it rested on a typed assumption (赵工).
        // A verdict resting on an entered value read as a slipped decimal point says so here too (钱主任: the
        // scenario with 9,100 户 read "难以达成 · 依据数据" in the comparison, unmarked).
        const questioned =
          questionedFor(plan, r.result, target).length > 0 ? ` · ⚠ ${t('feas.questioned')}` : '';
        const judged =
          f.verdict && f.verdictBasis && !noRecord && !needsBase && !settled
            ? f.verdict.code === 'not-comparable'
              ? verdictLabel(f.verdict, t)
              : `${verdictLabel(f.verdict, t)} · ${t(`verdict.basis.${f.verdictBasis}`)}${questioned}`
            : null;
        // Settled: 已定 with the outcome (未达成, 已达成), as the overview gives it.
        const outcome = settled && f.verdict ? verdictLabel(f.verdict, t) : null;
        return {
          p: tr && !settled ? tr.pMet : null,
          settledWord,
          needsBase,
          noRecord,
          judged,
          outcome,
        };
      };
      const p0 = chance(first).p;
      // The medians and their differences in one unit and scale, so that they subtract (N9); a median rate the
      // plan reckons arithmetically says so, as on the overview (medianMarked).
      const medians = medianRow(
        plan,
        target,
        runs.map((r) => r.result),
        lang,
        t('dash.arithmetic'),
      );
      const cells = runs.map((r, i) => {
        const { p, settledWord, needsBase, noRecord, judged, outcome } = chance(r);
        const { text: marked, delta: dm, deltaText } = medians[i]!;
        const dp = i > 0 && p !== null && p0 !== null ? chanceDifference(p, p0) : null;
        const shownP = settledWord
          ? settledWord === 'pmet.settled.reckoned' && outcome
            ? t('pmet.settled.reckonedOutcome', { outcome })
            : `${t(settledWord)}${outcome ? paren(outcome, lang) : ''}`
          : needsBase
            ? t('verdict.unknown-base')
            : noRecord
              ? `${formatProb(p, lang)}${paren(verdictLabel(noRecord, t), lang)}`
              : formatProb(p, lang);
        // On the page the chance stands alone and what it waits for goes under it, as a verdict does: in one
        // line, "71%（待补执行记录）" had widened every column so that the table ran past its section.
        const pNote = !settledWord && !needsBase && noRecord ? verdictLabel(noRecord, t) : null;
        const pShown = pNote ? formatProb(p, lang) : shownP;
        // Every cell as the table shows it (P(met) had been a bare 0.5824 beside a median in 万户, and the
        // differences were left out).
        csv.push(
          judged ? `${shownP}${paren(judged, lang)}` : shownP,
          ...(i > 0 ? [dp === null ? '' : signed(dp, String(Math.abs(dp)))] : []),
          marked ?? '',
          ...(i > 0 ? [deltaText ?? ''] : []),
        );
        // A fragment: html`` wraps several top-level nodes in a <span>, which a table row cannot hold.
        // A word in place of a chance (基期待补, 已定（未达成…）) may wrap: kept on one line it widened the column.
        const pCell = settledWord || needsBase ? html`<span class="cmp-word">${pShown}</span>` : pShown;
        return html.fragment`<td class="num" data-pmet=${p ?? ''}>${pCell}${pNote ? html`<small class="cmp-verdict">${pNote}</small>` : null}${judged ? html`<small class="cmp-verdict">${judged}</small>` : null}</td>${
          i > 0
            ? html`<td class="num delta" data-delta-pmet=${dp ?? ''}>${dp === null ? '—' : signed(dp, String(Math.abs(dp)))}</td>`
            : null
        }<td class="num">${marked ?? '—'}</td>${
          i > 0 ? html`<td class="num delta" data-delta-median=${dm ?? ''}>${deltaText ?? '—'}</td>` : null
        }`;
      });
      csvRows.push(csv);
      return html`<tr data-target=${target.id}><th scope="row">${targetLabel(plan, target, lang)}</th>${cells}</tr>`;
    });
    results = html`<div>
      <h3>${t('cmp.results')}</h3>
      ${dataNotice}
      <div class="table-wrap"><table class="compare-results">
        <thead>
          <tr><th scope="col" rowspan="2">${t('dash.col.target')}</th>${runs.map(
            (r, i) =>
              html`<th scope="colgroup" colspan=${i > 0 ? 4 : 2} class="num">${swatch(i)} ${r.name}</th>`,
          )}</tr>
          <tr>${runs.map(
            (_, i) =>
              html.fragment`<th scope="col" class="num">${t('dash.col.pmet')}</th>${
                i > 0 ? html`<th scope="col" class="num">${t('cmp.dPmet', { first: first.name })}</th>` : null
              }<th scope="col" class="num">${t('dash.col.median.generic')}</th>${
                i > 0
                  ? html`<th scope="col" class="num">${t('cmp.dMedian', { first: first.name })}</th>`
                  : null
              }`,
          )}</tr>
        </thead>
        <tbody>${bodyRows}</tbody>
      </table></div>
      <p class="footnote">${t('cmp.deltaNote')} ${button(t('export.csv'), () =>
        // Named after what it compares: a folder of 情景对比.csv files says nothing of any of them.
        downloadCsv(`${t('cmp.file', { names: runs.map((r) => r.name).join('_') })}.csv`, [
          ...csvRows,
          [],
          ...settingsCsvRows,
        ]),
      )}</p>
    </div>`;
  }

  return html`<div class="comparison">
    <ul class="compare-legend">${list.map(
      (e, i) =>
        html`<li data-compared=${e.key}>${swatch(i)} ${scenarioName(e.scenario, lang)} ${remove(e)}</li>`,
    )}</ul>
    ${compared.pending > 0 ? html`<p class="muted">${t('cmp.running')}</p>` : null}
    ${compared.errors.map((err) => html`<div class="error-box">${err.name}: ${err.message}</div>`)}
    ${first ? html`<label class="check">${fans} ${t('cmp.fans')}</label>` : null}
    ${chartSlot}
    <h3>${t('cmp.settings')}</h3>
    ${settings}
    ${results}
    ${first ? attributionSection(app, lang, ran, runs) : null}
  </div>`;
}
