// Like-for-like engine bench: is today's engine slower on the SAME work, or does today's plan cost more?
//
//   npx tsx tests/bench/likeForLike.ts --old /path/to/old/tree [--rounds 5] [--iterations 9]
//
// `--old` is a checkout of an earlier commit with its own `npm install` (e.g. `git worktree add --detach
// /work/wt-old dde9486`). Three configurations:
//   a  old engine + old plan   (old tree's engine, old tree's seeds/yaohai.plan.json)
//   b  new engine + old plan   (this tree's engine, the old plan file unchanged — today's schema accepts it)
//   c  new engine + new plan   (this tree's engine and seeds/yaohai.plan.json: what `npm run bench` measures)
// All three are loaded into ONE child process per round and run interleaved, a b c a b c …, so each ratio
// compares runs made seconds apart. On this shared machine the CPU time of one run drifts by 1.5× within
// half a minute as neighbours contend for cache and memory (session 6: 144 → 223 ms CPU in one process);
// measuring a, b and c in separate processes one after the other had made b/a land at ~1.0 or ~1.45 by
// round (BENCHMARKS.md). Each child times `runSync(plan, null, {paths, seed 1, horizon})` exactly as
// `npm run bench` does, for 10,000 paths with all quantiles, for the deterministic path (paths 0), and
// `simulateSync` alone on 10,000 paths. The report gives, per row, the median over rounds of each
// configuration's median and of the per-interleave ratios b/a (engine, same plan) and c/b (plan, same engine).
// `uptime` is printed before each round. Nothing here is asserted; see BENCHMARKS.md.
// To profile one configuration and one row (q10k | sim10k | det):
//   node --import tsx --cpu-prof --cpu-prof-dir /tmp/prof tests/bench/likeForLike.ts --worker \
//     --trees a=/path/to/tree:/path/to/plan.json --only sim10k --iterations 60
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const THIS_FILE = fileURLToPath(import.meta.url);
const NEW_TREE = resolve(THIS_FILE, '../../..');

type Row = 'det' | 'q10k' | 'sim10k';
const ROWS: [Row, string][] = [
  ['q10k', '10,000 paths + all quantiles'],
  ['sim10k', '10,000 paths, simulation alone'],
  ['det', 'deterministic path (paths 0)'],
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The first of the candidate module paths that exists in the tree (modules moved between sessions). */
async function importFirst(tree: string, candidates: string[]): Promise<Record<string, unknown>> {
  for (const rel of candidates) {
    const file = resolve(tree, rel);
    if (existsSync(file)) return import(pathToFileURL(file).href);
  }
  throw new Error(`none of ${candidates.join(', ')} in ${tree}`);
}

// biome-ignore lint/suspicious/noExplicitAny: the two trees' engines have different (compatible) types
type Fn = (...args: any[]) => any;

interface Config {
  name: string;
  work: Record<Row, () => void>;
  indicators: number;
  horizon: number;
}

async function load(name: string, tree: string, planFile: string): Promise<Config> {
  const { loadPlan } = (await importFirst(tree, ['engine/plan/loadPlan.ts'])) as { loadPlan: Fn };
  const { runSync } = (await importFirst(tree, ['engine/run/run.ts', 'engine/run.ts'])) as { runSync: Fn };
  const { simulateSync } = (await importFirst(tree, [
    'engine/run/simulate.ts',
    'engine/sim/simulate.ts',
  ])) as {
    simulateSync: Fn;
  };
  const { compiledModelFor } = (await importFirst(tree, [
    'engine/compile/compileModel.ts',
    'engine/sim/compileModel.ts',
  ])) as { compiledModelFor: Fn };
  const { resolveScenario } = (await importFirst(tree, [
    'engine/run/resolveScenario.ts',
    'engine/sim/resolveScenario.ts',
  ])) as { resolveScenario: Fn };
  const { bankDraws } = (await importFirst(tree, [
    'engine/run/DrawSource.ts',
    'engine/sim/DrawSource.ts',
  ])) as {
    bankDraws: Fn;
  };
  const plan = loadPlan(JSON.parse(readFileSync(planFile, 'utf8')), planFile);
  const horizon: number = plan.meta.visionYear ?? plan.meta.targetYear + 10;
  const model = compiledModelFor(plan, []);
  const setup = resolveScenario(plan, null, horizon);
  const draws = bankDraws(1);
  return {
    name,
    indicators: plan.indicators.length,
    horizon,
    work: {
      q10k: () => void runSync(plan, null, { paths: 10_000, seed: 1, horizon }),
      sim10k: () => void simulateSync(model, setup, 10_000, draws),
      det: () => void runSync(plan, null, { paths: 0, horizon }),
    },
  };
}

/** One round: every configuration in this process, each row timed interleaved a b c a b c …. */
async function worker(specs: string[], iterations: number): Promise<void> {
  const configs: Config[] = [];
  for (const spec of specs) {
    const [name, rest] = spec.split('=') as [string, string];
    const [tree, planFile] = rest.split(':') as [string, string];
    configs.push(await load(name, tree, planFile));
  }
  const out: Record<string, unknown> = {
    shape: Object.fromEntries(configs.map((c) => [c.name, `${c.indicators} indicators → ${c.horizon}`])),
  };
  const only = arg('only');
  for (const [row] of ROWS) {
    if (only && only !== row) continue;
    const n = row === 'det' ? iterations * 20 : iterations;
    for (const c of configs) for (let k = 0; k < 3; k++) c.work[row](); // warm-up: JIT, shock bank, workspace
    const times: number[][] = configs.map(() => []);
    for (let k = 0; k < n; k++) {
      configs.forEach((c, j) => {
        const t0 = performance.now();
        c.work[row]();
        times[j]!.push(performance.now() - t0);
      });
    }
    // ratios of neighbouring runs, pair by pair, then their median: a drift in the machine's speed cancels
    const ratio = (x: number, y: number) =>
      times[x] && times[y] ? median(times[x].map((t, k) => t / times[y]![k]!)) : Number.NaN;
    out[row] = {
      ms: Object.fromEntries(configs.map((c, j) => [c.name, median(times[j]!)])),
      'b/a': ratio(1, 0),
      'c/b': ratio(2, 1),
    };
  }
  console.log(JSON.stringify(out));
}

type RowResult = { ms: Record<string, number>; 'b/a': number; 'c/b': number };

async function main(): Promise<void> {
  if (process.argv.includes('--worker')) {
    const specs: string[] = [];
    process.argv.forEach((a, i) => {
      if (a === '--trees') specs.push(...process.argv[i + 1]!.split(','));
    });
    await worker(specs, Number(arg('iterations') ?? 9));
    return;
  }
  const oldTree = arg('old');
  if (!oldTree) throw new Error('usage: npx tsx tests/bench/likeForLike.ts --old /path/to/old/tree');
  const rounds = Number(arg('rounds') ?? 5);
  const iterations = arg('iterations') ?? '9';
  const oldPlan = resolve(oldTree, 'seeds/yaohai.plan.json');
  const trees = [
    `a=${resolve(oldTree)}:${oldPlan}`,
    `b=${NEW_TREE}:${oldPlan}`,
    `c=${NEW_TREE}:${resolve(NEW_TREE, 'seeds/yaohai.plan.json')}`,
  ].join(',');
  const results: Record<Row, RowResult>[] = [];
  for (let r = 0; r < rounds; r++) {
    console.log(`round ${r + 1} — ${execFileSync('uptime').toString().trim()}`);
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', THIS_FILE, '--worker', '--trees', trees, '--iterations', iterations],
      { cwd: NEW_TREE, encoding: 'utf8' },
    );
    if (child.status !== 0) throw new Error(`round ${r + 1} failed:\n${child.stderr}`);
    const res = JSON.parse(child.stdout.trim().split('\n').pop()!) as Record<Row, RowResult> & {
      shape: Record<string, string>;
    };
    results.push(res);
    if (r === 0)
      console.log(
        `  ${Object.entries(res.shape)
          .map(([k, v]) => `${k}: ${v}`)
          .join('; ')}`,
      );
    console.log(
      `  ${ROWS.map(([k]) => `${k} a ${res[k].ms.a!.toFixed(2)} b ${res[k].ms.b!.toFixed(2)} c ${res[k].ms.c!.toFixed(2)} ms, b/a ${res[k]['b/a'].toFixed(2)}`).join('; ')}`,
    );
  }
  console.log(`\nmedian over ${rounds} rounds (${iterations} interleaved runs each; deterministic ×20):`);
  console.log(
    `${'row'.padEnd(32)} ${'a old/old'.padStart(11)} ${'b new/old'.padStart(11)} ${'c new/new'.padStart(11)} ${'b/a'.padStart(6)} ${'c/b'.padStart(6)}`,
  );
  for (const [row, label] of ROWS) {
    const m = (f: (x: RowResult) => number) => median(results.map((x) => f(x[row])));
    const ms = (x: number) => `${x.toFixed(row === 'det' ? 3 : 1)} ms`.padStart(11);
    console.log(
      `${label.padEnd(32)} ${ms(m((x) => x.ms.a!))} ${ms(m((x) => x.ms.b!))} ${ms(m((x) => x.ms.c!))} ${m(
        (x) => x['b/a'],
      )
        .toFixed(2)
        .padStart(6)} ${m((x) => x['c/b'])
        .toFixed(2)
        .padStart(6)}`,
    );
  }
}

await main();
