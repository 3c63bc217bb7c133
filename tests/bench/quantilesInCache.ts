// Would quantiles computed while a year's rows are still in cache be cheaper? Issue 14 asked for them year by
// year "or show with numbers why not". This times the same quantile passes (quantilesInto, every cell of a
// 10,000-path Yaohai run to 2035) three ways, alternated in one process:
//   after  — after the whole run, as run.ts did until session 11: each row was written ~100 MB of other rows ago;
//   year   — right after the year's rows are written, as run.ts does now (YearOutputs; the year's ~7 MB
//            rewritten just before its cells);
//   row    — right after the row itself is written (its 80 KB rewritten just before its cell).
// Rewriting a row (v[i] = v[i] + 0) stands in for the kernel writing it. Medians of the summed pass times
// (the rewrites are not timed), and the ratios to `after`. Nothing asserted; see BENCHMARKS.md.
//
//   npx tsx tests/bench/quantilesInCache.ts [--rounds 9]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledModelFor } from '../../engine/compile/compileModel.ts';
import { quantilesInto } from '../../engine/outputs/quantilesInto.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { bankDraws } from '../../engine/run/DrawSource.ts';
import { resolveScenario } from '../../engine/run/resolveScenario.ts';
import { QUANTILE_KEYS, QUANTILE_PROBS } from '../../engine/run/runTypes.ts';
import { simulateSync } from '../../engine/run/simulate.ts';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 9;
const plan = loadPlan(
  JSON.parse(readFileSync(resolve(root, 'seeds/yaohai.plan.json'), 'utf8')),
  'seeds/yaohai.plan.json',
);
const model = compiledModelFor(plan, []);
const setup = resolveScenario(plan, null, 2035);
const n = 10_000;
const sim = simulateSync(model, setup, n, bankDraws(1));
const Y = setup.years.length;
const probs = QUANTILE_KEYS.map((k) => QUANTILE_PROBS[k]);
const out = probs.map(() => new Float64Array(Y));
const mean = new Float64Array(Y);
const scratch = sim.workspace.quantiles;

// Cells with a value (a row of NaN — a base still to be entered — is skipped by summarize too), by year.
const byYear: Float64Array[][] = Array.from({ length: Y }, () => []);
for (const v of sim.values)
  for (let y = 0; y < Y; y++)
    if (v.subarray(y * n, y * n + n).some((x) => !Number.isNaN(x))) byYear[y]!.push(v);
const cells = byYear.reduce((s, row) => s + row.length, 0);

const evict = new Float64Array(16 * 2 ** 20); // 128 MB, more than any cache
const touch = (v: Float64Array, y: number) => {
  for (let i = y * n; i < y * n + n; i++) v[i] = v[i]! + 0;
};
const pass = (v: Float64Array, y: number) => {
  const t = performance.now();
  quantilesInto(v, y * n, n, probs, out, mean, y, scratch);
  return performance.now() - t;
};

const modes = {
  after(): number {
    evict.fill(1);
    let t = 0;
    for (let y = 0; y < Y; y++) for (const v of byYear[y]!) t += pass(v, y);
    return t;
  },
  year(): number {
    evict.fill(1);
    let t = 0;
    for (let y = 0; y < Y; y++) {
      for (const v of byYear[y]!) touch(v, y);
      for (const v of byYear[y]!) t += pass(v, y);
    }
    return t;
  },
  row(): number {
    evict.fill(1);
    let t = 0;
    for (let y = 0; y < Y; y++)
      for (const v of byYear[y]!) {
        touch(v, y);
        t += pass(v, y);
      }
    return t;
  },
};
type Mode = keyof typeof modes;
const names = Object.keys(modes) as Mode[];
const times: Record<Mode, number[]> = { after: [], year: [], row: [] };
for (let r = 0; r < 2; r++) for (const m of names) modes[m]();
for (let r = 0; r < rounds; r++) {
  const order = names.map((_, k) => names[(k + r) % names.length]!);
  for (const m of order) times[m].push(modes[m]());
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const load = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
console.log(`${cells} cells of ${n.toLocaleString('en')} paths; ${rounds} rounds; ${load()}`);
for (const m of names)
  console.log(
    `${m.padEnd(6)} ${median(times[m]).toFixed(1).padStart(7)} ms   ×${(median(times[m]) / median(times.after)).toFixed(2)} of after`,
  );
