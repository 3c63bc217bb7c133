// One seed, three places: in-process, a Node worker thread (comlink over worker_threads) and the CLI give
// identical numbers.
import { readFileSync } from 'node:fs';
import * as Comlink from 'comlink';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../engine/check/checkPlan.ts';
import { main } from '../../engine/cli/main.ts';
import { loadScenario } from '../../engine/plan/loadScenario.ts';
import { run } from '../../engine/run/run.ts';
import { QUANTILE_KEYS } from '../../engine/run/runTypes.ts';
import { createNodeEngine } from '../../engine/worker/createNodeEngine.ts';
import { captureCli } from '../cliInProcess.ts';
import { readJson, yaohaiPlan } from './planFixtures.ts';

const plan = yaohaiPlan();
const scenarioJson = readJson('scenarios/downturn.json');
const options = { paths: 400, seed: 2026, horizon: 2030 };
const engine = createNodeEngine();
afterAll(() => engine.close());

describe('the same seed gives the same numbers everywhere', () => {
  // The CLI as a real process, on purpose: this test is about where the engine runs. One spawn of
  // `npx tsx` takes 4–7 s on a busy two-core machine; the bound below is generous and asserts no speed.
  it('in-process = Node worker = CLI', async () => {
    const local = await run(plan, loadScenario(scenarioJson, 'downturn', plan), options);

    await engine.api.loadPlan(readJson('seeds/yaohai.plan.json'), 'yaohai.plan.json', 'yaohai');
    const progress: number[] = [];
    const remote = await engine.api.run(
      'yaohai',
      scenarioJson,
      options,
      Comlink.proxy((p: { done: number }) => void progress.push(p.done)),
    );

    // The same plan everywhere: the CLI applies the plan's statistics file by default (issue 9), so here
    // it runs on the plan alone, as the in-process and worker runs do.
    const { stdout } = await captureCli(main, [
      'run',
      '--statistics',
      'none',
      '--scenario',
      'scenarios/downturn.json',
      '--paths',
      '400',
      '--seed',
      '2026',
      '--horizon',
      '2030',
      '--format',
      'json',
    ]);
    const cli = JSON.parse(stdout);

    expect(remote.years).toEqual(local.years);
    expect(cli.years).toEqual(local.years);
    for (const [id, ind] of Object.entries(local.indicators)) {
      for (const k of QUANTILE_KEYS) {
        expect(Array.from(remote.indicators[id]!.quantiles[k]), `${id} ${k} worker`).toEqual(
          Array.from(ind.quantiles[k]),
        );
        expect(cli.indicators[id].quantiles[k], `${id} ${k} cli`).toEqual(
          Array.from(ind.quantiles[k], (v) => (Number.isFinite(v) ? v : null)),
        );
      }
    }
    expect(remote.targets.map((t) => t.pMet)).toEqual(local.targets.map((t) => t.pMet));
    expect(cli.targets.map((t: { pMet: number }) => t.pMet)).toEqual(local.targets.map((t) => t.pMet));
    expect(
      readFileSync(new URL('../../seeds/yaohai.plan.json', import.meta.url), 'utf8').length,
    ).toBeGreaterThan(0);
  }, 180_000);

  it('the analytics run in the worker too, with the same results', async () => {
    await engine.api.loadPlan(readJson('seeds/yaohai.plan.json'), 'yaohai.plan.json', 'yaohai');
    const remote = await engine.api.checkPlan('yaohai');
    expect(remote.findings).toEqual(checkPlan(plan).findings);
    const seek = await engine.api.goalSeek('yaohai', 'seek', null, {
      target: 'pillar_output_2025',
      variable: { kind: 'parameter', id: 'g_ict' },
      probability: 0.6,
      paths: 300,
    });
    expect(seek.evaluations.length).toBeGreaterThan(0);
  });

  it('a new run on a channel cancels the stale one', async () => {
    await engine.api.loadPlan(readJson('seeds/yaohai.plan.json'), 'yaohai.plan.json', 'yaohai');
    const stale = engine.api.run('yaohai', null, { paths: 20_000, horizon: 2035, channel: 'slider' });
    const fresh = engine.api.run('yaohai', null, { paths: 100, horizon: 2025, channel: 'slider' });
    await expect(stale).rejects.toThrow(/cancelled/);
    expect((await fresh).paths).toBe(100);
  });
});
