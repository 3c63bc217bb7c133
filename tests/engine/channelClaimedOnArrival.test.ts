// A call on a channel claims it as it arrives, before it loads the code it runs: claimed after that load, a
// cancel sent meanwhile stopped nothing, and a request and the next could take the channel in the other order
// (two loads of one chunk end in no set order) — the older then cancelled the newer, the one the page waited
// for, and the page's evaluation spun for good after a paste (CI, sessions 45–46).
import { describe, expect, it } from 'vitest';
import { engineApi } from '../../engine/worker/engineApi.ts';
import { readJson } from './planFixtures.ts';

const planJson = readJson('seeds/yaohai.plan.json');
const statistics = { json: readJson('seeds/yaohai.statistics.json'), file: 'seeds/yaohai.statistics.json' };
const KEY = 'channel-claim';
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'answered',
    (e: unknown) => (e instanceof Error ? e.name : String(e)),
  );

describe('a call on a channel', () => {
  it('is stopped by a cancel sent while it still loads its code', async () => {
    await engineApi.loadPlan(planJson, 'seeds/yaohai.plan.json', KEY, statistics);
    const evaluation = outcome(engineApi.evaluate(KEY, 'evaluate', null, {}, { paths: 40, seed: 3 }));
    engineApi.cancel('evaluate');
    expect(await evaluation).toBe('AbortError');
    const sought = outcome(
      engineApi.goalSeek(KEY, 'goalseek', null, {
        target: 'high_tech_2025',
        variable: { kind: 'parameter', id: 'g_gdp' },
        probability: 0.8,
        paths: 40,
      } as never),
    );
    engineApi.cancel('goalseek');
    expect(await sought).toBe('AbortError');
  });

  it('gives the channel to the newer of two requests, whatever their loads do', async () => {
    await engineApi.loadPlan(planJson, 'seeds/yaohai.plan.json', KEY, statistics);
    const older = outcome(engineApi.evaluate(KEY, 'evaluate-2', null, {}, { paths: 40, seed: 3 }));
    const newer = outcome(engineApi.evaluate(KEY, 'evaluate-2', null, {}, { paths: 40, seed: 4 }));
    expect(await Promise.all([older, newer])).toEqual(['AbortError', 'answered']);
  });
});
