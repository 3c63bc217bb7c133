// A small plan whose every number was worked out by hand (see the comments), run through the whole engine.
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import type { Plan } from '../../engine/plan/planSchema.ts';
import { runSync } from '../../engine/run/run.ts';
import { goldenPlan, readJson } from './planFixtures.ts';

const plan = goldenPlan();
const det = (id: string) => Array.from(runSync(plan, null, { paths: 0 }).indicators[id]!.deterministic);

describe('golden small plan (hand-computed)', () => {
  it('grows output at 10% a year: 100, 110, 121, 133.1', () => {
    const x = det('output');
    [100, 110, 121, 133.1].forEach((v, k) => {
      expect(x[k]).toBeCloseTo(v, 10);
    });
  });

  it('derives the share from same-year values: 110/210, 121/220.5, 133.1/231.525', () => {
    const s = det('share');
    [0.5, 110 / 210, 121 / 220.5, 133.1 / 231.525].forEach((v, k) => {
      expect(s[k]).toBeCloseTo(v, 12);
    });
  });

  it('runs the stock with inflow 10 and outflow 10% of last year: 50, 55, 59.5, 63.55', () => {
    [50, 55, 59.5, 63.55].forEach((v, k) => {
      expect(det('firms')[k]).toBeCloseTo(v, 10);
    });
  });

  it('expires 3-year certificates and renews half: 30 → 31 → 32 → 33', () => {
    // Base 30 spread over ages as 10/10/10; each year the oldest 10 expire, 5 renew, 6 are new.
    [30, 31, 32, 33].forEach((v, k) => {
      expect(det('certs')[k]).toBeCloseTo(v, 10);
    });
  });

  it('accumulates the flow from zero in the base year', () => {
    expect(det('new_total')).toEqual([0, 10, 20, 30]);
  });

  it('judges each target kind on the deterministic path', () => {
    const r = runSync(plan, null, { paths: 0 });
    const met = Object.fromEntries(r.targets.map((t) => [t.id, t.deterministicMet]));
    expect(met).toEqual({
      output_2023: true, // 133.1 ≥ 133
      share_2023: false, // 0.575 < 0.6
      output_growth: true, // CAGR exactly 10%: on the target counts as met
      firms_increase: true, // 63.55 − 50 = 13.55 ≥ 13
      certs_2023: true, // 33 ≥ 33
      new_quota: true, // 10 in every year
    });
    expect(r.targets.find((t) => t.id === 'firms_increase')!.deterministicValue).toBeCloseTo(13.55, 10);
    expect(r.targets.some((t) => t.id === 'breakthrough')).toBe(false); // qualitative: shown, not simulated
  });

  it('applies a lever with its effect and costs it per year from its start', () => {
    const scenario = {
      format: 'planpath/scenario@1' as const,
      name: { zh: '加力' },
      levers: { push: { intensity: 2, start: 2022 } },
    };
    const r = runSync(plan, scenario, { paths: 0 });
    // +2 × 1pp from 2022: 110, 121 × 1.12, 121 × 1.12 × 1.12
    const x = Array.from(r.indicators.output!.deterministic);
    expect(x[1]).toBeCloseTo(110, 10);
    expect(x[2]).toBeCloseTo(110 * 1.12, 10);
    expect(x[3]).toBeCloseTo(110 * 1.12 * 1.12, 10);
    // 2 × 100 万元 × 2 years (2022, 2023)
    expect(r.cost.total).toBe(400);
    expect(r.cost.byLever).toEqual({ push: 400 });
  });

  it('pins actuals and simulates on from the last one', () => {
    const scenario = {
      format: 'planpath/scenario@1' as const,
      name: { zh: '实绩' },
      actuals: { output: { '2021': 105, '2022': 120 } },
    };
    const x = Array.from(runSync(plan, scenario, { paths: 50 }).indicators.output!.quantiles.p50);
    expect(x.slice(0, 3)).toEqual([100, 105, 120]);
    expect(x[3]).toBeCloseTo(132, 10);
  });
});

type GoldenJson = { indicators: { id: string; dynamics: Record<string, unknown> }[] };

/** The golden plan with one more derived indicator, and `edit` made to its JSON. */
function goldenWith(
  d: { id: string; zh: string; unit: string; formula: string },
  edit?: (json: GoldenJson) => void,
): Plan {
  const json = structuredClone(readJson('tests/fixtures/golden.plan.json')) as GoldenJson;
  json.indicators.push({
    id: d.id,
    name: { zh: d.zh },
    unit: d.unit,
    category: 't',
    dynamics: { kind: 'derived', formula: d.formula },
  } as never);
  edit?.(json);
  return loadPlan(json, `golden-${d.id}`);
}

describe('a derived indicator pinned to an actual', () => {
  it('carries the ratio actual / formula into the years after it, on every path', () => {
    // A product, not a sum of parts: re-anchoring cannot move its inputs, so the ratio is carried.
    const plan = goldenWith({ id: 'scaled', zh: '折算', unit: '亿元', formula: 'output * 0.5' });
    const formula = runSync(plan, null, { paths: 40, seed: 3 }).indicators.scaled!;
    const scenario = {
      format: 'planpath/scenario@1' as const,
      name: { zh: '实绩' },
      actuals: { scaled: { '2022': 70 } },
    };
    const pinned = runSync(plan, scenario, { paths: 40, seed: 3 }).indicators.scaled!;
    const f = Array.from(formula.deterministic);
    const x = Array.from(pinned.deterministic);
    expect(x.slice(0, 2)).toEqual(f.slice(0, 2));
    expect(x[2]).toBe(70);
    for (let y = 3; y < f.length; y++) expect(x[y], `year index ${y}`).toBe(f[y]! * (70 / f[2]!));
    // The paths are pinned and carried too: their later years move with the actual.
    expect(pinned.quantiles.p50[2]).toBe(70);
    expect(pinned.quantiles.p50[3]).not.toBe(formula.quantiles.p50[3]);
  });
});

describe('the base year', () => {
  it('reads prev(x) as x itself, even when x is computed later in the order, and never leaks a reused buffer', () => {
    const plan = goldenWith(
      { id: 'entries', zh: '进入', unit: '户', formula: '0.2 * prev(firms)' },
      (json) => {
        json.indicators.find((i) => i.id === 'firms')!.dynamics.inflow = 'entries';
      },
    );
    const first = runSync(plan, null, { paths: 100, seed: 1 });
    const again = runSync(plan, null, { paths: 100, seed: 1 });
    expect(first.indicators.entries!.deterministic[0]).toBe(10); // 0.2 × 50
    expect(first.indicators.entries!.quantiles.p50[0]).toBe(10);
    expect(Array.from(again.indicators.entries!.quantiles.p50)).toEqual(
      Array.from(first.indicators.entries!.quantiles.p50),
    );
    // firms: 50 → 50 + 10 − 5 = 55 → 55 + 11 − 5.5 = 60.5
    expect(first.indicators.firms!.deterministic[2]).toBeCloseTo(60.5, 10);
  });
});
