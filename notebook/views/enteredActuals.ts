// What the planner has entered, shown back: a table of each indicator's values by year, as the engine holds
// them (in the plan's units). After a reload the section had said only "已读取 28 个数值", and a planner could
// neither see nor check which values a verdict rested on.
import type { Plan, QuestionedActual } from '../../engine/index.ts';
import {
  chainFormula,
  formatTyped,
  formatValue,
  questionedItem,
  ratesChain,
  renderMessage,
} from '../../engine/index.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';

export function enteredActualsTable(
  plan: Plan,
  actuals: Readonly<Record<string, Readonly<Record<string, number>>>> | undefined,
  lang: Lang,
  /** Yearly growth rates an index's values were chained from: those cells say so, with the arithmetic. */
  rates?: Readonly<Record<string, Readonly<Record<string, number>>>>,
  /**
   * Entered values that look mistyped (a run's `questioned`): marked in their cells, with why; where there is
   * one value meant (a slipped decimal point), a button puts it in through `replace`.
   */
  questioned: readonly QuestionedActual[] = [],
  replace?: (indicator: string, year: number, value: number) => void,
): HTMLElement | null {
  const entries = Object.entries(actuals ?? {}).filter(([, byYear]) => Object.keys(byYear).length > 0);
  if (entries.length === 0) return null;
  const t = translator(lang);
  const years = [...new Set(entries.flatMap(([, byYear]) => Object.keys(byYear)))].sort();
  const n = entries.reduce((k, [, byYear]) => k + Object.keys(byYear).length, 0);
  const details = document.createElement('details');
  details.className = 'entered-actuals';
  const summary = document.createElement('summary');
  summary.textContent = t('eval.entered', { n });
  const table = document.createElement('table');
  table.className = 'entered';
  const head = table.createTHead().insertRow();
  for (const label of [t('eval.entered.indicator'), ...years]) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    head.append(th);
  }
  const body = table.createTBody();
  for (const [id, byYear] of entries) {
    const ind = plan.indicators.find((i) => i.id === id);
    const row = body.insertRow();
    row.dataset.indicator = id;
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = ind ? pick(ind.name, lang) : id;
    row.append(th);
    for (const y of years) {
      const cell = row.insertCell();
      cell.className = 'num';
      cell.dataset.year = y;
      const v = byYear[y];
      const chain = ratesChain(actuals, rates, id, Number(y), plan.meta.baseYear);
      cell.textContent =
        v === undefined ? '' : ind ? formatValue(v, ind.unit, lang, !chain, ind.count) : String(v);
      if (chain) {
        // Said in the cell, not only on hover: a tester read the table as 录入 figures throughout.
        const mark = document.createElement('span');
        mark.className = 'prov';
        mark.textContent = t('prov.derived');
        cell.append(mark);
        cell.classList.add('chained');
        cell.dataset.tip = t('eval.chainedTip', { base: chain.baseYear, formula: chainFormula(chain) });
        cell.tabIndex = 0;
      }
      // Only while the cell still holds the value asked about: a result from before an edit marks nothing.
      const q = questioned.find((x) => x.indicator === id && x.year === Number(y) && x.value === v);
      if (q) markQuestioned(cell, q, lang, replace);
    }
  }
  details.append(summary, table);
  return details;
}

/** A questioned cell: ⚠ 数据存疑 in it (the table is what a planner checks), why in its tip, and the fix offered. */
function markQuestioned(
  cell: HTMLTableCellElement,
  q: QuestionedActual,
  lang: Lang,
  replace: ((indicator: string, year: number, value: number) => void) | undefined,
): void {
  const t = translator(lang);
  const mark = document.createElement('span');
  mark.className = 'questioned-mark';
  mark.textContent = `⚠ ${t('feas.questioned')}`;
  cell.classList.add('questioned');
  cell.dataset.tip = renderMessage(lang, questionedItem(q));
  // Above the cell: below it the tip covered the next row, and its 改为 … button (tipTop).
  cell.dataset.tipPlace = 'above';
  cell.tabIndex = 0;
  cell.append(mark);
  if (!replace || q.why !== 'decimal' || !Number.isFinite(q.guess)) return;
  const fix = document.createElement('button');
  fix.type = 'button';
  fix.className = 'small';
  fix.dataset.action = 'use-guess';
  const guess = formatTyped(q.guess, q.unit, lang);
  fix.textContent = t('eval.useGuess', { guess });
  fix.addEventListener('click', () => replace(q.indicator, q.year, q.guess));
  cell.append(fix);
}
