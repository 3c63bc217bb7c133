// The renderer main thread's tasks from a Chromium trace, with the CPU time each used (the trace's thread
// clock, `tdur`) beside its wall time (`dur`). On a shared machine a task's wall time includes the time the
// thread waited for a core; its CPU time is the work our page gave it. Used by the browser bench.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** A Chromium trace event, with the fields the benches read. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    src_func?: string;
    elementCount?: number;
    data?: { type?: string; functionName?: string } & Record<string, unknown>;
  };
}

/** One of the longest tasks: its times, who posted it, and the trace events that took most of it. */
export interface LongTask {
  cpu: number;
  wall: number;
  what: string;
}

export interface TaskTimes {
  /** Wall and CPU milliseconds of every task run by the page's main thread. */
  wall: number[];
  cpu: number[];
  /** The longest tasks by CPU time, longest first. */
  longest: LongTask[];
}

/** What a task did: the function that posted it, and its inner events of 2 ms or more of CPU. */
function describe(task: TraceEvent, inside: TraceEvent[]): string {
  const end = task.ts + task.dur!;
  const within = inside.filter((e) => e.ts >= task.ts && e.ts < end && e !== task);
  const from = within.find((e) => e.name === 'ThreadControllerImpl::RunTask')?.args?.src_func ?? '?';
  const parts = within
    .filter((e) => e.name !== 'ThreadControllerImpl::RunTask' && (e.tdur ?? e.dur ?? 0) >= 2000)
    .map((e) => {
      const d = e.args?.data;
      const label = [e.name, d?.type, d?.functionName].filter(Boolean).join(' ');
      return `${label} ${((e.tdur ?? e.dur!) / 1000).toFixed(1)}`;
    });
  return `${from.replace(/\(.*$/, '').slice(0, 60)}: ${parts.join(', ') || 'no inner event over 2 ms'}`;
}

/** Starts tracing the page; the returned function stops and gives the main thread's tasks. */
export async function traceMainThread(
  context: BrowserContext,
  page: Page,
): Promise<() => Promise<TaskTimes>> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    // The page's main thread: of the renderer main threads, the one that painted most.
    const paints = new Map<string, number>();
    for (const e of events)
      if (e.name === 'Paint') paints.set(`${e.pid}:${e.tid}`, (paints.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
    const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
    mains.sort((a, b) => (paints.get(key(b)) ?? 0) - (paints.get(key(a)) ?? 0));
    const main = mains[0] ? key(mains[0]) : '';
    const onMain = events.filter((e) => e.ph === 'X' && key(e) === main && e.dur);
    const tasks = onMain.filter((e) => e.name === 'RunTask');
    const cpuOf = (e: TraceEvent) => (e.tdur ?? e.dur!) / 1000;
    return {
      wall: tasks.map((e) => e.dur! / 1000),
      cpu: tasks.map(cpuOf),
      longest: [...tasks]
        .sort((a, b) => cpuOf(b) - cpuOf(a))
        .slice(0, 3)
        .map((e) => ({ cpu: cpuOf(e), wall: e.dur! / 1000, what: describe(e, onMain) })),
    };
  };
}
