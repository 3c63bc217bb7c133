// The page's engine worker. Once up, it loads the embedded plan and starts the 基准 run itself, without
// waiting for the page to ask: Chromium holds messages sent to a worker before its script has run until the
// page's main thread is free to pass them on, and while the worker starts, the page is busy building its
// views (a second-long task under load). The page then sends the same plan and asks for the same run, and
// gets the run already under way (engineApi.prewarm); a different plan or scenario cancels it.
import { engineApi, exposeInBrowserWorker } from '../../engine/index.ts';
import { loadDefaultPlan, scenarioLibrary } from '../planSource.ts';
import { scenarioDocument } from '../state/scenarioFile.ts';
import { fullPaths } from './runSizes.ts';
import { MAIN_CHANNEL, PLAN_KEY } from './workerKeys.ts';

exposeInBrowserWorker();

async function prewarmEmbedded(): Promise<void> {
  const source = await loadDefaultPlan();
  const plan = await engineApi.loadPlan(source.json, source.file, PLAN_KEY, source.statistics);
  // As the page opens it (main.ts): the library's first scenario, 基准.
  const opened = scenarioLibrary(plan.meta.id)[0]?.scenario;
  if (!opened) return;
  engineApi.prewarm(PLAN_KEY, scenarioDocument(plan, opened), {
    paths: fullPaths(opened),
    channel: MAIN_CHANNEL,
  });
}

// A plan that fails here fails again when the page sends it, and the page reports it then.
prewarmEmbedded().catch(() => {});
