// A golden of the seeded results' bits: the shock bank (SplitMix64 + ziggurat, WebAssembly), the engine's
// own exp/log/pow and every kernel. Any change to a bit of any quantile, mean or P(met) fails here; such a
// change must be deliberate, said in the commit, and update this digest (and only once: it is the promise
// that a seed gives the same numbers everywhere and over time). Last deliberate change: the noise generated
// in WebAssembly and host Math replaced (2026-11-28).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { ShockBank } from '../../engine/random/ShockBank.ts';
import { runSync } from '../../engine/run/run.ts';
import { QUANTILE_KEYS } from '../../engine/run/runTypes.ts';
import { readJson } from './planFixtures.ts';

/**
 * The hand-computed golden plan with noise and uncertain parameters added (so every part of the draw path
 * is exercised: macro and own noise, parameter draws, exp/log/pow in formulas), rather than the embedded
 * Yaohai plan, whose data changes as statistics are added.
 */
function noisyGoldenPlan() {
  const doc = readJson('tests/fixtures/golden.plan.json') as {
    indicators: { id: string; dynamics: Record<string, unknown> }[];
    parameters: { id: string; value: unknown }[];
  };
  const ind = (id: string) => doc.indicators.find((i) => i.id === id)!.dynamics;
  Object.assign(ind('output'), { volatility: 0.03, macroLoading: 0.6 });
  Object.assign(ind('gdp'), {
    rate: 'exp(log(1.05)) - 1 + 0 * pow(year, 0.5)',
    volatility: 0.02,
    macroLoading: 0.8,
  });
  Object.assign(ind('firms'), { volatility: 0.1 });
  doc.parameters.find((p) => p.id === 'g')!.value = '10% ± 2%';
  doc.parameters.find((p) => p.id === 'new_firms')!.value = '8 to 12';
  return loadPlan(doc, 'golden.plan.json');
}

function digest(values: Iterable<number | null>): string {
  const h = createHash('sha256');
  const b = Buffer.alloc(8);
  for (const v of values) {
    b.writeDoubleLE(v ?? Number.NaN);
    h.update(b);
  }
  return h.digest('hex').slice(0, 16);
}

describe('seeded results, bit for bit', () => {
  it('the first draws of a stream', () => {
    const z = Array.from(new ShockBank(1).normals('noise:x:2021', 8));
    expect(z.map((v) => v.toFixed(6))).toEqual(GOLDEN_DRAWS);
    expect(digest(new ShockBank(2026).normals('macro:2025', 10_000))).toBe(GOLDEN_STREAM);
  });

  it('a noisy plan, 2,000 paths, seed 2026, to 2035', () => {
    const r = runSync(noisyGoldenPlan(), null, { paths: 2000, seed: 2026, horizon: 2035 });
    const cells: number[] = [];
    for (const id of Object.keys(r.indicators).sort()) {
      for (const k of QUANTILE_KEYS) cells.push(...r.indicators[id]!.quantiles[k]);
      cells.push(...r.indicators[id]!.mean);
    }
    expect(digest(cells)).toBe(GOLDEN_RUN);
    expect(digest(r.targets.map((t) => t.pMet))).toBe(GOLDEN_TARGETS);
  });
});

const GOLDEN_DRAWS = [
  '-0.937142',
  '0.033284',
  '-0.306694',
  '0.299392',
  '0.348624',
  '-0.607095',
  '1.741855',
  '-0.190589',
];
const GOLDEN_STREAM = 'ca403e595d90cfee';
const GOLDEN_RUN = 'e40f94998c792a55';
const GOLDEN_TARGETS = '2c7d6760f9c9699c';
