// The page's engine worker. Once up, it loads the embedded plan and starts the 基准 run itself, without
// waiting for the page to ask: Chromium holds messages sent to a worker before its script has run until the
// page's main thread is free to pass them on, and while the worker starts, the page is busy building its
// views (a second-long task under load). The page then sends the same plan and asks for the same run, and
// gets the run already under way (engine/worker/engineApi.ts, prewarm); a plan the page loaded first wins,
// and a different scenario cancels the prewarmed run.
import { exposeInBrowserWorker, prewarm } from '../../engine/index.ts';
import { loadDefaultPlan, scenarioLibrary } from '../planSource.ts';
import { scenarioDocument } from '../state/scenarioFile.ts';
import { fullPaths } from './runSizes.ts';
import { MAIN_CHANNEL, PLAN_KEY } from './workerKeys.ts';

exposeInBrowserWorker();

async function prewarmEmbedded(): Promise<void> {
  const source = await loadDefaultPlan();
  // As the page opens it (main.ts): the library's first scenario, 基准, with its full run.
  await prewarm(PLAN_KEY, source, (plan) => {
    const opened = scenarioLibrary(plan.meta.id)[0]?.scenario;
    return opened
      ? {
          scenario: scenarioDocument(plan, opened),
          options: { paths: fullPaths(opened), channel: MAIN_CHANNEL },
        }
      : null;
  });
}

// A plan that fails here fails again when the page sends it, and the page reports it then.
prewarmEmbedded().catch(() => {});
