// The page tells its engine worker what it is about to open through the worker's name, which the worker can
// read the moment its script runs. A message would not do: Chromium holds messages for a worker whose script
// has not yet run until the page's main thread is free to pass them on, and the page starts its worker before
// its own code has loaded, to spend that time on the worker's script and first run (notebook/entry.ts).

/** What a page opens, as its worker is told at start. */
export interface WorkerBoot {
  /** The address's hash: a shared link's scenario, or '' for none. */
  link: string;
  /** The address names a plan of the planner's own (?plan=user:…), not the embedded one. */
  userPlan: boolean;
}

/** Every engine worker's name starts so (devtools lists workers by name). */
const ENGINE = 'planpath-engine';

export function workerName(boot: WorkerBoot | null): string {
  return boot ? `${ENGINE} ${JSON.stringify(boot)}` : ENGINE;
}

/** What the page said at start; null for a worker it started later (a restart) or a name not of this form. */
export function readWorkerName(name: string): WorkerBoot | null {
  if (!name.startsWith(`${ENGINE} `)) return null;
  try {
    const boot = JSON.parse(name.slice(ENGINE.length + 1)) as Partial<WorkerBoot> | null;
    if (typeof boot?.link !== 'string' || typeof boot.userPlan !== 'boolean') return null;
    return { link: boot.link, userPlan: boot.userPlan };
  } catch {
    return null;
  }
}

/** What the page at `address` opens. */
export function bootOf(address: { hash: string; search: string }): WorkerBoot {
  const plan = new URLSearchParams(address.search).get('plan');
  return { link: address.hash, userPlan: plan?.startsWith('user:') ?? false };
}
