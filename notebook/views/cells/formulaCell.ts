// A formula cell: the planner's indicator, its formula, its last median and a sparkline fan; 编辑 opens the
// formula in place (checked by the engine before it replaces the old one).
import { html } from 'htl';
import type { Cell, UserFormula } from '../../../engine/index.ts';
import { formatValue } from '../../../engine/index.ts';
import type { App } from '../../app.ts';
import { sparkFan } from '../../charts/sparkFan.ts';
import type { RunState } from '../../client/runController.ts';
import { type Lang, pick } from '../../i18n/lang.ts';
import { translator } from '../../i18n/t.ts';
import { addFormulaCell } from '../../state/cellOps.ts';
import { button } from '../button.ts';
import { formulaEditor } from '../formulas.ts';
import { type CellFrame, cellFrame } from './cellFrame.ts';

type FormulaCell = Extract<Cell, { kind: 'formula' }>;

export function formulaFrame(app: App, lang: Lang, cell: FormulaCell, f: UserFormula): CellFrame {
  const t = translator(lang);
  return cellFrame(app, lang, cell, {
    heading: cell.title || pick(f.name, lang),
    editor: () =>
      formulaEditor(app, lang, {
        initial: f,
        submitLabel: t('cell.apply'),
        onSave: (entry) => app.scenario.update((s) => addFormulaCell(s, entry, cell.id).scenario, {}),
      }),
  });
}

/** The formula, its last median and its fan, for the run on screen. */
export function formulaBody(app: App, lang: Lang, f: UserFormula, state: RunState): HTMLElement {
  const t = translator(lang);
  const res = state.result?.indicators[f.id];
  const last = res ? (res.quantiles.p50.length ? res.quantiles.p50 : res.deterministic) : null;
  const lastValue = last?.length ? last[last.length - 1]! : Number.NaN;
  const spark = sparkFan();
  spark.update(
    res
      ? {
          band: res.quantiles.p50.length ? res.quantiles : null,
          deterministic: res.deterministic,
          targetIndex: -1,
          targetValue: null,
          label: pick(f.name, lang),
        }
      : null,
  );
  const show = () => {
    app.selection.set(f.id, {});
    document.getElementById('detail')?.scrollIntoView({ behavior: 'smooth' });
  };
  const body = html`<div class="formula-cell" data-formula=${f.id}>
    <div class="grow">
      <div><b>${pick(f.name, lang)}</b> <code>${f.id}</code> = <code>${f.formula}</code></div>
      <div class="desc" data-tip=${`${t('prov.derived')}${t('common.colon')}${f.formula}`} tabindex="0">${state.result?.years.at(-1) ?? ''} P50${t('common.colon')}<span data-value=${lastValue}>${formatValue(lastValue, f.unit, lang)}</span></div>
    </div>
    ${spark.element}
    ${button(t('dash.showDetail'), show)}
  </div>`;
  return body;
}
