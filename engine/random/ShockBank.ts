// Standard normal draws, generated once per seed and reused by every run with that seed (common random
// numbers): moving a slider or bisecting over a lever changes the model, never the draws, so results move
// smoothly. Each named stream is its own generator (pure-rand xoroshiro128+ feeding d3-random's normal), and
// draw i of a stream always belongs to path i — a 300-path preview is the first 300 paths of the full run.
import { randomNormal } from 'd3-random';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { streamSeed } from './streamSeed.ts';

export class ShockBank {
  readonly seed: number;
  private readonly streams = new Map<string, Float64Array>();

  constructor(seed: number) {
    this.seed = seed;
  }

  /** The first `n` standard normal draws of stream `name` (shared: do not write into it). */
  normals(name: string, n: number): Float64Array {
    const cached = this.streams.get(name);
    if (cached && cached.length >= n) return cached.length === n ? cached : cached.subarray(0, n);
    const rng = xoroshiro128plus(streamSeed(this.seed, name));
    const normal = randomNormal.source(() => uniformFloat64(rng))(0, 1);
    const draws = new Float64Array(n);
    for (let i = 0; i < n; i++) draws[i] = normal();
    this.streams.set(name, draws);
    return draws;
  }

  /** Number of doubles held, for memory accounting. */
  get size(): number {
    let total = 0;
    for (const s of this.streams.values()) total += s.length;
    return total;
  }
}

/** Keeps the banks of the most recently used seeds (a worker sees one or two seeds at a time). */
const banks = new Map<number, ShockBank>();
const KEEP = 2;

export function shockBankFor(seed: number): ShockBank {
  let bank = banks.get(seed);
  if (bank) {
    banks.delete(seed);
  } else {
    bank = new ShockBank(seed);
    if (banks.size >= KEEP) banks.delete(banks.keys().next().value!);
  }
  banks.set(seed, bank);
  return bank;
}
