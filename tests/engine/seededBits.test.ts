// A golden of the seeded results' bits: the shock bank (SplitMix64 + ziggurat, WebAssembly), the engine's
// own exp/log/pow and every kernel. Any change to a bit of any quantile, mean or P(met) fails here; such a
// change must be deliberate, said in the commit, and update this digest (and only once: it is the promise
// that a seed gives the same numbers everywhere and over time). Last deliberate change: the noise generated
// in WebAssembly and host Math replaced (2026-11-28).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ShockBank } from '../../engine/random/ShockBank.ts';
import { runSync } from '../../engine/run/run.ts';
import { QUANTILE_KEYS } from '../../engine/run/runTypes.ts';
import { yaohaiPlan } from './planFixtures.ts';

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

  it('the Yaohai plan, 2,000 paths, seed 2026, to 2035', () => {
    const r = runSync(yaohaiPlan(), null, { paths: 2000, seed: 2026, horizon: 2035 });
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
const GOLDEN_RUN = '4b7644b938ede48d';
const GOLDEN_TARGETS = 'df089765ffcb9b83';
