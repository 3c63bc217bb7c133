// Levers & assumptions: the policy levers, the growth and parameter assumptions and the shock events,
// grouped, each with its source and rationale, marked when changed from the plan's default, with a reset
// per item and one for everything. Built once per language; kept in step with the scenario in place (so a
// slider being dragged is never rebuilt under the pointer).

import { html } from 'htl';
import type { HistoryRate, Lever, LockedParameter, Parameter, Plan, Uncertain } from '../../engine/index.ts';
import {
  formatBare,
  formatMoney,
  formatNumber,
  formatPercentOf,
  historyRateBasis,
  isPercentUnit,
  proseText,
  unitLabel,
} from '../../engine/index.ts';
import type { App } from '../app.ts';
import { formatUncertain } from '../format/formatUncertain.ts';
import { provenanceText } from '../format/provenanceText.ts';
import { signedPoints } from '../format/signedPoints.ts';
import { bilingual } from '../i18n/bilingual.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { type Translate, translator } from '../i18n/t.ts';
import { oddsRateReading } from '../model/oddsRateReading.ts';
import {
  actingSettings,
  hasShock,
  isLeverChanged,
  isParameterChanged,
  leverIntensity,
  leverStart,
  parameterValue,
  readUncertain,
  resetAssumptions,
  resetLever,
  resetParameter,
  setLever,
  setLeverStart,
  setParameter,
  toggleShock,
  type Working,
} from '../state/scenarioOps.ts';
import { sliderControl } from './sliderControl.ts';

/** A value as it can be typed back into the box: "4% ± 1.5%", "85 ± 15". */
function uncertainText(u: Uncertain, unit: string, lang: Lang): string {
  const pct = isPercentUnit(unit);
  const f = (v: number) =>
    pct ? `${formatNumber(v * 100, lang, 2)}%` : formatNumber(v, lang, Math.abs(v) >= 1 ? 2 : 4);
  return u.sd > 0 ? `${f(u.mean)} ± ${f(u.sd)}` : f(u.mean);
}

function paramRange(p: Parameter): [number, number, number] {
  const mean = (p.value as Uncertain).mean;
  const span = Math.abs(mean) > 0 ? Math.abs(mean) : 1;
  const min = p.min ?? (mean >= 0 ? 0 : mean - span);
  const max = p.max ?? mean + span;
  const step = isPercentUnit(p.unit) ? 0.001 : (max - min) / 200;
  return [min, max, step];
}

interface Item {
  el: HTMLElement;
  /** `acting`: the settings that act (actingSettings); one written out at its default is marked unchanged. */
  sync(s: Working, acting: ReadonlySet<string>): void;
  /** The defaults the settled run replaced by the observed history (parameters only). */
  history?(rates: readonly HistoryRate[]): void;
  /** The parameters the observations leave no say before the last target year (parameters only). */
  locked?(list: readonly LockedParameter[]): void;
}

function resetButton(t: Translate, label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'small reset';
  b.textContent = t('levers.reset');
  b.setAttribute('aria-label', `${t('levers.reset')}${t('common.colon')}${label}`);
  b.addEventListener('click', onClick);
  return b;
}

function leverItem(app: App, lever: Lever, lang: Lang, t: Translate): Item {
  const plan = app.plan;
  const el = document.createElement('div');
  el.className = `item lever applicability-${lever.applicability}`;
  el.dataset.lever = lever.id;
  const name = `${lever.number !== undefined ? `${lever.number}. ` : ''}${pick(lever.name, lang)}`;
  const effects = lever.effects
    .map((e) => {
      const p = plan.parameters.find((q) => q.id === e.parameter);
      const u = e.perUnit as Uncertain;
      return `${pick(p?.name, lang) || e.parameter} ${formatUncertain(u.mean, u.sd, p?.unit ?? '', lang, { signed: true })}`;
    })
    .join('；');
  const tip = [
    pick(lever.rationale, lang),
    provenanceText(lever.source, t, lang),
    ...lever.effects.map(
      (e) =>
        `${pick(plan.parameters.find((q) => q.id === e.parameter)?.name, lang) || e.parameter}${t('common.colon')}${provenanceText(e.provenance, t, lang)}`,
    ),
    `${t('levers.cost', { cost: formatMoney(lever.cost.perUnit, lever.cost.unit, lang) })} — ${provenanceText(lever.cost.provenance, t, lang)}`,
  ].join('\n');
  const costText = t('levers.cost', { cost: formatMoney(lever.cost.perUnit, lever.cost.unit, lang) });
  el.append(
    html`<div class="item-head"><span class="item-name" data-tip=${tip} tabindex="0">${name}</span><span class=${`badge app-${lever.applicability}`}>${t(`levers.applicability.${lever.applicability}`)}</span><span class="changed-mark" hidden>${t('levers.changed')}</span></div>`,
    html`<details class="item-more"><summary class="item-meta">${t('levers.lag', { lag: lever.lag, ramp: lever.ramp })} · ${costText}</summary>
      <p class="rationale">${pick(lever.rationale, lang)}</p>
      <p class="item-meta" data-tip=${provenanceText(lever.source, t, lang)} tabindex="0">${t('levers.effects')}${t('common.colon')}${effects}</p></details>`,
  );
  const slider = sliderControl({
    id: `lever-${lever.id}`,
    label: `${t('levers.intensity')}${t('common.colon')}${name}`,
    min: lever.intensity.min,
    max: lever.intensity.max,
    step: lever.intensity.step ?? (lever.intensity.max - lever.intensity.min) / 100,
    value: leverIntensity(plan, app.scenario.get(), lever.id),
    scale: 1,
    suffix: t('levers.default', { value: formatNumber(lever.intensity.default, lang) }),
    onChange: (v, preview) => app.scenario.update((s) => setLever(plan, s, lever.id, v), { preview }),
    clamped: (limit, typed, over) => t(over ? 'levers.clampedMax' : 'levers.clampedMin', { limit, typed }),
  });
  const row = document.createElement('div');
  row.className = 'item-control';
  const reset = resetButton(t, name, () => app.scenario.update((s) => resetLever(s, lever.id), {}));
  row.append(slider.el, reset);
  // When the lever starts acting: shown, since a policy issued in 2025 acting from 2021 is a counterfactual
  // a planner must be able to name, and settable (the scenario's levers.<id>.start).
  const start = startSelect(plan, lever, t, (year) =>
    app.scenario.update((s) => setLeverStart(plan, s, lever.id, year), {}),
  );
  el.append(row, start.el);
  const mark = el.querySelector<HTMLElement>('.changed-mark')!;
  return {
    el,
    sync(s, acting) {
      const changed = acting.has(`lever:${lever.id}`);
      mark.hidden = !changed;
      el.classList.toggle('changed', changed);
      reset.disabled = !isLeverChanged(s, lever.id);
      const intensity = leverIntensity(plan, s, lever.id);
      slider.setValue(intensity);
      start.setValue(leverStart(plan, s, lever.id), intensity !== 0);
    },
  };
}

/** The lever's start year, from the year after the base year to the plan's vision year (or target year). */
function startSelect(
  plan: Plan,
  lever: Lever,
  t: Translate,
  onChange: (year: number) => void,
): { el: HTMLElement; setValue(year: number, acting: boolean): void } {
  const el = document.createElement('div');
  el.className = 'item-control lever-start';
  const select = document.createElement('select');
  select.id = `lever-start-${lever.id}`;
  const last = plan.meta.visionYear ?? plan.meta.targetYear;
  for (let y = plan.meta.baseYear + 1; y <= last; y++)
    select.append(new Option(t('levers.startYear', { year: y }), String(y)));
  const label = document.createElement('label');
  label.htmlFor = select.id;
  label.className = 'item-meta';
  label.textContent = t('levers.start');
  const warning = document.createElement('span');
  warning.className = 'item-meta counterfactual';
  select.addEventListener('change', () => onChange(Number(select.value)));
  el.append(label, select, warning);
  return {
    el,
    setValue(year, acting) {
      if (select.value !== String(year)) select.value = String(year);
      // Said only of a lever that acts: sixteen idle levers each warning would hide the one that matters.
      const before = acting && lever.issued !== undefined && year < lever.issued;
      warning.hidden = !before;
      if (before) warning.textContent = t('levers.beforeIssued', { issued: lever.issued! });
    },
  };
}

function parameterItem(app: App, p: Parameter, lang: Lang, t: Translate): Item {
  const plan = app.plan;
  const el = document.createElement('div');
  el.className = 'item parameter';
  el.dataset.parameter = p.id;
  const name = pick(p.name, lang);
  const def = p.value as Uncertain;
  const pct = isPercentUnit(p.unit);
  el.append(
    html`<div class="item-head"><span class="item-name" data-tip=${provenanceText(p.provenance, t, lang)} tabindex="0">${name}</span><span class=${`badge prov-${p.provenance.kind}`}>${t(`prov.${p.provenance.kind}`)}</span><span class="changed-mark" hidden>${t('levers.changed')}</span></div>`,
  );
  const [min, max, step] = paramRange(p);
  const slider = sliderControl({
    id: `param-${p.id}`,
    label: name,
    min,
    max,
    step,
    value: parameterValue(plan, app.scenario.get(), p.id).mean,
    scale: pct ? 100 : 1,
    suffix: unitLabel(p.unit, lang),
    clamped: (limit, typed, over) => t(over ? 'levers.clampedMax' : 'levers.clampedMin', { limit, typed }),
    onChange: (v, preview) =>
      app.scenario.update(
        (s) => {
          const sd = parameterValue(plan, s, p.id).sd;
          return setParameter(plan, s, p.id, sd > 0 ? { mean: v, sd } : v);
        },
        { preview },
      ),
  });
  const text = document.createElement('input');
  text.type = 'text';
  text.className = 'uncertain';
  text.setAttribute('aria-label', `${name}${t('common.colon')}${t('levers.uncertain')}`);
  text.placeholder = uncertainText(def, p.unit, lang);
  // What ± means, where it is typed: read as an interval's half-width, it gives a spread 1.6 × the one meant.
  text.title = t('levers.uncertainHelp');
  const error = document.createElement('div');
  error.className = 'field-error';
  error.setAttribute('role', 'alert');
  text.addEventListener('change', () => {
    const raw = text.value.trim();
    if (raw === '') {
      app.scenario.update((s) => resetParameter(s, p.id), {});
      return;
    }
    const u = readUncertain(raw);
    if (!u) {
      error.textContent = t('levers.badValue', { message: raw });
      return;
    }
    // The slider's range holds here too: 5000% for an entry rate had run (1.99 亿万户) and gone into the link,
    // where the number box beside it stops at its maximum.
    if (u.mean < min || u.mean > max) {
      const bound = (v: number) =>
        `${formatBare(v, p.unit, lang)}${pct ? '%' : ` ${unitLabel(p.unit, lang)}`}`;
      error.textContent = t('levers.outOfRange', { typed: raw, min: bound(min), max: bound(max) });
      return;
    }
    error.textContent = '';
    app.scenario.update((s) => setParameter(plan, s, p.id, raw), {});
  });
  const reset = resetButton(t, name, () => {
    error.textContent = '';
    app.scenario.update((s) => resetParameter(s, p.id), {});
  });
  const row = document.createElement('div');
  row.className = 'item-control';
  row.append(slider.el, reset);
  const row2 = document.createElement('div');
  row2.className = 'item-control';
  row2.append(text);
  // The run's own value where the actuals replaced the default: the slider shows the default, and a notice
  // at the top had said 7.1% was used while this control still read 5%.
  const history = document.createElement('p');
  history.className = 'item-note history-note';
  history.hidden = true;
  // Moved, it changes no target's figure: said where it is moved, as a scenario of it would model nothing.
  const lockedNote = document.createElement('p');
  lockedNote.className = 'item-note locked-note';
  lockedNote.hidden = true;
  // A share's odds rate: what the value in force does to the share itself, in its own figures.
  const oddsNote = document.createElement('p');
  oddsNote.className = 'item-note odds-note';
  oddsNote.hidden = true;
  /** The rate observed history put in force in place of the default, while the planner has not set one. */
  let historyRate: number | null = null;
  const showOdds = (rate: number) => {
    const r = oddsRateReading(plan, p.id, rate);
    oddsNote.hidden = r === null;
    if (r)
      oddsNote.textContent = t('levers.oddsReading', {
        share: pick(plan.indicators.find((i) => i.id === r.share)?.name, lang) || r.share,
        baseYear: r.baseYear,
        from: formatPercentOf(r.from, '%', lang),
        year: r.year,
        to: formatPercentOf(r.to, '%', lang),
        pp: signedPoints(r.perYear, lang),
      });
  };
  el.append(row, row2, error, history, lockedNote, oddsNote);
  const mark = el.querySelector<HTMLElement>('.changed-mark')!;
  return {
    el,
    locked(list) {
      const l = list.find((x) => x.parameter === p.id);
      lockedNote.hidden = !l;
      if (l) lockedNote.textContent = t('levers.locked', { through: l.through, after: l.through + 1 });
    },
    history(rates) {
      const h = rates.find((r) => r.parameter === p.id);
      history.hidden = !h;
      historyRate = h ? h.rate : null;
      // The slider stands at the rate in force, not at the default it replaced: at 5% beside a run at 6.11%,
      // a 5 typed into its box changed nothing there and was never set (钱主任).
      if (h && !isParameterChanged(app.scenario.get(), p.id)) {
        slider.setValue(h.rate);
        showOdds(h.rate);
      }
      if (h)
        history.textContent = t('levers.fromHistory', {
          rate: formatUncertain(h.rate, h.replaced.sd, p.unit, lang),
          basis: historyRateBasis(h),
        });
    },
    sync(s, acting) {
      const changed = isParameterChanged(s, p.id);
      mark.hidden = !acting.has(`parameter:${p.id}`);
      el.classList.toggle('changed', !mark.hidden);
      reset.disabled = !changed;
      const v = parameterValue(plan, s, p.id);
      slider.setValue(v.mean);
      showOdds(historyRate !== null && !changed ? historyRate : v.mean);
      if (document.activeElement !== text) {
        text.value = changed ? uncertainText(v, p.unit, lang) : '';
        // A value set another way (the number box, a reset, a link) answers a refused entry: its message goes.
        error.textContent = '';
      }
    },
  };
}

function shockItem(app: App, plan: Plan, index: number, lang: Lang, t: Translate): Item {
  const shock = plan.shocks[index]!;
  const el = document.createElement('label');
  el.className = 'item shock';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.addEventListener('change', () => app.scenario.update((s) => toggleShock(s, shock.id, box.checked), {}));
  const text = html`<span><span class="item-name" data-tip=${proseText(shock.rationale, lang)}>${pick(shock.name, lang)}</span> <span class="item-meta">${t('levers.shockYear', { year: shock.year, duration: shock.duration ?? 1 })}</span></span>`;
  el.append(box, text);
  return {
    el,
    sync(s) {
      box.checked = hasShock(s, shock.id);
      el.classList.toggle('changed', box.checked);
    },
  };
}

export function leversView(app: App, lang: Lang, invalidation: Promise<unknown>): HTMLElement {
  const t = translator(lang);
  const { plan } = app;
  const el = document.createElement('div');
  el.className = 'levers';
  const items: Item[] = [];
  const top = document.createElement('div');
  top.className = 'levers-top';
  const count = document.createElement('span');
  count.className = 'changed-count';
  const resetAll = document.createElement('button');
  resetAll.type = 'button';
  resetAll.className = 'small';
  resetAll.textContent = t('levers.resetAll');
  // An edit like any other: the scenario opened stays what the 已修改 mark compares with (as a scenario opened
  // whole, a saved 方案X reset to the defaults read unmodified, and its save dialog offered to overwrite it).
  resetAll.addEventListener('click', () => app.scenario.update(resetAssumptions, {}));
  top.append(count, resetAll);
  const intro = document.createElement('p');
  intro.className = 'intro';
  intro.textContent = t('levers.intro');
  el.append(intro, top);

  const group = (title: string, children: Item[]) => {
    if (!children.length) return;
    const d = document.createElement('details');
    d.open = true;
    d.className = 'group';
    const s = document.createElement('summary');
    s.textContent = title;
    d.append(s, ...children.map((c) => c.el));
    el.append(d);
    items.push(...children);
  };
  const byApplicability = [...plan.levers].sort(
    (a, b) =>
      ['high', 'medium', 'low'].indexOf(a.applicability) -
        ['high', 'medium', 'low'].indexOf(b.applicability) || (a.number ?? 0) - (b.number ?? 0),
  );
  if (plan.levers.length)
    group(
      t('levers.group.levers'),
      byApplicability.map((l) => leverItem(app, l, lang, t)),
    );
  const byGroup = new Map<string, Parameter[]>();
  for (const p of plan.parameters) byGroup.set(p.group ?? '', [...(byGroup.get(p.group ?? '') ?? []), p]);
  for (const [g, list] of byGroup) {
    group(
      g ? `${t('levers.group.assumptions')} · ${bilingual(g, lang)}` : t('levers.group.assumptions'),
      list.map((p) => parameterItem(app, p, lang, t)),
    );
  }
  group(
    t('levers.group.shocks'),
    plan.shocks.map((_, i) => shockItem(app, plan, i, lang, t)),
  );

  const unsubscribe = app.scenario.subscribe((s) => {
    const acting = actingSettings(plan, s);
    for (const item of items) item.sync(s, acting);
    count.textContent = t('levers.changedCount', { n: acting.size });
    // A setting written out at its default acts on nothing, but reset still clears it from the scenario.
    resetAll.disabled =
      Object.keys(s.levers ?? {}).length +
        Object.keys(s.parameters ?? {}).length +
        (s.shocks?.length ?? 0) ===
      0;
  });
  const unsubscribeRuns = app.controller.subscribe((r) => {
    if (!r.result || r.running || r.preview) return;
    const rates = r.result.historyRates ?? [];
    for (const item of items) {
      item.history?.(rates);
      item.locked?.(r.result.lockedParameters ?? []);
    }
  });
  void invalidation.then(() => {
    unsubscribe();
    unsubscribeRuns();
  });
  return el;
}
