// The base-year values a plan still needs (基期待补), as a list to ask the statistics office for: it must name
// every base a waiting target waits for and nothing else, so that entering exactly the listed values gives
// every one of those targets a verdict, and the table sent out must read back as those values.
import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { baseRequests, waitingForBase } from '../../engine/evaluate/baseRequests.ts';
import { declaredUnknown } from '../../engine/plan/knownBase.ts';
import type { Actuals } from '../../engine/plan/scenarioSchema.ts';
import { baseRequestTable } from '../../engine/report/baseRequestTable.ts';
import { writeCsv } from '../../engine/report/writeCsv.ts';
import { runSync } from '../../engine/run/run.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';

const plan = yaohaiPlan();
const year = String(plan.meta.baseYear);
const waitingWith = (actuals: Actuals) =>
  waitingForBase(runSync(plan, { schema: 1, name: 'test', actuals } as never, { paths: 0 }).targets);
const unitOf = new Map(plan.indicators.map((i) => [i.id, i.unit]));
/** A share is held as a fraction: 33 typed under "%" is 0.33. */
const scaleOf = (id: string) => (unitOf.get(id) === '%' ? 0.01 : 1);
/** Every listed base entered, each as a plausible positive level in its own unit. */
const entered = (ids: readonly string[]): Actuals =>
  Object.fromEntries(ids.map((id, k) => [id, { [year]: (50 + k) * scaleOf(id) }]));

describe('baseRequests on the embedded plan', () => {
  const waiting = waitingWith({});
  const requests = baseRequests(plan, waiting);

  it('asks only for bases the plan declares unknown, each once, most-needed first', () => {
    expect(waiting.length).toBeGreaterThan(10);
    const ids = requests.map((r) => r.indicator);
    expect(new Set(ids).size).toBe(ids.length);
    const byId = new Map(plan.indicators.map((i) => [i.id, i]));
    for (const id of ids) expect(declaredUnknown(byId.get(id)!)).toBe(true);
    const counts = requests.map((r) => r.targets.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // The five pillar parts each hold up the pillar total, its growth and its share of GDP.
    expect(requests[0]!.targets.length).toBeGreaterThanOrEqual(3);
  });

  it('covers every waiting target and lists no target that has a verdict', () => {
    const listed = new Set(requests.flatMap((r) => r.targets));
    expect([...listed].sort()).toEqual([...waiting].sort());
  });

  it('is enough: with exactly the listed values entered, no target waits for a base', () => {
    expect(waitingWith(entered(requests.map((r) => r.indicator)))).toEqual([]);
  });

  it('drops a base once entered, and the targets that waited for it alone', () => {
    const one = requests.find((r) => r.indicator === 'individual_businesses')!;
    expect(one.targets.length).toBeGreaterThan(0);
    const actuals = entered(['individual_businesses']);
    const after = baseRequests(plan, waitingWith(actuals), actuals);
    expect(after.map((r) => r.indicator)).not.toContain('individual_businesses');
    for (const id of one.targets) expect(after.flatMap((r) => r.targets)).not.toContain(id);
    expect(after.length).toBe(requests.length - 1);
  });

  it('does not ask for an entered base even if the caller still lists its target as waiting', () => {
    const actuals = entered(['individual_businesses']);
    expect(baseRequests(plan, waiting, actuals).map((r) => r.indicator)).not.toContain(
      'individual_businesses',
    );
  });
});

describe('baseRequestTable', () => {
  const requests = baseRequests(plan, waitingWith({}));
  for (const lang of ['zh', 'en'] as const) {
    it(`reads back as the values written in its year column (${lang}), the note column passed over`, () => {
      const { fields, data } = baseRequestTable(plan, requests, lang);
      expect(fields[2]).toBe(lang === 'zh' ? `${year}年` : year);
      const filled = data.map((row, k) => row.map((cell, c) => (c === 2 ? String(10 + k) : cell)));
      const parsed = parseActuals(writeCsv(fields, filled), plan);
      expect(parsed.issues).toEqual([]);
      expect(parsed.actuals).toEqual(
        Object.fromEntries(
          requests.map((r, k) => [r.indicator, { [year]: (10 + k) * scaleOf(r.indicator) }]),
        ),
      );
    });
  }

  it('names the waiting targets in the note, in the page language', () => {
    const { data } = baseRequestTable(plan, requests, 'zh');
    const row = data.find((r) => r[0] === '个体工商户数')!;
    expect(row[1]).toBe('户');
    expect(row[2]).toBeNull();
    expect(row[3]).toMatch(/^待其判断的目标：.*新增工商户数5\.5万户/);
  });

  it('an unfilled table reads back as no values and no error', () => {
    const { fields, data } = baseRequestTable(plan, requests, 'zh');
    const parsed = parseActuals(writeCsv(fields, data), plan);
    expect(parsed.actuals).toEqual({});
    expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
