// The page's engine worker. Once up, it starts the 基准 run itself, without waiting for the page to ask: on the
// plan the page sends as it boots, or, when that has not come within a moment, on the embedded plan it loads
// itself — Chromium holds messages sent to a worker before its script has run until the page's main thread is
// free to pass them on, and while the worker starts, the page is busy building its views (a second-long task
// under load). A page that asks for the same run gets the run already under way (engine/worker/engineApi.ts,
// prewarm); a plan the page loaded first wins, and a different scenario cancels the prewarmed run.
// The page that opens the 基准 shows the result shipped with it (client/shippedBaseline.ts) and asks for
// nothing: the prewarmed run and a warm-up after it (warmUp: the preview's size; every lever moved and every
// shock on, at the preview's size; then the full size once more) compile the kernels and the code of levers
// and shocks, draw the seed's noise and fill the workspaces while the planner reads, so the first change is
// computed by a warm engine. The page marks when that is done (`planpath:worker-warm`).
import {
  exposeInBrowserWorker,
  type PlanSource,
  prewarm,
  type ShippedKernelData,
  useShippedKernels,
  type ValidatedPlan,
  type WarmUpStep,
  warmUp,
} from '../../engine/index.ts';
import { loadDefaultPlan, scenarioLibrary } from '../planSource.ts';
import { scenarioDocument } from '../state/scenarioFile.ts';
import { everythingMoved } from './everythingMoved.ts';
import { fullPaths, PREVIEW_PATHS } from './runSizes.ts';
import { loadShippedPlan } from './shippedPlan.ts';
import { MAIN_CHANNEL, PLAN_KEY } from './workerKeys.ts';

// The embedded plan's kernels, planned and emitted ahead of time (seeds/*.kernels.ts, `npm run emit:wasm`):
// compiling its formulas was ≈ 30 ms of a shared link's check. The engine uses them only for a plan whose
// formulas are exactly these (engine/compile/shippedKernels.ts).
useShippedKernels(
  ...Object.values(
    import.meta.glob<ShippedKernelData>('../../seeds/*.kernels.ts', { eager: true, import: 'KERNELS' }),
  ),
);
exposeInBrowserWorker();

/** The embedded plan: as the build validated it, or its files where the build shipped none (the dev server). */
async function embeddedPlan(): Promise<PlanSource | ValidatedPlan> {
  const built = await loadShippedPlan();
  return built ? { plan: built.plan, source: built.source } : loadDefaultPlan();
}

/** True when the warm-up ran to the end. */
async function prewarmEmbedded(): Promise<boolean> {
  let opened: WarmUpStep[] | null = null;
  // As the page opens it (main.ts): the library's first scenario, 基准, with its full run.
  await prewarm(PLAN_KEY, embeddedPlan, (plan) => {
    const first = scenarioLibrary(plan.meta.id)[0]?.scenario;
    if (!first) return null;
    const scenario = scenarioDocument(plan, first);
    opened = [
      { scenario, paths: PREVIEW_PATHS },
      { scenario: scenarioDocument(plan, everythingMoved(plan, first)), paths: PREVIEW_PATHS },
      { scenario, paths: fullPaths(first) },
    ];
    return { scenario, options: { paths: fullPaths(first), channel: MAIN_CHANNEL } };
  });
  const steps = opened as WarmUpStep[] | null;
  if (!steps) return false;
  return warmUp(PLAN_KEY, steps, { channel: MAIN_CHANNEL });
}

// A plan that fails here fails again when the page sends it, and the page reports it then. Ended either way:
// the page's plan check waits for it (client/engineClient.ts).
prewarmEmbedded()
  .catch(() => false)
  .then((complete) => postMessage({ warmUpEnded: performance.timeOrigin + performance.now(), complete }));
