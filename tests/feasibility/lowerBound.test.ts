// A published floor (市场主体突破23万户) is not the year's figure. Pinned as 230,000 it had been split among
// 注册企业 and 个体工商户 by simulated shares, and an entered 2023 注册企业数 read 存在风险 on that split alone.
import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { runSync } from '../../engine/run/run.ts';
import { yaohaiWithStatistics } from '../engine/planFixtures.ts';

describe('a statistic that is a lower bound', () => {
  const plan = yaohaiWithStatistics();

  it('is kept, with its phrase, but marked as a floor', () => {
    const entities = plan.observations.find((o) => o.indicator === 'market_entities' && o.year === 2025)!;
    expect(entities).toMatchObject({ value: 230000, provenance: { kind: 'statistic', lowerBound: true } });
  });

  it('pins no run and re-anchors no part', () => {
    const r = runSync(plan, null, { paths: 200, seed: 1 });
    expect(r.reanchored.filter((x) => x.indicator === 'market_entities')).toEqual([]);
    const k = r.years.indexOf(2025);
    expect(r.indicators.market_entities!.deterministic[k]).not.toBe(230000);
  });

  it('is no latest value to measure progress from', async () => {
    const ev = await evaluateTargets(plan, null, {}, { paths: 100, seed: 1 });
    expect(ev.targets.find((t) => t.id === 'market_entities_new')!.latest).toBeNull();
  });
});
