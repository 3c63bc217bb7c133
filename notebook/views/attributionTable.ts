// The comparison's breakdown: which setting moved each target's chance from the first scenario to another
// (engine/search/attribution.ts), as a table with a CSV of it. Loaded with its words on the planner's first
// request (comparison.ts).
import '../i18n/attributionMessages.ts';
import { html } from 'htl';
import { type AttributionResult, formatNumber, formatProb, type ScenarioChange } from '../../engine/index.ts';
import type { App } from '../app.ts';
import { downloadCsv } from '../export/csv.ts';
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
  pair: readonly [Working, Working],
): { label: string; values: string } {
  if (change.kind === 'run') {
    const field = change.id as 'asOf' | 'horizon' | 'seed' | 'paths';
    const value = (s: Working) => (s[field] === undefined ? t('cmp.planDefault') : String(s[field]));
    return { label: t(`attr.run.${field}`), values: `${value(pair[0])} → ${value(pair[1])}` };
  }
  const row = rows.find((r) => r.kind === change.kind && r.id === change.id);
  const label = settingLabel(
    app.plan,
    row ?? ({ ...change, values: [], planDefault: '' } as SettingRow),
    lang,
  );
  if (!row) return { label, values: '' };
  const value = (v: SettingRow['values'][number]) =>
    v === null ? t('cmp.planDefault') : settingValueText(app.plan, row, v, lang);
  return { label, values: `${value(row.values[0]!)} → ${value(row.values[1]!)}` };
}

export function attributionTable(
  app: App,
  lang: Lang,
  from: NamedWorking,
  to: NamedWorking,
  result: AttributionResult,
  paths: number,
): HTMLElement {
  const t = translator(lang);
  if (result.changes.length === 0) return html`<p class="muted">${t('attr.noChanges')}</p>`;
  const settings = settingDiff(app.plan, [from.scenario, to.scenario]);
  const changes = result.changes.map((c) =>
    changeText(app, lang, t, c, settings, [from.scenario, to.scenario]),
  );
  const { rows, settled, unmoved } = attributionRows(result);
  const seedAt = result.changes.findIndex((c) => c.kind === 'run' && c.id === 'seed');
  const intro = html`<p class="footnote">${t('attr.intro', { from: from.name, to: to.name, runs: result.runs, paths: formatNumber(paths, lang) })}</p>`;
  const notes = html`${settled ? html`<p class="muted">${t('attr.settled', { n: settled })}</p>` : null}${
    unmoved ? html`<p class="muted">${t('attr.unmoved', { n: unmoved })}</p>` : null
  }`;
  if (!rows.length) return html`<div class="attribution"><p>${t('attr.none')}</p>${notes}${intro}</div>`;
  const chanceFrom = t('attr.col.chance', { name: from.name });
  const chanceTo = t('attr.col.chance', { name: to.name });
  const header = [
    t('dash.col.target'),
    chanceFrom,
    ...changes.map((c) => `${c.label}${paren(c.values, lang)}`),
    t('attr.col.together'),
    t('attr.col.total'),
    chanceTo,
  ];
  const csv: (string | number)[][] = [
    header,
    ...rows.map((r) => [
      pick(r.name, lang),
      formatProb(r.from, lang),
      ...r.parts.map(points),
      points(r.together),
      points(r.total),
      formatProb(r.to, lang),
    ]),
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
  const seedNote = seedAt >= 0 ? html`<p class="muted">${t('attr.seedTip')}</p>` : null;
  return html`<div class="attribution">
    <div class="table-wrap"><table class="attribution-table">
      <thead><tr><th scope="col">${t('dash.col.target')}</th><th scope="col" class="num">${chanceFrom}</th><th scope="col" class="num">${chanceTo}</th><th scope="col" class="num">${t('attr.col.total')}</th><th scope="col">${t('attr.col.sources')}</th></tr></thead>
      <tbody>${rows.map(
        (r) =>
          html`<tr data-target=${r.id}><th scope="row">${pick(r.name, lang)}</th><td class="num">${formatProb(r.from, lang)}</td><td class="num">${formatProb(r.to, lang)}</td><td class="num" data-total=${r.total}>${points(r.total)}</td><td class="sources">${sources(r)}</td></tr>`,
      )}</tbody>
    </table></div>
    ${idle.length ? html`<p class="muted">${t('attr.idle', { names: idle })}</p>` : null}${seedNote}${notes}${intro}<p>${save}</p>
  </div>`;
}
