// Under the comparison's results: on request, which setting moved each target's chance from the first
// scenario to another (one run per setting that differs, in the worker). The table's code and words load on
// the first request; a result is kept for its pair of scenarios, so the view redrawn (a language switch, a
// resize, another scenario's run arriving) shows it again without running anything.
import { html } from 'htl';
import type { AttributionResult, RunResult } from '../../engine/index.ts';
import type { App, NamedScenario } from '../app.ts';
import { isAbort } from '../client/engineClient.ts';
import { FULL_PATHS } from '../client/runSizes.ts';
import type { Lang } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';
import { button } from './button.ts';

const results = new Map<string, AttributionResult>();
/** The scenario set against the first, by its place in the comparison: kept while the view redraws. */
let picked = 1;

export function attributionSection(
  app: App,
  lang: Lang,
  list: readonly NamedScenario[],
  runs: readonly { key: string; name: string; result: RunResult }[],
): HTMLElement | null {
  const t = translator(lang);
  if (runs.length < 2) return null;
  picked = Math.min(Math.max(1, picked), runs.length - 1);
  const slot = html`<div class="attribution-slot"></div>`;
  const status = html`<span class="muted" role="status"></span>`;
  const pair = () => {
    const [a, b] = [runs[0]!, runs[picked]!];
    const scenario = (key: string) => list.find((e) => e.key === key)!.scenario;
    const from = { name: a.name, scenario: scenario(a.key) };
    const to = { name: b.name, scenario: scenario(b.key) };
    return { from, to, key: JSON.stringify([app.payload(from.scenario), app.payload(to.scenario)]) };
  };
  const show = async (result: AttributionResult) => {
    const { from, to } = pair();
    const { attributionTable } = await import('./attributionTable.ts');
    slot.replaceChildren(attributionTable(app, lang, from, to, result));
  };
  const go = async () => {
    const { from, to, key } = pair();
    status.textContent = t('gs.progress', { pct: 0 });
    // Progress can arrive after the result (a proxied callback): once it is in, late ones are dropped.
    let active = true;
    try {
      const result = await app.engine.attribution(
        app.payload(from.scenario),
        app.payload(to.scenario),
        { paths: FULL_PATHS },
        (p) => {
          if (active) status.textContent = t('gs.progress', { pct: Math.round(p.done * 100) });
        },
      );
      active = false;
      results.set(key, result);
      status.textContent = '';
      await show(result);
    } catch (error) {
      active = false;
      status.textContent = isAbort(error) ? t('gs.cancelled') : '';
      if (!isAbort(error))
        slot.replaceChildren(
          html`<div class="error-box">${error instanceof Error ? error.message : String(error)}</div>`,
        );
    }
  };
  const refresh = () => {
    const kept = results.get(pair().key);
    slot.replaceChildren();
    if (kept) void show(kept);
  };
  const select =
    runs.length > 2
      ? (html`<select id="attribution-pick">${runs
          .slice(1)
          .map(
            (r, i) => html`<option value=${i + 1} selected=${i + 1 === picked}>${r.name}</option>`,
          )}</select>` as HTMLSelectElement)
      : null;
  select?.addEventListener('change', () => {
    picked = Number(select.value);
    refresh();
  });
  refresh();
  return html`<div class="attribution-section">
    <h3>${t('attr.title')}</h3>
    <div class="row">${select ? html`<label>${t('attr.pick')}${select}</label>` : null}${button(t('attr.run'), () => void go())}${status}</div>
    ${slot}
  </div>`;
}
