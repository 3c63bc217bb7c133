// The shipped plans and scenarios: each loads, validates and runs; every number carries provenance; the
// synthetic plan runs with no Yaohai-specific code.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { loadScenario } from '../../engine/plan/loadScenario.ts';
import type { Plan, Provenance } from '../../engine/plan/planSchema.ts';
import { proseText } from '../../engine/plan/proseText.ts';
import { runSync } from '../../engine/run/run.ts';
import { captureCli } from '../cliInProcess.ts';
import { proseNotes } from '../proseNotes.ts';
import { readJson } from './planFixtures.ts';

const root = new URL('../..', import.meta.url).pathname;
const plans: Record<string, Plan> = {
  yaohai: loadPlan(readJson('seeds/yaohai.plan.json'), 'seeds/yaohai.plan.json'),
  synthetic: loadPlan(readJson('seeds/synthetic.plan.json'), 'seeds/synthetic.plan.json'),
};
const scenarioFiles = readdirSync(`${root}scenarios`).filter((f) => f.endsWith('.json'));

/** Issue 9 added published statistics and entered figures to plan, derived and assumption. */
const KINDS = ['plan', 'derived', 'assumption', 'statistic', 'entered'];

function isSound(p: Provenance): boolean {
  if (p.kind === 'plan') return p.section.trim() !== '' && p.figure.trim() !== '';
  if (p.kind === 'derived') return p.formula.trim() !== '';
  if (p.kind === 'statistic')
    return [p.publisher, p.document, p.date, p.where, p.phrase].every((s) => s.trim() !== '');
  if (p.kind === 'entered') return true;
  return proseText(p.rationale).trim() !== '';
}

describe('the embedded Yaohai plan', () => {
  const plan = plans.yaohai!;
  it('gives every note and rationale in Chinese, its statistics too: the Chinese page shows no English-only prose', () => {
    const notes = [
      ...proseNotes(readJson('seeds/yaohai.plan.json'), 'plan'),
      ...proseNotes(readJson('seeds/yaohai.statistics.json'), 'statistics'),
    ];
    // Mostly Latin letters: English prose, not a Chinese note quoting an id or a formula.
    const english = notes
      .filter(({ value }) => {
        const zh = typeof value === 'string' ? value : (value as { zh?: string } | null)?.zh;
        if (typeof zh !== 'string') return false;
        const latin = zh.match(/[A-Za-z]/g)?.length ?? 0;
        const han = zh.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
        return latin > 2 * han;
      })
      .map((n) => n.at);
    expect(english).toEqual([]);
  });
  it('has the headline indicators', () => {
    const ids = new Set(plan.indicators.map((i) => i.id));
    for (const id of ['pillar_output', 'pillar_share', 'high_tech_enterprises', 'five_up_enterprises'])
      expect(ids).toContain(id);
  });
  it('cites the plan for its headline targets, figures as printed', () => {
    const pillar = plan.targets.find((t) => t.indicator === 'pillar_output' && t.kind === 'level')!;
    expect(pillar.value).toBe(607);
    expect(pillar.provenance.kind).toBe('plan');
    if (pillar.provenance.kind === 'plan') expect(pillar.provenance.figure).toContain('607');
    expect(plan.targets.length).toBeGreaterThanOrEqual(55);
  });
  it('marks qualitative targets as qualitative', () => {
    expect(plan.targets.filter((t) => t.kind === 'qualitative').length).toBeGreaterThan(0);
  });
  it('has sixteen Hefei levers, numbered 1–16', () => {
    expect(plan.levers.map((l) => l.number).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 16 }, (_, k) => k + 1),
    );
  });
});

describe.each(Object.entries(plans))('plan %s', (_, plan) => {
  it('gives every target, base, parameter, fact and lever effect a provenance of one of the three kinds', () => {
    const all: Provenance[] = [
      ...plan.targets.map((t) => t.provenance),
      ...plan.indicators.flatMap((i) => (i.base && 'value' in i.base ? [i.base.provenance] : [])),
      ...plan.parameters.map((p) => p.provenance),
      ...plan.facts.map((f) => f.provenance),
      ...plan.levers.flatMap((l) => [l.source, l.cost.provenance, ...l.effects.map((e) => e.provenance)]),
    ];
    for (const p of all) expect(isSound(p), JSON.stringify(p)).toBe(true);
  });
  it('simulates a path from the base year to the target year for every quantitative target', () => {
    const r = runSync(plan, null, { paths: 200, seed: 1 });
    const simulated = plan.targets.filter((t) => t.kind !== 'qualitative');
    expect(r.targets.map((t) => t.id).sort()).toEqual(simulated.map((t) => t.id).sort());
    for (const t of r.targets) {
      const all = r.indicators[t.indicator]!.deterministic;
      // A yearly count has no base-year draw.
      const isCount = plan.indicators.find((i) => i.id === t.indicator)?.dynamics.kind === 'count';
      const path = isCount ? all.slice(1) : all;
      expect(r.years[0]).toBe(plan.meta.baseYear);
      expect(r.years).toContain(t.year);
      // 基期待补: an indicator resting on a base the plan leaves unknown is NaN in every year, never a number.
      if (Number.isNaN(path[0]!) && plan.indicators.some((i) => i.base && 'unknown' in i.base)) {
        expect(Array.from(path).every(Number.isNaN), t.indicator).toBe(true);
        continue;
      }
      expect(Array.from(path).every(Number.isFinite), t.indicator).toBe(true);
      expect(t.pMet).not.toBeNull();
    }
  });
});

describe.each(scenarioFiles)('scenario %s', (file) => {
  const json = readJson(`scenarios/${file}`) as { plan?: string };
  const plan = Object.values(plans).find((p) => p.meta.id === json.plan) ?? plans.yaohai!;
  const planFile = plan === plans.synthetic ? 'seeds/synthetic.plan.json' : 'seeds/yaohai.plan.json';
  it('validates against its plan and describes itself in Chinese and English', () => {
    const s = loadScenario(json, file, plan);
    expect(s.description?.zh).toBeTruthy();
    expect(s.description?.en).toBeTruthy();
  });
  it('runs through the CLI', async () => {
    const { code, stdout: out } = await captureCli(main, [
      'run',
      '--plan',
      planFile,
      '--scenario',
      `scenarios/${file}`,
      '--paths',
      '100',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.years[0]).toBe(plan.meta.baseYear);
    expect(r.targets.length).toBeGreaterThan(0);
    for (const t of r.targets) expect(t.pMet === null || (t.pMet >= 0 && t.pMet <= 1)).toBe(true);
  });
});

describe('the synthetic plan', () => {
  it('is labelled synthetic', () => {
    expect(plans.synthetic!.meta.synthetic).toBe(true);
  });
  it('runs on an engine that names no Yaohai indicator in its code', () => {
    const yaohaiOnly = plans
      .yaohai!.indicators.map((i) => i.id)
      .filter((id) => !plans.synthetic!.indicators.some((s) => s.id === id));
    const sources = execFileSync('git', ['ls-files', 'engine'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(`${root}${f}`, 'utf8'));
    for (const id of yaohaiOnly) {
      for (const src of sources) expect(src.includes(`'${id}'`) || src.includes(`"${id}"`), id).toBe(false);
    }
  });
});

describe('plan --format json', () => {
  it('prints every indicator and target with a provenance of one of the five kinds', async () => {
    const { stdout } = await captureCli(main, ['plan', '--format', 'json']);
    const out = JSON.parse(stdout);
    expect(out.indicators.length).toBe(plans.yaohai!.indicators.length);
    for (const i of out.indicators) expect(KINDS, i.id).toContain(i.provenance.kind);
    for (const t of out.targets) expect(KINDS, t.id).toContain(t.provenance.kind);
    const gdp = out.indicators.find((i: { id: string }) => i.id === 'pillar_share');
    expect(gdp.provenance).toEqual({ kind: 'derived', formula: 'pillar_share = pillar_output / gdp' });
  });
  it('words a base to be entered in the catalogue, in the language asked for', async () => {
    const waiting = (out: { indicators: { base: { unknown?: boolean } | null; provenance: unknown }[] }) =>
      out.indicators.find((i) => i.base?.unknown === true)?.provenance;
    const zh = JSON.parse((await captureCli(main, ['plan', '--format', 'json'])).stdout);
    expect(waiting(zh)).toEqual({ kind: 'assumption', rationale: expect.stringMatching(/^基期待补：/) });
    const en = JSON.parse((await captureCli(main, ['plan', '--format', 'json', '--lang', 'en'])).stdout);
    expect(waiting(en)).toEqual({
      kind: 'assumption',
      rationale: expect.stringMatching(/^base to be entered/),
    });
    const table = (await captureCli(main, ['plan', '--lang', 'en'])).stdout;
    expect(table).toContain('Base to be entered');
    expect(table).not.toContain('基期待补');
  });
});
