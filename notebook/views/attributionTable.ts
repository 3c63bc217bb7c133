// The comparison's breakdown: which setting moved each target's chance from the first scenario to another
// (engine/search/attribution.ts), as a table with a CSV of it. Loaded with its words on the planner's first
// request (comparison.ts).
import '../i18n/attributionMessages.ts';
import { html } from 'htl';
import {
  type AttributionResult,
  formatNumber,
  formatProb,
  type ScenarioChange,
  type Verdict,
} from '../../engine/index.ts';
import type { App } from '../app.ts';
import { fullPaths } from '../client/runSizes.ts';
import { downloadCsv } from '../export/csv.ts';
import { verdictLabel } from '../format/verdictSentence.ts';
import { type Lang, paren, pick } from '../i18n/lang.ts';
import { type Translate, translator } from '../i18n/t.ts';
import { attributionRows } from '../model/attributionRows.ts';
import { type SettingRow, settingDiff } from '../model/settingDiff.ts';
import { settingLabel, settingValueText } from '../model/settingText.ts';
import type { Working } from '../state/scenarioOps.ts';
import { button } from './button.ts';

export interface NamedWorking {
  name: string;
  scenario: Working;
}

/** Points, signed: +20, −6, 0. */
function points(x: number): string {
  return x > 0 ? `+${x}` : x < 0 ? `−${-x}` : '0';
}

/** A change's name and its two values (a → b), as the settings table writes them. */
function changeText(
  app: App,
  lang: Lang,
  t: Translate,
  change: ScenarioChange,
  rows: SettingRow[],
): { label: string; values: string } {
  const row = rows.find((r) => r.kind === change.kind && r.id === change.id) ?? {
    ...change,
    values: [null, null],
    planDefault: null,
  };
  // Not set: a lever or parameter at its default, a shock off, no actuals, a run setting at the page's own.
  const unset = (): string => {
    if (row.kind === 'shock') return t('attr.off');
    if (row.kind === 'actuals') return t('attr.noActuals');
    if (row.kind === 'run') return settingValueText(app.plan, row, row.planDefault, lang);
    return t('cmp.planDefault');
  };
  const value = (v: SettingRow['values'][number] | undefined) =>
    v === null || v === undefined
      ? unset()
      : row.kind === 'shock'
        ? t('attr.on')
        : settingValueText(app.plan, row, v, lang);
  return {
    label: settingLabel(app.plan, row, lang),
    values: `${value(row.values[0])} → ${value(row.values[1])}`,
  };
}

/** A chance as the comparison shows it, with what it restates when it rests on an assumption (待补执行记录). */
function chanceText(p: number, verdict: Verdict, lang: Lang, t: Translate): string {
  return verdict.code === 'no-record'
    ? `${formatProb(p, lang)}${paren(verdictLabel(verdict, t), lang)}`
    : formatProb(p, lang);
}

export function attributionTable(
  app: App,
  lang: Lang,
  from: NamedWorking,
  to: NamedWorking,
  result: AttributionResult,
): HTMLElement {
  const t = translator(lang);
  if (result.changes.length === 0) return html`<p class="muted">${t('attr.noChanges')}</p>`;
  const settings = settingDiff(app.plan, [from.scenario, to.scenario]);
  const changes = result.changes.map((c) => changeText(app, lang, t, c, settings));
  const { rows, settled, needsBase, unmoved } = attributionRows(result);
  // Seed and paths change the sampling, not the model: their "effect" is noise, said so.
  const sampling = result.changes
    .map((c, i) => (c.kind === 'run' && (c.id === 'seed' || c.id === 'paths') ? changes[i]!.label : null))
    .filter((x) => x !== null);
  const [pathsFrom, pathsTo] = [fullPaths(from.scenario), fullPaths(to.scenario)];
  const paths =
    pathsFrom === pathsTo
      ? formatNumber(pathsFrom, lang)
      : `${formatNumber(pathsFrom, lang)} / ${formatNumber(pathsTo, lang)}`;
  const method = t('attr.intro', { from: from.name, to: to.name, runs: result.runs, paths });
  const join = (names: string[]) => names.join(lang === 'zh' ? '、' : '; ');
  const notes = [
    ...(sampling.length ? [t('attr.sampling', { names: join(sampling) })] : []),
    ...(needsBase ? [t('attr.needsBase', { n: needsBase })] : []),
    ...(settled ? [t('attr.settled', { n: settled })] : []),
    ...(unmoved ? [t('attr.unmoved', { n: unmoved })] : []),
  ];
  const noteList = html`${notes.map((n) => html`<p class="muted">${n}</p>`)}`;
  if (!rows.length)
    return html`<div class="attribution"><p>${t('attr.none')}</p>${noteList}<p class="footnote">${method}</p></div>`;
  const chanceFrom = t('attr.col.chance', { name: from.name });
  const chanceTo = t('attr.col.chance', { name: to.name });
  // The CSV: numbers as numbers (a Unicode minus had read as text in Excel), each change in a column, and what
  // the page says under the table after it, so the file stands on its own.
  const csv: (string | number)[][] = [
    [
      t('dash.col.target'),
      chanceFrom,
      ...changes.map((c) => `${c.label}${paren(c.values, lang)}`),
      t('attr.col.together'),
      t('attr.col.total'),
      chanceTo,
    ],
    ...rows.map((r) => [
      pick(r.name, lang),
      chanceText(r.from, r.verdicts.from, lang, t),
      ...r.parts,
      r.together,
      r.total,
      chanceText(r.to, r.verdicts.to, lang, t),
    ]),
    [],
    ...notes.map((n) => [n]),
    [method],
  ];
  const save = button(t('export.csv'), () =>
    downloadCsv(`${t('attr.file', { from: from.name, to: to.name })}.csv`, csv),
  );
  // Per target, the changes that moved it, largest first, then what they do only together: eight columns of
  // mostly 0 had squeezed the targets' names to a word a line.
  const sources = (r: (typeof rows)[number]) => {
    const parts = r.parts
      .map((x, i) => ({ x, i }))
      .filter((p) => p.x !== 0)
      .sort((a, b) => Math.abs(b.x) - Math.abs(a.x));
    return html.fragment`${parts.map(
      (p) =>
        html`<span class="part" data-change=${`${result.changes[p.i]!.kind}:${result.changes[p.i]!.id}`} data-points=${p.x}>${changes[p.i]!.label} <b>${points(p.x)}</b></span>`,
    )}${
      r.together !== 0
        ? html`<span class="part together" data-together=${r.together}>${t('attr.col.together')} <b>${points(r.together)}</b></span>`
        : null
    }`;
  };
  // Settings that moved none of the listed targets, named: "the talent lever changed nothing" is an answer too.
  const idle = changes.filter((_, i) => rows.every((r) => r.parts[i] === 0)).map((c) => c.label);
  return html`<div class="attribution">
    <div class="table-wrap"><table class="attribution-table">
      <thead><tr><th scope="col">${t('dash.col.target')}</th><th scope="col" class="num">${chanceFrom}</th><th scope="col" class="num">${chanceTo}</th><th scope="col" class="num">${t('attr.col.total')}</th><th scope="col">${t('attr.col.sources')}</th></tr></thead>
      <tbody>${rows.map(
        (r) =>
          html`<tr data-target=${r.id}><th scope="row">${pick(r.name, lang)}</th><td class="num">${chanceText(r.from, r.verdicts.from, lang, t)}</td><td class="num">${chanceText(r.to, r.verdicts.to, lang, t)}</td><td class="num" data-total=${r.total}>${points(r.total)}</td><td class="sources">${sources(r)}</td></tr>`,
      )}</tbody>
    </table></div>
    ${idle.length ? html`<p class="muted">${t('attr.idle', { names: join(idle) })}</p>` : null}${noteList}
    <p class="footnote">${method}</p><p>${save}</p>
  </div>`;
}
