// Target years already past with no actual for that year: their verdicts are the model's estimate of a year
// that has happened. The request lists each such target's indicator in its year — nothing settled, nothing
// already observed — and entering exactly what it lists leaves nothing to ask for.
import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { pastYearRequests } from '../../engine/evaluate/pastYearRequests.ts';
import type { Actuals } from '../../engine/plan/scenarioSchema.ts';
import { baseRequestTable } from '../../engine/report/baseRequestTable.ts';
import { writeCsv } from '../../engine/report/writeCsv.ts';
import { runSync } from '../../engine/run/run.ts';
import { yaohaiWithStatistics } from '../engine/planFixtures.ts';

const plan = yaohaiWithStatistics();
const targetsWith = (actuals: Actuals) =>
  runSync(plan, { schema: 1, name: 'test', actuals } as never, { paths: 0 }).targets;

describe('pastYearRequests on the embedded plan, late in 2026', () => {
  const targets = targetsWith({});
  const requests = pastYearRequests(plan, targets, 2026);

  it('asks for the target-year value of every unsettled target due before the current year, once each', () => {
    expect(requests.length).toBeGreaterThan(10);
    for (const r of requests) expect(r.year).toBeLessThan(2026);
    const keys = requests.map((r) => `${r.indicator}:${r.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    const asked = new Set(requests.flatMap((r) => r.targets));
    // 社零 is settled by its derived 2025 level; 市场主体's published 2025 figure is a floor (突破23万户), so the
    // figure itself is still asked for.
    expect(asked.has('retail_sales_2025')).toBe(false);
    expect(requests.some((r) => r.indicator === 'market_entities' && r.year === 2025)).toBe(true);
    expect(asked.has('five_up_net_increase')).toBe(true);
    // Nothing is past in 2025 itself.
    expect(pastYearRequests(plan, targets, 2025)).toEqual([]);
  });

  it('asks for nothing more once every listed value is entered', () => {
    const entered: Actuals = {};
    for (const r of requests) entered[r.indicator] = { ...entered[r.indicator], [r.year]: 1 };
    expect(pastYearRequests(plan, targetsWith(entered), 2026, entered)).toEqual([]);
  });

  it('downloads as a table that, filled in, reads back as those values', () => {
    const { fields, data } = baseRequestTable(plan, requests, 'zh');
    const years = [...new Set(requests.map((r) => r.year))].sort();
    expect(fields).toEqual(['指标', '单位', ...years.map((y) => `${y}年`), '说明']);
    const row = data.findIndex((d) => d[0] === '在库“五上”企业数');
    expect(row).toBeGreaterThanOrEqual(0);
    const at = fields.indexOf('2025年');
    const filled = data.map((d, k) => (k === row ? d.map((c, j) => (j === at ? '820' : c)) : d));
    const parsed = parseActuals(writeCsv(fields, filled), plan);
    expect(parsed.actuals).toEqual({ five_up_enterprises: { '2025': 820 } });
  });
});
