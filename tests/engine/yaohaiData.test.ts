// The embedded Yaohai data keeps its promises: plan figures as printed, no base taken from its own target,
// the plan's wording recorded, and a statistics file whose every value says where it was read.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readJson } from './planFixtures.ts';

interface Prov {
  kind: string;
  section?: string;
  figure?: string;
  formula?: string;
  rationale?: string;
  note?: string;
  publisher?: string;
  document?: string;
  date?: string;
  where?: string;
  phrase?: string;
}
interface Ind {
  id: string;
  unit: string;
  count?: boolean;
  base?: { value: number; provenance: Prov } | { unknown: true; note?: string };
  dynamics: { kind: string };
}
interface Tgt {
  id: string;
  indicator?: string;
  kind: string;
  value?: number | [number, number];
  comparator?: string;
  aspirational?: boolean;
  rateReading?: string;
  comparable?: false;
  provenance: Prov;
}
interface PlanJson {
  meta: { statistics?: string };
  indicators: Ind[];
  targets: Tgt[];
  parameters: { id: string; provenance: Prov }[];
  facts: { provenance: Prov }[];
}
interface StatsJson {
  format: string;
  series: {
    id: string;
    indicator?: string;
    unit: string;
    values: { year: number; value: number; provenance: Prov }[];
  }[];
  notFound: { what: string; searched: string }[];
}

const plan = readJson('seeds/yaohai.plan.json') as PlanJson;
const stats = readJson('seeds/yaohai.statistics.json') as StatsJson;
const indicators = new Map(plan.indicators.map((i) => [i.id, i]));

// The source document is not redistributed with the project: it lives beside the repository (shared/seeds).
// A clone made elsewhere (a temporary directory) finds it beside the repository it was cloned from, when that
// is a local path; PLANPATH_SOURCES points anywhere else.
const SOURCE = 'yaohai-sme-14th-five-year-plan.txt';
function sourceDirs(): string[] {
  const repo = fileURLToPath(new URL('../../', import.meta.url));
  const dirs = [resolve(repo, '../shared/seeds')];
  try {
    const origin = execFileSync('git', ['config', '--get', 'remote.origin.url'], {
      cwd: repo,
      encoding: 'utf8',
    });
    if (origin.trim().startsWith('/')) dirs.push(resolve(origin.trim(), '../shared/seeds'));
  } catch {
    // not a clone, or no git: the directory beside the repository is the only place to look
  }
  return process.env.PLANPATH_SOURCES ? [process.env.PLANPATH_SOURCES] : dirs;
}
const sourcePath =
  sourceDirs()
    .map((d) => join(d, SOURCE))
    .find((f) => existsSync(f)) ?? join(sourceDirs()[0]!, SOURCE);

function planProvenances(value: unknown, out: Prov[] = []): Prov[] {
  if (Array.isArray(value)) for (const v of value) planProvenances(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.kind === 'plan' && typeof o.figure === 'string') out.push(o as unknown as Prov);
    for (const v of Object.values(o)) planProvenances(v, out);
  }
  return out;
}

describe('the Yaohai plan data', () => {
  it('quotes every plan figure verbatim from the plan text', () => {
    expect(existsSync(sourcePath), `plan text not found at ${sourcePath} (set PLANPATH_SOURCES)`).toBe(true);
    const text = readFileSync(sourcePath, 'utf8');
    const { levers: _levers, ...rest } = plan as unknown as Record<string, unknown>; // levers cite the Hefei text
    const figures = planProvenances(rest).map((p) => p.figure!);
    expect(figures.length).toBeGreaterThan(70);
    expect(figures.filter((f) => !text.includes(f))).toEqual([]);
  });

  it('writes every plan note a Chinese report prints in Chinese (郑处长: "repeated in 三、(三)…" in a 中期评估)', () => {
    const notes = planProvenances(plan as unknown).map((p) => (p as { note?: unknown }).note);
    const chinese = (n: unknown) =>
      typeof n === 'string'
        ? /\p{Script=Han}/u.test(n) && !/^[A-Za-z]/.test(n)
        : /\p{Script=Han}/u.test(String((n as { zh?: string }).zh));
    expect(notes.filter((n) => n !== undefined && !chinese(n))).toEqual([]);
  });

  it('takes no base from its own target: a derived or assumed base never uses the target figure', () => {
    for (const t of plan.targets) {
      if (!t.indicator || typeof t.value !== 'number' || t.value === 0 || t.value === 1) continue;
      const base = indicators.get(t.indicator)?.base;
      if (!base || 'unknown' in base) continue;
      const p = base.provenance;
      if (p.kind === 'plan' || p.kind === 'statistic') continue;
      const printed = (t.provenance.figure ?? '').match(/\d+(\.\d+)?/g) ?? [];
      const said = `${p.formula ?? ''} ${p.rationale ?? ''}`;
      for (const n of printed)
        expect(said, `${t.indicator} base vs ${t.id}`).not.toMatch(new RegExp(`(^|[^\\d.])${n}([^\\d.]|$)`));
    }
  });

  // 周科长: fourteen bases of 0 read "derived: 0", a reading of the plan's clause (新增 since 2020) labelled as
  // arithmetic. A bare number is no derivation: such a base is an assumption with its rationale.
  it('derives no base from a bare number: a base read from the clause is an assumption, said so', () => {
    for (const i of plan.indicators) {
      const b = i.base;
      if (!b || !('value' in b)) continue;
      if (b.provenance.kind === 'derived') expect(b.provenance.formula, i.id).not.toMatch(/^\s*-?[\d.]+\s*$/);
    }
    const streets = indicators.get('national_featured_streets')!.base as { provenance: Prov };
    expect(streets.provenance.kind).toBe('assumption');
    expect(JSON.stringify(streets.provenance.rationale)).toContain('如2020年已有，请录入基期');
  });

  it('leaves a base the plan does not print as 基期待补 with a note, never a number', () => {
    const unknown = plan.indicators.filter((i) => i.base && 'unknown' in i.base);
    expect(unknown.length).toBeGreaterThan(20);
    for (const i of unknown) expect((i.base as { note?: string }).note, i.id).toMatch(/基期待补|统计层/);
  });

  it('records the wording: 约 one-sided, 超过 strict, 力争 aspirational, 15.27% arithmetic, 总产值/GDP not comparable', () => {
    const byId = new Map(plan.targets.map((t) => [t.id, t]));
    for (const t of plan.targets) {
      const f = t.provenance.figure ?? '';
      if (f.includes('力争')) expect(t.aspirational, t.id).toBe(true);
      if (/约\d/.test(f)) expect(t.comparator, t.id).toBe('~=');
    }
    // 超 that governs the count (not a revenue threshold "超1亿元" or "超过全市平均水平")
    expect(byId.get('culture_above_scale_2025')!.comparator).toBe('>');
    expect(byId.get('incubators_new')!.comparator).toBe('>');
    expect(byId.get('enterprises_growth_annual')!.rateReading).toBe('arithmetic');
    expect(byId.get('retail_sales_growth')!.rateReading).toBe('compound');
    expect(byId.get('service_share_2025')!.comparable).toBe(false);
    expect(byId.get('national_incubator_2025')!.kind).toBe('milestone');
    expect(indicators.get(byId.get('national_incubator_2025')!.indicator!)!.dynamics.kind).toBe('event');
  });

  it('draws quotas as counts whose mean is not the quota itself', () => {
    const params = readJson('seeds/yaohai.plan.json') as {
      indicators: { id: string; dynamics: { mean?: string } }[];
    };
    const quotas = plan.targets.filter((t) => t.kind === 'quota');
    expect(quotas.length).toBe(5);
    for (const q of quotas) {
      const flow = params.indicators.find((i) => i.id === q.indicator)!;
      expect(flow.dynamics.mean, q.id).toBeTruthy();
      expect(flow.dynamics.mean, q.id).not.toMatch(/^\s*[\d.]+\s*$/);
      expect(indicators.get(q.indicator!)!.count, q.id).toBe(true);
    }
  });

  // Its note had said the printed 50.78% held "by construction", while the page, with the published GDP of
  // 616亿元 as the base, showed 78.9% for 2020.
  it('says what the SME share of GDP comes to in 2020 with the statistics loaded, not only on the plan alone', () => {
    const base = (id: string) => {
      const b = indicators.get(id)!.base;
      return b && 'value' in b ? b.value : Number.NaN;
    };
    const gdp2020 = stats.series
      .find((s) => s.indicator === 'gdp')!
      .values.find((v) => v.year === 2020)!.value;
    const withStatistics = `${((100 * base('sme_value_added')) / gdp2020).toFixed(1)}%`;
    const planAlone = `${((100 * base('sme_value_added')) / base('gdp')).toFixed(2)}%`;
    const note = (
      readJson('seeds/yaohai.plan.json') as {
        indicators: { id: string; description: { zh: string; en: string } }[];
      }
    ).indicators.find((i) => i.id === 'sme_va_share')!.description;
    expect(planAlone).toBe('50.78%');
    expect(withStatistics).not.toBe(planAlone);
    for (const text of [note.zh, note.en]) {
      expect(text).toContain(planAlone);
      expect(text).toContain(withStatistics);
    }
  });
});

describe('the Yaohai statistics file', () => {
  it('is named by the plan and is a planpath/statistics@1 file', () => {
    expect(plan.meta.statistics).toBe('yaohai.statistics.json');
    expect(stats.format).toBe('planpath/statistics@1');
    expect(stats.notFound.length).toBeGreaterThan(5);
  });

  it('gives every value its full provenance: publisher, document, date, where, the phrase as printed', () => {
    for (const s of stats.series)
      for (const v of s.values) {
        if (v.provenance.kind === 'derived') continue; // below
        expect(v.provenance.kind, s.id).toBe('statistic');
        for (const key of ['publisher', 'document', 'date', 'where', 'phrase'] as const)
          expect((v.provenance[key] ?? '').trim(), `${s.id} ${v.year} ${key}`).not.toBe('');
      }
  });

  it('derives a value only from figures the file prints, quoting each phrase, with the arithmetic shown', () => {
    const phrases = new Set(
      stats.series.flatMap((s) =>
        s.values.flatMap((v) => (v.provenance.kind === 'statistic' ? [v.provenance.phrase] : [])),
      ),
    );
    const derived = stats.series.flatMap((s) =>
      s.values.flatMap((v) => (v.provenance.kind === 'derived' ? [{ s, v, p: v.provenance }] : [])),
    );
    expect(derived.map(({ s, v }) => `${s.id}:${v.year}`)).toEqual(['retail_sales:2025']);
    for (const { v, p } of derived) {
      const formula = p.formula ?? '';
      // The formula is the arithmetic alone; the phrases it rests on are quoted in its note, in both languages
      // (the English report had read "= 504.3：2020年…" with the Chinese sentence inside the formula).
      const note = (p.note ?? { zh: '', en: '' }) as { zh: string; en: string };
      const quoted = [...note.zh.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
      expect([...note.en.matchAll(/“([^”]+)”/g)].map((m) => m[1]!)).toEqual(quoted);
      expect(formula).not.toMatch(/[\u4e00-\u9fff]/u);
      expect(quoted.length).toBeGreaterThanOrEqual(2);
      for (const q of quoted) expect(phrases, q).toContain(q);
      // 435 × (1 + 3%)^5, to the one decimal the file keeps.
      expect(v.value).toBeCloseTo(435 * 1.03 ** 5, 1);
      expect(formula).toContain(`= ${v.value}`);
    }
  });

  it('maps a series to a plan indicator only with the same unit and one value a year', () => {
    const mapped = stats.series.filter((s) => s.indicator);
    expect(mapped.map((s) => s.indicator).sort()).toEqual(
      ['gdp', 'high_tech_enterprises', 'market_entities', 'retail_sales'].sort(),
    );
    for (const s of mapped) {
      expect(indicators.get(s.indicator!)?.unit, s.id).toBe(s.unit);
      const years = s.values.map((v) => v.year);
      expect(new Set(years).size, s.id).toBe(years.length);
    }
  });
});
