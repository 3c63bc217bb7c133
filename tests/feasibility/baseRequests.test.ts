// The base-year values a plan still needs (基期待补), as a list to ask the statistics office for: it must name
// every base a waiting target waits for and nothing else, so that entering exactly the listed values gives
// every one of those targets a verdict, and the table sent out must read back as those values.
import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { baseRequests, progressWaitingForBase, waitingForBase } from '../../engine/evaluate/baseRequests.ts';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { declaredUnknown } from '../../engine/plan/knownBase.ts';
import type { Actuals } from '../../engine/plan/scenarioSchema.ts';
import { baseRequestTable } from '../../engine/report/baseRequestTable.ts';
import { writeCsv } from '../../engine/report/writeCsv.ts';
import { runSync } from '../../engine/run/run.ts';
import { yaohaiPlan, yaohaiWithStatistics } from '../engine/planFixtures.ts';

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
      // A plausible figure each (a value thirty times off the level the plan prints is refused or questioned).
      const value = (id: string, k: number) => {
        const printed = plan.targets.find(
          (t) => t.kind === 'level' && t.indicator === id && (!t.unit || t.unit === unitOf.get(id)),
        )?.value;
        return typeof printed === 'number' ? Math.round(printed / 2 / scaleOf(id)) + k : 10 + k;
      };
      const filled = data.map((row, k) =>
        row.map((cell, c) => (c === 2 ? String(value(requests[k]!.indicator, k)) : cell)),
      );
      const parsed = parseActuals(writeCsv(fields, filled), plan);
      expect(parsed.issues).toEqual([]);
      expect(parsed.actuals).toEqual(
        Object.fromEntries(
          requests.map((r, k) => [r.indicator, { [year]: value(r.indicator, k) * scaleOf(r.indicator) }]),
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

// 高新技术企业 173 in 2023 (published) is judged on that figure, but its 完成进度 needs the 2020 count, which
// neither the plan nor the statistics give: the request lists it, marked, so the status 进度待补基期 has a place
// to be answered (孙科长).
describe('a base that only progress waits for', () => {
  const withStats = yaohaiWithStatistics();
  const run = (actuals: Actuals = {}) =>
    runSync(withStats, { schema: 1, name: 'test', actuals } as never, { paths: 0 }).targets;

  it('is asked for beside the bases verdicts wait for, naming the targets whose progress needs it', () => {
    const targets = run();
    const hte = targets.find((t) => t.id === 'high_tech_2025')!;
    expect(hte.needs).toBeNull();
    expect(hte.latest?.year).toBe(2023);
    expect(progressWaitingForBase(targets)).toContain('high_tech_2025');
    const requests = baseRequests(withStats, waitingForBase(targets), {}, progressWaitingForBase(targets));
    const r = requests.find((x) => x.indicator === 'high_tech_enterprises')!;
    expect(r.progress).toContain('high_tech_2025');
    expect(r.targets).not.toContain('high_tech_2025');
    const { data } = baseRequestTable(withStats, [r], 'zh');
    expect(data[0]![data[0]!.length - 1]).toContain('待其计算完成进度的目标：');
    // A quota measures no progress from a base; it is never listed for one.
    const quotas = new Set(withStats.targets.filter((t) => t.kind === 'quota').map((t) => t.id));
    for (const x of requests) for (const id of x.progress) expect(quotas.has(id)).toBe(false);
  });

  it('is no longer asked for once entered, and the evaluation then measures progress', async () => {
    const actuals = { high_tech_enterprises: { [year]: 120 } };
    const targets = run(actuals);
    const after = baseRequests(withStats, waitingForBase(targets), actuals, progressWaitingForBase(targets));
    expect(after.map((r) => r.indicator)).not.toContain('high_tech_enterprises');
    const ev = await evaluateTargets(withStats, null, actuals, { paths: 0 });
    expect(ev.targets.find((t) => t.id === 'high_tech_2025')!.progress).not.toBeNull();
  });
});
