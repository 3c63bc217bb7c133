import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { runWarningMessage } from '../../engine/report/runWarningMessage.ts';
import { runSync } from '../../engine/run/run.ts';
import { withShareAsRatio, yaohaiPlan, yaohaiWithStatistics } from './planFixtures.ts';

// 周科长: 中小企业增加值占GDP比重 reached P95 100.6% in 2025 (SME value added from the plan over the published
// GDP), shown as an ordinary fan with no remark.
describe('a share computed as the ratio of two simulated indicators', () => {
  it('is said when its paths pass 100%, with the first year and the P95 (seed 1, 2,000 paths)', () => {
    const plan = withShareAsRatio(yaohaiWithStatistics());
    const r = runSync(plan, null, { paths: 2000, seed: 1, horizon: 2030 });
    const w = r.warnings.filter((x) => x.code === 'shareOutOfRange');
    expect(w.map((x) => x.indicator)).toEqual(['sme_va_share']);
    const first = w[0]!;
    if (first.code !== 'shareOutOfRange') throw new Error('unreachable');
    // The warning's year is the first whose P95 passes 1, and its value that P95.
    const q = r.indicators.sme_va_share!.quantiles.p95;
    const k = r.years.indexOf(first.year);
    expect(q[k]).toBe(first.value);
    expect(first.value).toBeGreaterThan(1);
    expect([...q.slice(0, k)].every((v) => v <= 1)).toBe(true);
    const zh = renderMessage('zh', runWarningMessage(first, plan));
    expect(zh).toContain(`中小企业增加值占GDP比重：${first.year}年起部分路径超过100%（P95 `);
    expect(zh).toContain('只作参考');
  });

  it('is not said on the plan alone, where the printed share holds in 2020', () => {
    const r = runSync(withShareAsRatio(yaohaiPlan()), null, { paths: 2000, seed: 1, horizon: 2030 });
    expect(r.warnings.filter((x) => x.code === 'shareOutOfRange')).toEqual([]);
    expect(r.indicators.sme_va_share!.deterministic[0]).toBeCloseTo(0.5078, 4);
  });
});

// A tester: with the statistics loaded the ratio read 78.9% in 2020 against the printed 50.78%, and passed 100%.
describe('the Yaohai SME share of GDP', () => {
  it('starts at the printed 50.78% with the statistics loaded, and stays within 0–100% to 2035', () => {
    const r = runSync(yaohaiWithStatistics(), null, { paths: 2000, seed: 1, horizon: 2035 });
    const share = r.indicators.sme_va_share!;
    expect(share.deterministic[0]).toBeCloseTo(0.5078, 10);
    expect(share.quantiles.p5[0]).toBeCloseTo(0.5078, 10);
    for (const k of ['p5', 'p50', 'p95'] as const)
      for (const v of share.quantiles[k]) {
        expect(v).toBeGreaterThan(0);
        expect(v).toBeLessThan(1);
      }
    expect(r.warnings.filter((w) => w.code === 'shareOutOfRange')).toEqual([]);
    // It moves with SME value added against GDP: on the deterministic path, its odds grow by their ratio of growths.
    const odds = r.indicators.sme_va_share_odds!.deterministic;
    const sme = r.indicators.sme_value_added!.deterministic;
    const gdp = r.indicators.gdp!.deterministic;
    for (let k = 1; k < odds.length; k++)
      expect(odds[k]! / odds[k - 1]!).toBeCloseTo(sme[k]! / sme[k - 1]! / (gdp[k]! / gdp[k - 1]!), 10);
  });
});
