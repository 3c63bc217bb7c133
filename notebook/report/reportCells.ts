// The planner's own notebook cells as report blocks, in the page's order: a formula cell (the formula and its
// medians), a chart cell (a chart per chosen indicator, from the report's run), a table cell (the medians
// by year). Notes are the report's notes section. Pure: the page, the print and the .docx render the same
// blocks. Years are the plan's period (base year to target year), so a table fits a portrait page.
import '../i18n/reportMessages.ts';
import type { Plan, RunResult, UserFormula } from '../../engine/index.ts';
import { formatValue, unitLabel } from '../../engine/index.ts';
import { fanChartSvg } from '../charts/fanChart.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { t } from '../i18n/t.ts';
import { targetLevel, targetPhrase } from '../model/targetFigures.ts';
import { type Cell, sequenceOf } from '../state/cellOps.ts';
import type { Working } from '../state/scenarioOps.ts';

export interface ReportCellChart {
  caption: string;
  svg: string;
  width: number;
  height: number;
}

export interface ReportCellBlock {
  id: string;
  kind: 'formula' | 'chart' | 'table';
  title: string;
  /** Sentences: the formula, or why a cell shows nothing. */
  lines: string[];
  table: { header: string[]; rows: string[][] } | null;
  charts: ReportCellChart[];
}

export const CELL_CHART_SIZE = { width: 640, height: 260 } as const;

interface Indicatorish {
  id: string;
  name: { zh: string; en?: string | undefined };
  unit: string;
}

function indicatorOf(plan: Plan, scenario: Working, id: string): Indicatorish | null {
  return (
    plan.indicators.find((i) => i.id === id) ??
    (scenario.formulas ?? []).find((f: UserFormula) => f.id === id) ??
    null
  );
}

/** The years of the plan's period that the run has, with their index in the run. */
function planYears(plan: Plan, r: RunResult): { year: number; i: number }[] {
  return r.years
    .map((year, i) => ({ year, i }))
    .filter((y) => y.year >= plan.meta.baseYear && y.year <= plan.meta.targetYear);
}

function mediansTable(
  plan: Plan,
  scenario: Working,
  ids: readonly string[],
  r: RunResult | null,
  lang: Lang,
): ReportCellBlock['table'] {
  if (!r) return null;
  const years = planYears(plan, r);
  const header = [t(lang, 'cell.table.indicator'), ...years.map((y) => String(y.year))];
  const rows = ids.map((id) => {
    const info = indicatorOf(plan, scenario, id);
    const res = r.indicators[id];
    const name = info ? pick(info.name, lang) : id;
    if (!info || !res) return [name, ...years.map(() => '—')];
    const mid = res.quantiles.p50.length ? res.quantiles.p50 : res.deterministic;
    return [name, ...years.map((y) => formatValue(mid[y.i]!, info.unit, lang, false, res.count))];
  });
  return { header, rows };
}

function chartOf(
  plan: Plan,
  scenario: Working,
  scenarioName: string,
  id: string,
  r: RunResult,
  fan: boolean,
  lang: Lang,
): ReportCellChart | null {
  const info = indicatorOf(plan, scenario, id);
  const res = r.indicators[id];
  if (!info || !res) return null;
  const x0 = res.deterministic[0]!;
  const targets = plan.targets
    .filter((x) => x.indicator === id && x.kind !== 'qualitative' && x.kind !== 'quota')
    .flatMap((x) => {
      const level = targetLevel(x, x0, plan.meta.baseYear);
      return level && Number.isFinite(level.value)
        ? [{ year: x.year, ...level, label: `${pick(x.name, lang)} ${targetPhrase(plan, x, lang)}` }]
        : [];
    });
  const name = pick(info.name, lang);
  return {
    caption: t(lang, 'rep.cells.chartCaption', { name, scenario: scenarioName }),
    svg: fanChartSvg({
      years: r.years,
      unit: info.unit,
      lang,
      title: name,
      band: fan && res.quantiles.p50.length ? res.quantiles : null,
      deterministic: res.quantiles.p50.length ? res.quantiles.p50 : res.deterministic,
      targets,
      legend: {
        band90: t(lang, 'detail.legend.band90'),
        band50: t(lang, 'detail.legend.band50'),
        median: t(lang, 'detail.legend.median'),
        planned: t(lang, 'detail.legend.planned'),
        actual: t(lang, 'detail.legend.actual'),
        target: t(lang, 'detail.legend.target'),
      },
      ...CELL_CHART_SIZE,
    }),
    ...CELL_CHART_SIZE,
  };
}

/** A formula's unit as the report's language names it: in English 倍 is "times", not 倍 (the Chinese as typed). */
function formulaUnit(unit: string, lang: Lang): string {
  if (!unit) return '—';
  return lang === 'zh' ? unit : unitLabel(unit, lang);
}

function block(
  plan: Plan,
  scenario: Working,
  scenarioName: string,
  cell: Cell,
  r: RunResult | null,
  lang: Lang,
): ReportCellBlock | null {
  const waiting = r ? [] : [t(lang, 'rep.chart.none')];
  switch (cell.kind) {
    case 'note':
      return null;
    case 'formula': {
      const f = (scenario.formulas ?? []).find((x) => x.id === cell.formula);
      if (!f) return null;
      return {
        id: cell.id,
        kind: 'formula',
        title: cell.title || pick(f.name, lang),
        lines: [
          t(lang, 'rep.cells.formula', {
            name: pick(f.name, lang),
            formula: f.formula,
            unit: formulaUnit(f.unit, lang),
          }),
          ...waiting,
        ],
        table: mediansTable(plan, scenario, [f.id], r, lang),
        charts: [],
      };
    }
    case 'table': {
      const names = cell.indicators.map((id) => {
        const info = indicatorOf(plan, scenario, id);
        return info ? pick(info.name, lang) : id;
      });
      return {
        id: cell.id,
        kind: 'table',
        title: cell.title || names.join(lang === 'zh' ? '、' : ', '),
        lines: [t(lang, 'rep.cells.tableCaption', { scenario: scenarioName }), ...waiting],
        table: mediansTable(plan, scenario, cell.indicators, r, lang),
        charts: [],
      };
    }
    case 'chart': {
      const charts = r
        ? cell.indicators.flatMap((id) => {
            const c = chartOf(plan, scenario, scenarioName, id, r, cell.fan ?? true, lang);
            return c ? [c] : [];
          })
        : [];
      const names = cell.indicators.map((id) => {
        const info = indicatorOf(plan, scenario, id);
        return info ? pick(info.name, lang) : id;
      });
      // Scenarios compared in the page are drawn there; the report shows the report's own scenario.
      const others = (cell.scenarios ?? []).filter((s) => s !== 'current').length;
      return {
        id: cell.id,
        kind: 'chart',
        title: cell.title || names.join(lang === 'zh' ? '、' : ', '),
        lines: [...(others ? [t(lang, 'rep.cells.compared', { n: others })] : []), ...waiting],
        table: null,
        charts,
      };
    }
  }
}

/** The planner's formula, chart and table cells, in the order the page shows them. */
export function reportCells(
  plan: Plan,
  scenario: Working,
  scenarioName: string,
  result: RunResult | null,
  lang: Lang,
): ReportCellBlock[] {
  return sequenceOf(scenario).flatMap((slot) => {
    if ('builtIn' in slot) return [];
    const b = block(plan, scenario, scenarioName, slot.cell, result, lang);
    return b ? [b] : [];
  });
}
