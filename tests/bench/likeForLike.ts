// Like-for-like engine bench: is today's engine slower on the SAME work, or does today's plan cost more?
//
//   npx tsx tests/bench/likeForLike.ts --old /path/to/old/tree [--rounds 5] [--iterations 9]
//
// `--old` is a checkout of an earlier commit with its own `npm install` (e.g. `git worktree add --detach
// /work/wt-old dde9486`). Three configurations, each in its own child process, one at a time, with the order
// rotated each round so a load spike does not always fall on the same one:
//   a  old engine + old plan   (old tree's engine, old tree's seeds/yaohai.plan.json)
//   b  new engine + old plan   (this tree's engine, the old plan file unchanged — today's schema accepts it)
//   c  new engine + new plan   (this tree's engine and seeds/yaohai.plan.json: what `npm run bench` measures)
// Each child loads the plan, warms up, then times `runSync(plan, null, {paths, seed 1, horizon})` exactly as
// `npm run bench` does, for 10,000 paths with all quantiles, for the deterministic path (paths 0), and
// `simulateSync` alone on 10,000 paths. `uptime` is printed before each round. The report gives the median of
// the per-round medians and the ratios b/a (engine, same plan) and c/b (plan, same engine): on a loaded
// shared machine the ratios hold better than the absolute times. Nothing here is asserted; see BENCHMARKS.md.
// To profile one configuration and one row (q10k | sim10k | det):
//   node --import tsx --cpu-prof --cpu-prof-dir /tmp/prof tests/bench/likeForLike.ts --worker \
//     --tree /path/to/tree --plan /path/to/plan.json --only sim10k --iterations 60
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

async function worker(tree: string, planFile: string, iterations: number): Promise<void> {
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
  const work: Record<Row, [number, () => void]> = {
    q10k: [iterations, () => void runSync(plan, null, { paths: 10_000, seed: 1, horizon })],
    sim10k: [iterations, () => void simulateSync(model, setup, 10_000, draws)],
    det: [iterations * 20, () => void runSync(plan, null, { paths: 0, horizon })],
  };
  const out: Record<string, number> = { indicators: plan.indicators.length, horizon };
  const only = arg('only');
  for (const [row] of ROWS) {
    if (only && only !== row) continue;
    const [n, fn] = work[row];
    for (let k = 0; k < 3; k++) fn(); // warm-up: JIT, shock bank, workspace
    const times: number[] = [];
    for (let k = 0; k < n; k++) {
      const t0 = performance.now();
      fn();
      times.push(performance.now() - t0);
    }
    out[row] = median(times);
  }
  console.log(JSON.stringify(out));
}

async function main(): Promise<void> {
  if (process.argv.includes('--worker')) {
    await worker(arg('tree')!, arg('plan')!, Number(arg('iterations') ?? 9));
    return;
  }
  const oldTree = arg('old');
  if (!oldTree) throw new Error('usage: npx tsx tests/bench/likeForLike.ts --old /path/to/old/tree');
  const rounds = Number(arg('rounds') ?? 5);
  const iterations = arg('iterations') ?? '9';
  const configs: [string, string, string][] = [
    ['a', resolve(oldTree), resolve(oldTree, 'seeds/yaohai.plan.json')],
    ['b', NEW_TREE, resolve(oldTree, 'seeds/yaohai.plan.json')],
    ['c', NEW_TREE, resolve(NEW_TREE, 'seeds/yaohai.plan.json')],
  ];
  const results: Record<string, Record<string, number>[]> = { a: [], b: [], c: [] };
  for (let r = 0; r < rounds; r++) {
    const order = configs.map((_, i) => configs[(i + r) % configs.length]!);
    console.log(
      `round ${r + 1}, order ${order.map((c) => c[0]).join('')} — ${execFileSync('uptime').toString().trim()}`,
    );
    for (const [name, tree, planFile] of order) {
      const child = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          THIS_FILE,
          '--worker',
          '--tree',
          tree,
          '--plan',
          planFile,
          '--iterations',
          iterations,
        ],
        { cwd: NEW_TREE, encoding: 'utf8' },
      );
      if (child.status !== 0) throw new Error(`${name} failed:\n${child.stderr}`);
      const line = child.stdout.trim().split('\n').pop()!;
      const res = JSON.parse(line) as Record<string, number>;
      results[name]!.push(res);
      console.log(
        `  ${name}: ${res.indicators} indicators → ${res.horizon}; ${ROWS.map(([k]) => `${k} ${res[k]!.toFixed(2)} ms`).join(', ')}`,
      );
    }
  }
  console.log(
    `\nmedian of ${rounds} per-process medians (${iterations} timed runs each; deterministic ×20):`,
  );
  console.log(
    `${'row'.padEnd(32)} ${'a old/old'.padStart(11)} ${'b new/old'.padStart(11)} ${'c new/new'.padStart(11)} ${'b/a'.padStart(6)} ${'c/b'.padStart(6)}`,
  );
  for (const [row, label] of ROWS) {
    const m = (n: string) => median(results[n]!.map((x) => x[row]!));
    const [a, b, c] = [m('a'), m('b'), m('c')];
    const ms = (x: number) => `${x.toFixed(row === 'det' ? 3 : 1)} ms`.padStart(11);
    console.log(
      `${label.padEnd(32)} ${ms(a)} ${ms(b)} ${ms(c)} ${(b / a).toFixed(2).padStart(6)} ${(c / b).toFixed(2).padStart(6)}`,
    );
  }
}

await main();
