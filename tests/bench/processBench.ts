// Whole-process figures for `npm run bench`: the CLI's cold start from its bundle (help, and a 10,000-path run
// to 2035), with `npm run` in front for comparison, a fresh process's first run against its warm ones, and the
// peak resident memory of a run per size. Each is a child process, timed from outside (wall clock).
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from '../../bin/buildCli.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundle = `${root}build/cli/planpath.mjs`;

function wallMs(cmd: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return performance.now() - t0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[(s.length - 1) >> 1]!;
}

/** A child that runs the bundle's engine `runs` times and reports each run's time and its peak RSS. */
const CHILD = `
import { readFileSync } from 'node:fs';
const { main } = await import(process.env.PLANPATH_BUNDLE);
const paths = process.env.PLANPATH_PATHS, runs = Number(process.env.PLANPATH_RUNS);
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = () => true;
const times = [];
for (let k = 0; k < runs; k++) {
  const t0 = performance.now();
  await main(['run', '--paths', paths, '--horizon', '2035', '--format', 'json']);
  times.push(performance.now() - t0);
}
// The peak of this process's own memory (VmHWM): resourceUsage().maxRSS would include the bench's RSS at
// the fork that started this child (Linux carries the high-water mark across exec).
const line = readFileSync('/proc/self/status', 'utf8').split('\\n').find((l) => l.startsWith('VmHWM:')) ?? '';
const hwm = Number(line.replace(/[^0-9]/g, '') || Number.NaN);
write(JSON.stringify({ times, maxRssKiB: hwm }));
`;

function child(paths: number, runs: number): { times: number[]; maxRssKiB: number } {
  // Arguments by environment: with a bundle path in argv[1] the bundle would run as the CLI itself.
  // stderr is captured (and shown only if the child fails): the CLI's per-run notes would repeat on every run.
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 24,
    env: {
      ...process.env,
      PLANPATH_BUNDLE: bundle,
      PLANPATH_PATHS: String(paths),
      PLANPATH_RUNS: String(runs),
    },
  });
  return JSON.parse(out);
}

export async function processBench(): Promise<string[]> {
  execFileSync(process.execPath, [`${root}bin/buildCli.mjs`], { cwd: root });
  const lines: string[] = [];
  const help = Array.from({ length: 5 }, () => wallMs(process.execPath, [bundle, 'help']));
  lines.push(
    `CLI cold start: node build/cli/planpath.mjs help — median ${median(help).toFixed(0)} ms (5 processes) — goal ≤ 500 ms: ${median(help) <= 500 ? 'met' : 'NOT met'}`,
  );
  const npmHelp = Array.from({ length: 3 }, () => wallMs('npm', ['run', '--silent', 'cli', '--', 'help']));
  lines.push(
    `CLI cold start: npm run cli -- help — median ${median(npmHelp).toFixed(0)} ms (3 processes; npm's own start included)`,
  );
  const runArgs = [bundle, 'run', '--paths', '10000', '--horizon', '2035', '--format', 'json'];
  const run = Array.from({ length: 3 }, () => wallMs(process.execPath, runArgs));
  lines.push(
    `CLI run --paths 10000 --horizon 2035: median ${median(run).toFixed(0)} ms (3 processes) — goal ≤ 1,500 ms: ${median(run) <= 1500 ? 'met' : 'NOT met'}`,
  );
  const fresh = child(10_000, 6);
  const warm = median(fresh.times.slice(1));
  lines.push(
    `fresh process, 10,000 paths to 2035 (plan load + compile + draws + run + JSON): first ${fresh.times[0]!.toFixed(0)} ms, warm median ${warm.toFixed(0)} ms → first/warm ${(fresh.times[0]! / warm).toFixed(1)}`,
  );
  lines.push(...(await shippedFirstRuns(5)));
  for (const paths of [1000, 10_000, 100_000, 200_000]) {
    const r = child(paths, 1);
    lines.push(
      `peak RSS, one run of ${paths.toLocaleString('en')} paths to 2035 (whole process): ${(r.maxRssKiB / 1024).toFixed(0)} MB`,
    );
  }
  return lines;
}

/**
 * The engine's first run in `processes` fresh processes, each against its own warm median, in the bundled
 * code the CLI and the page's worker run (firstRunChild.ts). Returns the bench's lines.
 */
async function shippedFirstRuns(processes: number): Promise<string[]> {
  const outdir = `${root}build/bench`;
  await bundleForNode({ firstRun: `${root}tests/bench/firstRunChild.ts` }, outdir);
  const runs = Array.from({ length: processes }, () => {
    const out = execFileSync(process.execPath, [`${outdir}/firstRun.mjs`], { cwd: root, encoding: 'utf8' });
    const r = JSON.parse(out) as { first: number; firstFaults: number; warm: number[]; faultUs: number };
    return { ...r, warmMedian: median(r.warm) };
  });
  const ratios = runs.map((r) => r.first / r.warmMedian);
  const ratio = median(ratios);
  return [
    `engine as shipped (bundled), fresh process, 10,000 paths to 2035: first run ${runs.map((r) => `${r.first.toFixed(0)} ms (${r.firstFaults.toLocaleString('en')} page faults)`).join(', ')}; warm medians ${runs.map((r) => `${r.warmMedian.toFixed(0)} ms`).join(', ')}`,
    `  → first/warm ${ratios.map((x) => x.toFixed(2)).join(', ')}: median ${ratio.toFixed(2)} — goal ≤ 2×: ${ratio <= 2 ? 'met' : 'NOT met'}`,
    // What the first run's page faults alone cost on this machine: every row a run reads is touched once a process.
    `  a page fault costs ${median(runs.map((r) => r.faultUs)).toFixed(1)} µs here (a fresh 32 MiB memory touched page by page): the first run's faults ≈ ${median(runs.map((r) => (r.firstFaults * r.faultUs) / 1000)).toFixed(0)} ms of its ${median(runs.map((r) => r.first - r.warmMedian)).toFixed(0)} ms over a warm run`,
  ];
}
