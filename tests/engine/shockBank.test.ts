// The shock bank's draws, generated in WebAssembly (engine/compile/wasm/drawsModule.ts): standard normal to
// within sampling error, the same bits however a stream is requested (draw i belongs to path i), different
// for different streams and seeds; uniforms written where they are read, from the bank's keys.
// Seeded; tolerances are ≈ 5 standard errors.
import { erf } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { ShockBank, shockBankFor } from '../../engine/random/ShockBank.ts';
import { bankDraws } from '../../engine/run/DrawSource.ts';
import { runSync } from '../../engine/run/run.ts';
import { uniformRows } from '../bench/uniformRows.ts';
import { yaohaiPlan } from './planFixtures.ts';

const n = 200_000;

describe('the shock bank', () => {
  it('draws standard normals: moments, tails and the whole distribution (Kolmogorov–Smirnov)', () => {
    const z = Float64Array.from(new ShockBank(11).normals('noise:test:2030', n));
    let mean = 0;
    for (const x of z) mean += x;
    mean /= n;
    let variance = 0;
    let fourth = 0;
    let beyond2 = 0;
    let beyond3 = 0;
    for (const x of z) {
      variance += (x - mean) ** 2;
      fourth += (x - mean) ** 4;
      if (Math.abs(x) > 2) beyond2++;
      if (Math.abs(x) > 3) beyond3++;
    }
    variance /= n;
    const kurtosis = fourth / n / variance ** 2;
    expect(Math.abs(mean)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(variance - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    expect(Math.abs(kurtosis - 3)).toBeLessThan(5 * Math.sqrt(24 / n));
    expect(Math.abs(beyond2 / n - 0.0455)).toBeLessThan(5 * Math.sqrt((0.0455 * 0.9545) / n));
    expect(Math.abs(beyond3 / n - 0.0027)).toBeLessThan(5 * Math.sqrt((0.0027 * 0.9973) / n));
    const sorted = z.slice().sort();
    let d = 0;
    for (let i = 0; i < n; i++) {
      const cdf = 0.5 * (1 + erf(sorted[i]! / Math.SQRT2));
      d = Math.max(d, Math.abs(cdf - i / n), Math.abs(cdf - (i + 1) / n));
    }
    expect(d).toBeLessThan(1.95 / Math.sqrt(n)); // KS critical value at 0.1%
  });

  it('draws uniforms strictly inside (0, 1) with mean ½ and variance 1/12', () => {
    const u = uniformRows(bankDraws(12))('count:test', n);
    let mean = 0;
    let variance = 0;
    for (const x of u) {
      expect(x > 0 && x < 1).toBe(true);
      mean += x;
    }
    mean /= n;
    for (const x of u) variance += (x - mean) ** 2;
    variance /= n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
  });

  it('gives path i the same draw whether the stream is asked for short, long or extended', () => {
    const long = Array.from(new ShockBank(5).normals('noise:x:2021', 5000));
    const grown = new ShockBank(5);
    const short = Array.from(grown.normals('noise:x:2021', 300));
    grown.normals('other', 300); // a second stream in between
    const extended = Array.from(grown.normals('noise:x:2021', 5000));
    expect(short).toEqual(long.slice(0, 300));
    expect(extended).toEqual(long);
    // rows widened after many streams keep their draws
    const wide = new ShockBank(5);
    for (let k = 0; k < 40; k++) wide.normals(`s${k}`, 100);
    const before = Array.from(wide.normals('s7', 100));
    expect(Array.from(wide.normals('s7', 2000)).slice(0, 100)).toEqual(before);
  });

  it('gives path i the same uniform however long the row, and keeps no uniforms in the bank', () => {
    const row = uniformRows(bankDraws(9));
    const long = Array.from(row('count:x:2022', 3000));
    expect(Array.from(row('count:x:2022', 300))).toEqual(long.slice(0, 300));
    expect(Array.from(uniformRows(bankDraws(9))('count:x:2022', 3000))).toEqual(long);
    expect(Array.from(row('event:y:2022', 3000))).not.toEqual(long);
    expect(Array.from(uniformRows(bankDraws(10))('count:x:2022', 3000))).not.toEqual(long);
    expect(shockBankFor(9).bytes).toBe(0); // nothing drawn into the bank's memory
  });

  it('a run that keeps no draws (the CLI run) gets the same numbers, and the bank holds one row of each kind', () => {
    const plan = yaohaiPlan();
    const options = { paths: 4000, horizon: 2030 };
    const kept = runSync(plan, null, { ...options, seed: 31 });
    const bank = shockBankFor(32);
    const once = runSync(plan, null, { ...options, seed: 32, keepDraws: false });
    const again = runSync(plan, null, { ...options, seed: 31, keepDraws: false });
    // One reused row of 4,000 normals, against a row per stream when kept (≈ 140 streams to 2030: ≈ 2.2
    // MB); the row's memory also holds the generator's tables.
    expect(bank.bytes).toBeLessThan(2 ** 20);
    expect(shockBankFor(31).bytes).toBeGreaterThan(2 * 2 ** 20);
    expect(once.indicators).not.toEqual(kept.indicators); // another seed: other draws
    expect(again.indicators).toEqual(kept.indicators);
    expect(again.targets).toEqual(kept.targets);
  });

  it('gives different streams and different seeds different draws', () => {
    const a = new ShockBank(1).normals('noise:x:2021', 1000)[0];
    const b = new ShockBank(1).normals('noise:x:2022', 1000)[0];
    const c = new ShockBank(2).normals('noise:x:2021', 1000)[0];
    expect(new Set([a, b, c]).size).toBe(3);
    const u = uniformRows(bankDraws(1))('noise:x:2021', 1000);
    const z = Float64Array.from(new ShockBank(1).normals('noise:x:2021', 1000));
    let corr = 0;
    for (let i = 0; i < 1000; i++) corr += (u[i]! - 0.5) * z[i]!;
    expect(Math.abs(corr / 1000 / Math.sqrt(1 / 12))).toBeLessThan(0.16); // ≈ 5 standard errors
  });

  it('a bank given back keeps its draws for whoever still holds it, and its memory serves a new seed', () => {
    const a = new ShockBank(21);
    const before = Array.from(a.normals('noise:x:2021', 500));
    a.release();
    const b = new ShockBank(22); // may take a's memory
    const fromB = Array.from(b.normals('noise:x:2021', 500));
    expect(Array.from(a.normals('noise:x:2021', 500))).toEqual(before); // regenerated, same bits
    expect(Array.from(b.normals('noise:x:2021', 500))).toEqual(fromB);
    expect(fromB).toEqual(Array.from(new ShockBank(22).normals('noise:x:2021', 500)));
    expect(fromB).not.toEqual(before);
  });
});
