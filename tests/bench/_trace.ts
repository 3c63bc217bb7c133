import { launch, newContext, ORIGIN, startServer, waitIdle } from '../e2e/harness.ts';
import type { TraceEvent } from './mainThreadTasks.ts';

const server = await startServer();
const browser = await launch();
const outside: string[] = [];
const agg = new Map<string, number>();
const LOADS = 3;
let mainCpu = 0;
for (let r = 0; r < LOADS; r++) {
  const context = await newContext(browser, outside);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories:
      'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack,v8',
    transferMode: 'ReportEvents',
  });
  await page.goto(`${ORIGIN}/`);
  await waitIdle(page);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  const paints = new Map<string, number>();
  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  for (const e of events) if (e.name === 'Paint') paints.set(key(e), (paints.get(key(e)) ?? 0) + 1);
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  mains.sort((a, b) => (paints.get(key(b)) ?? 0) - (paints.get(key(a)) ?? 0));
  const main = key(mains[0]!);
  const onMain = events.filter((e) => e.ph === 'X' && key(e) === main && e.dur);
  // self time per event name: tdur minus children tdur (events nest by ts/dur)
  onMain.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const stack: TraceEvent[] = [];
  const self = new Map<TraceEvent, number>();
  for (const e of onMain) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
    const c = (e.tdur ?? e.dur!) / 1000;
    self.set(e, c);
    if (stack.length) {
      const p = stack.at(-1)!;
      self.set(p, self.get(p)! - c);
    }
    stack.push(e);
  }
  for (const [e, ms] of self) {
    const d = e.args?.data;
    const label =
      e.name === 'FunctionCall' ||
      e.name === 'EvaluateScript' ||
      e.name === 'v8.compile' ||
      e.name === 'EventDispatch'
        ? `${e.name} ${d?.type ?? ''}`
        : e.name;
    agg.set(label, (agg.get(label) ?? 0) + ms);
  }
  if (r === 0) {
    for (const e of onMain.filter((e) => e.name === 'Layout')) {
      const parent = [...onMain]
        .reverse()
        .find(
          (p) => p !== e && p.ts <= e.ts && p.ts + p.dur! >= e.ts + e.dur! && p.name === 'v8.callFunction',
        );
      const b = (e.args as any)?.beginData ?? {};
      const st = b.stackTrace?.[0];
      console.log(
        'Layout',
        ((e.tdur ?? e.dur!) / 1000).toFixed(1),
        'ms dirty',
        b.dirtyObjects,
        'total',
        b.totalObjects,
        parent ? 'FORCED in JS' : '',
        st ? `${st.functionName}@${st.url?.split('/').pop()}:${st.lineNumber}:${st.columnNumber}` : '',
        'at',
        ((e.ts - onMain[0]!.ts) / 1000).toFixed(0),
      );
    }
  }
  mainCpu += onMain.filter((e) => e.name === 'RunTask').reduce((a, e) => a + (e.tdur ?? e.dur!) / 1000, 0);
  await context.close();
}
console.log('main-thread CPU per load (RunTask sum)', (mainCpu / LOADS).toFixed(0));
for (const [k, ms] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log((ms / LOADS).toFixed(1).padStart(8), k);
await browser.close();
await server.close();
