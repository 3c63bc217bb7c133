// Plans for tests, built in code so that property tests can vary them.
import { readFileSync } from 'node:fs';
import { applyStatistics } from '../../engine/plan/applyStatistics.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { loadStatistics } from '../../engine/plan/loadStatistics.ts';
import type { Plan } from '../../engine/plan/planSchema.ts';

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
}

export const goldenPlan = (): Plan =>
  loadPlan(readJson('tests/fixtures/golden.plan.json'), 'golden.plan.json');
export const yaohaiPlan = (): Plan => loadPlan(readJson('seeds/yaohai.plan.json'), 'yaohai.plan.json');
/** The embedded plan as the page and the CLI run it: with the district's published statistics applied. */
export const yaohaiWithStatistics = (): Plan =>
  applyStatistics(
    yaohaiPlan(),
    loadStatistics(readJson('seeds/yaohai.statistics.json'), 'yaohai.statistics.json'),
  ).plan;

/**
 * A Yaohai plan with its SME share of GDP as modelled until session 34: the plan's SME value added over GDP (with
 * the published GDP, 78.85% in 2020 against the printed 50.78%, and paths above 100%), for the checks and
 * warnings such a ratio calls for.
 */
export function withShareAsRatio(plan: Plan): Plan {
  return {
    ...plan,
    indicators: plan.indicators.map((i) =>
      i.id === 'sme_va_share' ? { ...i, dynamics: { kind: 'derived', formula: 'sme_value_added / gdp' } } : i,
    ),
  };
}

const assumption = { kind: 'assumption', rationale: 'test' } as const;

/** The meta of a synthetic test plan from 2020. */
const meta = (id: string, title: string, targetYear: number) => ({
  id,
  title: { zh: title },
  region: { zh: '测试' },
  baseYear: 2020,
  targetYear,
  synthetic: true,
});

/** A one-indicator growth plan: x0 grows at `rate` (sd `sd`, per-year volatility `vol`). */
export function growthPlan(opts: {
  x0: number;
  rate: number;
  sd?: number;
  vol?: number;
  years?: number;
}): Plan {
  return loadPlan(
    {
      format: 'planpath/plan@1',
      meta: meta('growth', '增长', 2020 + (opts.years ?? 5)),
      parameters: [
        {
          id: 'g',
          name: { zh: 'g' },
          unit: '%',
          value: { mean: opts.rate, sd: opts.sd ?? 0 },
          provenance: assumption,
        },
      ],
      indicators: [
        {
          id: 'x',
          name: { zh: 'x' },
          unit: '亿元',
          category: 't',
          base: { value: opts.x0, provenance: assumption },
          dynamics: { kind: 'growth', rate: 'g', volatility: opts.vol ?? 0, macroLoading: 0.5 },
        },
      ],
      targets: [
        {
          id: 'x_target',
          name: { zh: 't' },
          indicator: 'x',
          kind: 'level',
          year: 2020 + (opts.years ?? 5),
          value: opts.x0 * 1.2,
          comparator: '>=',
          provenance: assumption,
        },
        {
          id: 'x_growth',
          name: { zh: 'g' },
          indicator: 'x',
          kind: 'growth',
          year: 2020 + (opts.years ?? 5),
          value: opts.rate,
          comparator: '>=',
          provenance: assumption,
        },
      ],
    },
    'growth.plan',
  );
}

/** A cohort stock with noisy inflow, renewal and early exit. */
export function cohortPlan(opts: {
  base: number;
  inflow: number;
  life: number;
  renewal: number;
  exit: number;
  vol: number;
}): Plan {
  return loadPlan(
    {
      format: 'planpath/plan@1',
      meta: meta('cohort', '队列', 2030),
      parameters: [
        { id: 'inflow', name: { zh: 'in' }, unit: '家', value: opts.inflow, provenance: assumption },
        { id: 'renewal', name: { zh: 'r' }, unit: '%', value: opts.renewal, provenance: assumption },
        { id: 'exit_rate', name: { zh: 'x' }, unit: '%', value: opts.exit, provenance: assumption },
      ],
      indicators: [
        {
          id: 'new_items',
          name: { zh: '新增' },
          unit: '家',
          category: 't',
          dynamics: { kind: 'derived', formula: 'inflow', volatility: opts.vol },
        },
        {
          id: 'stock',
          name: { zh: '存量' },
          unit: '家',
          category: 't',
          base: { value: opts.base, provenance: assumption },
          dynamics: {
            kind: 'cohort',
            inflow: 'new_items',
            life: opts.life,
            renewal: 'renewal',
            exit: 'exit_rate',
          },
        },
        {
          id: 'added',
          name: { zh: '累计新增' },
          unit: '家',
          category: 't',
          dynamics: { kind: 'cumulative', flow: 'new_items' },
        },
      ],
      targets: [],
    },
    'cohort.plan',
  );
}

/** `count` noisy growth indicators on one rate, each with a level target: a plan as wide as a test needs. */
export function widePlan(count: number, targetYear = 2025): Plan {
  const ids = Array.from({ length: count }, (_, k) => `x${k}`);
  return loadPlan(
    {
      format: 'planpath/plan@1',
      meta: meta('wide', '宽', targetYear),
      parameters: [
        { id: 'g', name: { zh: 'g' }, unit: '%', value: { mean: 0.05, sd: 0.01 }, provenance: assumption },
      ],
      indicators: ids.map((id) => ({
        id,
        name: { zh: id },
        unit: '亿元',
        category: 't',
        base: { value: 100, provenance: assumption },
        dynamics: { kind: 'growth', rate: 'g', volatility: 0.02, macroLoading: 0.5 },
      })),
      targets: ids.map((id) => ({
        id: `${id}_target`,
        name: { zh: id },
        indicator: id,
        kind: 'level',
        year: targetYear,
        value: 120,
        comparator: '>=',
        provenance: assumption,
      })),
    },
    'wide.plan',
  );
}
