// Issue 12, items 1 and 5: a check that did not finish is never "valid", and a link never runs more paths
// than the page's own without asking.

import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { loadScenario, PlanError } from '../../engine/index.ts';
import { throwWithIssues } from '../../engine/worker/throwWithIssues.ts';
import type { App, Notice } from '../../notebook/app.ts';
import { encodeLink } from '../../notebook/share/linkCodec.ts';
import { LINK_PATH_LIMIT, limitLinkPaths } from '../../notebook/share/linkPathLimit.ts';
import { runWarningText } from '../../notebook/share/runWarningNotices.ts';
import { openLink, scenarioProblem } from '../../notebook/share/shareSync.ts';
import type { Working } from '../../notebook/state/scenarioOps.ts';
import { Store } from '../../notebook/state/store.ts';
import { goldenPlan, yaohaiPlan } from '../engine/planFixtures.ts';

function appWithEngine(checkScenario: (scenario: unknown) => Promise<unknown>): App {
  return { engine: { checkScenario }, payload: (s: unknown) => s } as unknown as App;
}
const abort = () => Object.assign(new Error('run cancelled'), { name: 'AbortError' });

describe('scenarioProblem', () => {
  it('reads a cancelled check as a problem, not as "no problem"', async () => {
    const app = appWithEngine(() => Promise.reject(abort()));
    const problem = await scenarioProblem(app, { name: { zh: 'x' }, levers: { a: { intensity: 999 } } });
    expect(problem).not.toBeNull();
    expect(problem!('zh')).toMatch(/中断/);
    expect(problem!('en')).toMatch(/interrupted/);
  });
  it('reads a check the restarted worker never answered as a problem', async () => {
    const app = appWithEngine(() => Promise.reject(new Error('the engine worker stopped')));
    expect(await scenarioProblem(app, { name: { zh: 'x' } })).not.toBeNull();
  });
  it('answers two checks at once each for its own scenario', async () => {
    const app = appWithEngine(async (s) => {
      if ((s as { name: { zh: string } }).name.zh === 'bad') throw new Error('refused');
    });
    const [good, bad] = await Promise.all([
      scenarioProblem(app, { name: { zh: 'good' } }),
      scenarioProblem(app, { name: { zh: 'bad' } }),
    ]);
    expect(good).toBeNull();
    expect(bad!('en')).toBe('refused');
  });
  it('passes the worker’s refusal on as the message', async () => {
    const app = appWithEngine(() => Promise.reject(new Error('levers.x.intensity: must lie in 0–3')));
    expect((await scenarioProblem(app, { name: { zh: 'x' } }))!('zh')).toContain('0–3');
  });
  it('says a refused scenario in the page’s language, naming the place and the value found', async () => {
    const plan = goldenPlan();
    const lever = plan.levers[0]!;
    let refusal: unknown;
    try {
      loadScenario(
        { format: 'planpath/scenario@1', name: { zh: 'x' }, levers: { [lever.id]: { intensity: 999 } } },
        'link',
        plan,
      );
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(PlanError);
    // As comlink delivers it from the worker: a plain Error with the file and issues copied on.
    throwWithIssues();
    const [sent] = Comlink.transferHandlers.get('throw')!.serialize({ value: refusal } as never);
    let received: unknown;
    try {
      Comlink.transferHandlers.get('throw')!.deserialize(sent);
    } catch (error) {
      received = error;
    }
    const app = appWithEngine(() => Promise.reject(received));
    const problem = (await scenarioProblem(app, { name: { zh: 'x' } }))!;
    const range = `${lever.intensity.min}–${lever.intensity.max}`;
    expect(problem('zh')).toContain(
      `政策杠杆“${lever.id}”的强度（levers.${lever.id}.intensity）：应在 ${range} 之间（收到 999）`,
    );
    expect(problem('en')).toContain(`levers.${lever.id}.intensity: must lie in ${range} (found 999)`);
  });
});

describe('limitLinkPaths', () => {
  it('opens a link asking for 200,000 paths at the page’s own count and remembers what it asked', () => {
    const { working, asked } = limitLinkPaths({ name: { zh: 'x' }, paths: 200_000, horizon: 2035 });
    expect(asked).toBe(200_000);
    expect(working.paths).toBeUndefined();
    expect(working.horizon).toBe(2035);
  });
  it('leaves a link within the limit as it is', () => {
    const s = { name: { zh: 'x' }, paths: LINK_PATH_LIMIT };
    expect(limitLinkPaths(s)).toEqual({ working: s, asked: null });
  });
});

describe('run warnings on the page', () => {
  it('name the indicator, the year and the cause in each language, never a blank', () => {
    const w = {
      code: 'nonFinite' as const,
      indicator: 'new_flow',
      year: 2021,
      value: 'Infinity' as const,
      deterministic: true,
      paths: 20,
      cause: { kind: 'formula' as const, field: 'formula', formula: 'new_firms / 0' },
    };
    expect(runWarningText(w, 'zh')).toBe(
      'new_flow 自 2021 年起无法计算（确定性路径）：其公式 new_firms / 0 得出无穷大（如除以 0）',
    );
    expect(runWarningText({ ...w, cause: { kind: 'input', from: 'gdp' } }, 'en')).toContain('it reads gdp');
    // With the plan, an actual outside the years is named as the plan names its indicator, not by its id.
    const outside = {
      code: 'actualsOutsideHorizon' as const,
      indicator: 'five_up_enterprises',
      year: 2026,
      first: 2020,
      last: 2025,
    };
    expect(runWarningText(outside, 'zh', yaohaiPlan())).toMatch(/^在库“五上”企业数 ?2026/);
  });
});

describe('openLink', () => {
  const planId = 'p';
  function linkApp(): { app: App; expected: Working[]; checked: unknown[] } {
    const expected: Working[] = [];
    const checked: unknown[] = [];
    const app = {
      plan: {
        meta: { id: planId, title: { zh: '瑶海测试规划' } },
        levers: [],
        parameters: [],
        indicators: [],
      },
      defaultScenario: { name: { zh: '基准' } },
      library: [],
      engine: { checkScenario: async (s: unknown) => void checked.push(s) },
      controller: { expect: (s: Working) => void expected.push(s) },
      payload: (s: unknown) => s,
      notices: new Store<Notice[], Record<string, never>>([], {}),
    } as unknown as App;
    return { app, expected, checked };
  }

  it('starts the run of what it opens: a link asking for 200,000 paths runs at the page’s own count', async () => {
    // The full run started while the link is checked (RunController.expect) is the one the page then asks
    // for. Started at the link's 200,000 paths, it grew the worker's memory by ≈ 180 MB (Node, RSS), which a
    // WebAssembly memory never gives back, before the page's own 5,000-path request cancelled it.
    const { app, expected, checked } = linkApp();
    const hash = await encodeLink({ plan: planId, name: { zh: '多' }, paths: 200_000 });
    const opened = await openLink(app, hash);
    expect(opened?.paths).toBeUndefined();
    expect(expected).toEqual([opened]);
    // The check reads the link as written: a count the format refuses is refused, not lowered.
    expect((checked[0] as Working).paths).toBe(200_000);
    expect(app.notices.get().map((n) => n.id)).toEqual(['link-paths']);
  });

  // A colleague's link says what it is; the page's own default reopened says nothing.
  it('says what a link opened sets apart from the default, and nothing for the default itself', async () => {
    const { app } = linkApp();
    await openLink(app, await encodeLink({ plan: planId, name: { zh: '基准' } }));
    expect(app.notices.get().map((n) => n.id)).toEqual([]);
    const shared = { plan: planId, name: { zh: '加录实际' }, actuals: { x: { '2023': 1 } } };
    await openLink(app, await encodeLink(shared));
    const notice = app.notices.get().find((n) => n.id === 'link-opened')!;
    expect(notice.text('zh')).toBe('您打开的是情景“加录实际”的链接：与“基准”相比，有 1 项设置不同。');
    expect(notice.items!('zh')[0]).toMatch(/^录入的实际数据：1 个数值（“基准”为 —）$/);
    expect(notice.actions).toHaveLength(1);
  });

  // A tester's saved plan was named by its id (imported-p13d8ro3je7), which no planner recognises.
  it('names the open plan by its title when a link is for another plan', async () => {
    const { app } = linkApp();
    await openLink(app, await encodeLink({ plan: 'nanling-2030', name: { zh: '南岭' } }));
    const notice = app.notices.get().find((n) => n.id === 'link')!;
    expect(notice.text('zh')).toContain(`本页打开的是“${app.plan.meta.title.zh}”`);
  });
});
