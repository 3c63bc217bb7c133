// A fresh process's first run against its warm ones, on the engine as shipped: processBench.ts bundles this
// file as the CLI is bundled (bin/buildCli.mjs bundleForNode) and runs it in a child process, so the first
// run is timed in the code a planner's CLI and page worker run — not under tsx, whose transpiled modules and
// helpers (keepNames) a bench process loads just before its own first run. Prints one JSON line.
import { readPlan } from '../../engine/cli/cliInputs.ts';
import { runSync } from '../../engine/run/run.ts';

// Read as the CLI reads the embedded plan (with its shipped kernels), without its statistics as before.
const plan = readPlan(undefined, 'none');
const horizon = plan.meta.visionYear ?? plan.meta.targetYear + 10;
const WARM_RUNS = Number(process.env.PLANPATH_WARM_RUNS ?? 11);

/** Wall time of one 10,000-path run to the horizon, and the page faults it took. */
function timed(): { ms: number; faults: number } {
  const faults = process.resourceUsage().minorPageFault;
  const t0 = performance.now();
  runSync(plan, null, { paths: 10_000, seed: 1, horizon });
  return { ms: performance.now() - t0, faults: process.resourceUsage().minorPageFault - faults };
}

/** Microseconds a page fault costs in this process: a fresh 32 MiB memory touched a page at a time. On the
 * VMs measured it ranged from 1.6 to 11 µs, which is most of why first / warm differs from one VM to another
 * (BENCHMARKS.md, session 31). */
function faultMicroseconds(): number {
  const faults = process.resourceUsage().minorPageFault;
  const t0 = performance.now();
  const bytes = new Uint8Array(new WebAssembly.Memory({ initial: 512 }).buffer);
  for (let i = 0; i < bytes.length; i += 4096) bytes[i] = 1;
  const ms = performance.now() - t0;
  return (1000 * ms) / Math.max(1, process.resourceUsage().minorPageFault - faults);
}

const first = timed();
const warm = Array.from({ length: WARM_RUNS }, () => timed().ms);
const faultUs = faultMicroseconds();
process.stdout.write(JSON.stringify({ first: first.ms, firstFaults: first.faults, warm, faultUs }));
