// What the main thread's longest tasks do while a slider is dragged (a diagnosis, not a test): the drags of
// the browser bench, traced and sampled by V8's profiler; for each of the longest tasks by CPU time, the
// trace events inside it (animation frame, timer, message, layout, style) and the functions that took its
// time. Build without minifying to read the names: `npx vite build --minify false`.
// Usage: npx tsx tests/bench/dragProfile.ts [--drags 5] [--top 8]
import { launch, newContext, ORIGIN, startServer, waitIdle } from '../e2e/harness.ts';
import type { TraceEvent } from './mainThreadTasks.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const DRAGS = arg('drags', 5);
const TOP = arg('top', 8);
const LEVER = 'hefei_07_services';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  parent?: number;
  children?: number[];
}

const server = await startServer();
const browser = await launch();
try {
  const context = await newContext(browser, []);
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/`);
  await waitIdle(page);
  // The plan-import section is fetched and mounted a second after the first full run: not part of a drag.
  await page.waitForSelector('#import', { state: 'attached', timeout: 20_000 }).catch(() => {});
  await page.waitForTimeout(3000);
  // A style to try (an experiment: `--css '.x { … }'`), added before the drags.
  const css = process.argv.indexOf('--css');
  if (css >= 0) await page.addStyleTag({ content: process.argv[css + 1]! });
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Tracing.start', {
    categories:
      'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8.execute',
    transferMode: 'ReportEvents',
  });
  const sampling = !process.argv.includes('--no-sampling');
  if (sampling) await cdp.send('Profiler.start');
  await page.evaluate(
    async ({ lever, drags }) => {
      const range = document.getElementById(`lever-${lever}-range`) as HTMLInputElement;
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const idle = () =>
        new Promise<void>((resolve) => {
          const check = () =>
            document.body.dataset.running === 'false' &&
            document.querySelector('#status [data-preview="false"]')
              ? resolve()
              : setTimeout(check, 20);
          check();
        });
      for (let d = 0; d < drags; d++) {
        const from = d % 2 ? 3 : 0;
        performance.mark(`drag ${d}`);
        for (let i = 0; i <= 30; i++) {
          range.value = String(from + ((d % 2 ? -3 : 3) * i) / 30);
          range.dispatchEvent(new Event('input', { bubbles: true }));
          await sleep(16);
        }
        performance.mark(`release ${d}`);
        range.dispatchEvent(new Event('change', { bubbles: true }));
        await sleep(50);
        await idle();
        await sleep(100);
      }
    },
    { lever: LEVER, drags: DRAGS },
  );
  const empty = { nodes: [], startTime: 0, samples: [], timeDeltas: [] };
  const { profile } = (sampling ? await cdp.send('Profiler.stop') : { profile: empty }) as unknown as {
    profile: { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };
  };
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await context.close();

  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const paints = new Map<string, number>();
  for (const e of events) if (e.name === 'Paint') paints.set(key(e), (paints.get(key(e)) ?? 0) + 1);
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  mains.sort((a, b) => (paints.get(key(b)) ?? 0) - (paints.get(key(a)) ?? 0));
  const main = mains[0] ? key(mains[0]) : '';
  const onMain = events.filter((e) => key(e) === main && e.ph === 'X' && e.dur);
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const marks = events
    .filter((e) => key(e) === main && /^(drag|release) \d+$/.test(e.name))
    .sort((a, b) => a.ts - b.ts);
  const phaseOf = (ts: number) => {
    let last = 'before';
    for (const m of marks) if (m.ts <= ts) last = m.name;
    return last;
  };

  // Profile samples on a timeline: each with its stack (leaf first).
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) nodes.get(c)!.parent = n.id;
  const name = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url.split('/').pop() ?? '';
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
  };
  let t = profile.startTime;
  const samples = profile.samples.map((id, i) => {
    t += profile.timeDeltas[i]!;
    return { ts: t, id };
  });
  const interval = 0.1; // ms per sample

  const during = tasks.filter((e) => phaseOf(e.ts) !== 'before');
  // Rendering per frame: the document's paint and the frame task's CPU time.
  const frames = onMain.filter((e) => e.name === 'PrePaint' && phaseOf(e.ts) !== 'before');
  const outerPaints = onMain.filter(
    (e) =>
      e.name === 'Paint' &&
      phaseOf(e.ts) !== 'before' &&
      !onMain.some(
        (p) =>
          p !== e && p.name === 'Paint' && p.ts <= e.ts && p.ts + p.dur! >= e.ts + e.dur! && p.dur! > e.dur!,
      ),
  );
  const paintCpu = outerPaints.reduce((a, e) => a + (e.tdur ?? e.dur!) / 1000, 0);
  console.log(
    `${frames.length} frames drawn; Paint ${paintCpu.toFixed(0)} ms CPU in all, ${(paintCpu / Math.max(1, frames.length)).toFixed(1)} ms a frame`,
  );
  const cpu = during.map((e) => (e.tdur ?? 0) / 1000).sort((a, b) => b - a);
  console.log(
    `tasks over 20 ms CPU: ${cpu.filter((x) => x > 20).length}, over 16 ms: ${cpu.filter((x) => x > 16).length}; longest: ${cpu
      .slice(0, 12)
      .map((x) => x.toFixed(1))
      .join(', ')}`,
  );
  const top = [...during].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, TOP);
  console.log(`${tasks.length} main-thread tasks; the ${TOP} longest by CPU:`);
  for (const task of top) {
    const end = task.ts + task.dur!;
    console.log(
      `\n=== ${((task.tdur ?? 0) / 1000).toFixed(1)} ms CPU, ${(task.dur! / 1000).toFixed(1)} ms wall, during ${phaseOf(task.ts)}`,
    );
    const inner = onMain.filter(
      (e) =>
        e !== task &&
        e.ts >= task.ts &&
        e.ts < end &&
        (e.tdur ?? e.dur!) > 300 &&
        e.name !== 'RunTask' &&
        e.name !== 'ThreadControllerImpl::RunTask',
    );
    for (const e of inner.slice(0, 24)) {
      const d = e.args?.data ?? {};
      const b = (e.args as { beginData?: Record<string, unknown> } | undefined)?.beginData ?? {};
      const what = [
        d.functionName,
        d.type,
        d.url && String(d.url).split('/').pop(),
        (e.args?.elementCount ?? d.elementCount) !== undefined &&
          `${e.args?.elementCount ?? d.elementCount} elements`,
        b.dirtyObjects !== undefined && `${b.dirtyObjects}/${b.totalObjects} objects dirty`,
      ]
        .filter(Boolean)
        .join(' ');
      console.log(
        `   ${e.name.padEnd(24)} ${((e.tdur ?? e.dur!) / 1000).toFixed(1).padStart(6)} ms  ${what}`,
      );
    }
    const names = new Map<string, number>();
    for (const e of events)
      if (key(e) === main && e.ts >= task.ts && e.ts < end)
        names.set(`${e.name}/${e.ph}`, (names.get(`${e.name}/${e.ph}`) ?? 0) + 1);
    const posted = onMain.filter(
      (e) =>
        e.ts >= task.ts &&
        e.ts < end &&
        (e.name === 'ThreadControllerImpl::RunTask' ||
          e.name === 'Receive mojo message' ||
          e.name === 'RunTask'),
    );
    if (process.argv.includes('--names'))
      for (const e of posted) console.log(`   ${e.name} args ${JSON.stringify(e.args).slice(0, 300)}`);
    if (process.argv.includes('--names'))
      console.log(`   events: ${[...names].map(([n, c]) => `${n}×${c}`).join(', ')}`);
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    for (const s of samples) {
      if (s.ts < task.ts || s.ts >= end) continue;
      let n = nodes.get(s.id)!;
      self.set(name(n), (self.get(name(n)) ?? 0) + interval);
      const seen = new Set<string>();
      for (;;) {
        const nm = name(n);
        if (!seen.has(nm)) incl.set(nm, (incl.get(nm) ?? 0) + interval);
        seen.add(nm);
        if (n.parent === undefined) break;
        n = nodes.get(n.parent)!;
      }
    }
    const show = (m: Map<string, number>, k: number) =>
      [...m]
        .filter(([nm]) => !nm.startsWith('(root)'))
        .sort((a, b) => b[1] - a[1])
        .slice(0, k)
        .map(([nm, ms]) => `     ${ms.toFixed(1).padStart(6)} ms  ${nm}`)
        .join('\n');
    console.log(`  self:\n${show(self, 12)}`);
    console.log(`  inclusive:\n${show(incl, 25)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
