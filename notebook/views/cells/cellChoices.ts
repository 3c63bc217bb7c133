// The choices a chart or table cell's editor offers: indicators (the plan's and the scenario's formulas) and
// scenarios (the current one, the library's, those in the comparison), as checkbox groups.
import { html } from 'htl';
import { oddsIndicators } from '../../../engine/index.ts';
import type { App, NamedScenario } from '../../app.ts';
import { categoryLabel } from '../../i18n/categories.ts';
import { type Lang, pick } from '../../i18n/lang.ts';
import { scenarioName } from '../scenarioName.ts';

export interface Choice {
  id: string;
  label: string;
  group: string;
}

export function indicatorChoices(app: App, lang: Lang): Choice[] {
  const custom = lang === 'zh' ? '自定义' : 'Custom';
  const helpers = oddsIndicators(app.plan);
  return [
    ...app.plan.indicators
      .filter((i) => !helpers.has(i.id))
      .map((i) => ({
        id: i.id,
        label: pick(i.name, lang),
        group: categoryLabel(i.category, lang),
      })),
    ...(app.scenario.get().formulas ?? []).map((f) => ({
      id: f.id,
      label: pick(f.name, lang),
      group: custom,
    })),
  ];
}

/** Scenarios a chart can show besides the current one, by key. */
export function scenarioChoices(app: App): NamedScenario[] {
  const all = [...app.library, ...app.comparison.get()];
  return all.filter((s, i) => all.findIndex((x) => x.key === s.key) === i && s.source !== 'current');
}

export function scenarioChoiceLabel(s: NamedScenario, lang: Lang): string {
  return scenarioName(s.scenario, lang);
}

/** A group of checkboxes; `value()` lists the ids checked, in the order offered. */
export function checkboxes(
  legend: string,
  choices: readonly Choice[],
  checked: readonly string[],
  name: string,
): { element: HTMLElement; value(): string[] } {
  const boxes = choices.map((c) => {
    const box = html`<input type="checkbox" name=${name} value=${c.id}>` as HTMLInputElement;
    box.checked = checked.includes(c.id);
    return { c, box };
  });
  const groups = [...new Set(choices.map((c) => c.group))];
  const element = html`<fieldset class="cell-choices"><legend>${legend}</legend>${groups.map(
    (g) =>
      html`<div class="choice-group">${g ? html`<span class="muted">${g}</span>` : null}${boxes
        .filter((b) => b.c.group === g)
        .map((b) => html`<label class="check">${b.box} ${b.c.label}</label>`)}</div>`,
  )}</fieldset>`;
  return { element, value: () => boxes.filter((b) => b.box.checked).map((b) => b.c.id) };
}
