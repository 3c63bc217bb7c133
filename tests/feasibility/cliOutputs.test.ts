// The same in every output (issue 9): run, evaluate and plan JSON give each target baseSource and
// verdictBasis; the plan's statistics file is loaded by default, --statistics overrides it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.ts';
import { captureCli } from '../cliInProcess.ts';

const plan = 'tests/fixtures/feasibility/plan.json';

describe('CLI JSON', () => {
  it('run: every target has baseSource, verdictBasis and a verdict; the summary counts them', async () => {
    const { code, stdout } = await captureCli(main, [
      'run',
      '--plan',
      plan,
      '--paths',
      '200',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    for (const t of out.targets) {
      expect(['plan', 'statistic', 'entered', 'assumption', 'derived', 'unknown']).toContain(t.baseSource);
      expect(['data', 'assumption', 'unknown-base']).toContain(t.verdictBasis);
      expect(typeof t.verdict.code).toBe('string');
    }
    // meta.statistics was applied: GDP's base is the published figure, and its 2022 value pins the path.
    expect(out.targets.find((t: { id: string }) => t.id === 'gdp_cap').baseSource).toBe('statistic');
    expect(out.indicators.gdp.deterministic[2]).toBe(430);
    expect(out.targets.find((t: { id: string }) => t.id === 'c_2025')).toMatchObject({
      pMet: null,
      verdictBasis: 'unknown-base',
      needs: 'base',
    });
    expect(out.summary.basis['unknown-base']).toBe(2);
    expect(out.reanchored).toEqual([{ indicator: 'total', year: 2023, parts: ['part_a', 'part_b'] }]);
  });
  it('run --statistics none: the plan alone', async () => {
    const { stdout } = await captureCli(main, [
      'run',
      '--plan',
      plan,
      '--statistics',
      'none',
      '--paths',
      '0',
      '--format',
      'json',
    ]);
    const out = JSON.parse(stdout);
    expect(out.targets.find((t: { id: string }) => t.id === 'gdp_cap').baseSource).toBe('derived');
    expect(out.indicators.gdp.deterministic[0]).toBe(500);
  });
  it('plan and evaluate JSON carry the same fields', async () => {
    const p = JSON.parse((await captureCli(main, ['plan', '--plan', plan, '--format', 'json'])).stdout);
    expect(p.targets.find((t: { id: string }) => t.id === 'gdp_cap')).toMatchObject({
      baseSource: 'statistic',
      verdictBasis: 'data',
    });
    const dir = mkdtempSync(join(tmpdir(), 'feasibility-'));
    const actuals = join(dir, 'actuals.csv');
    writeFileSync(actuals, 'indicator,year,value\npart_a,2022,70\n');
    const e = await captureCli(main, [
      'evaluate',
      '--plan',
      plan,
      '--actuals',
      actuals,
      '--paths',
      '200',
      '--format',
      'json',
    ]);
    expect(e.code).toBe(0);
    const ev = JSON.parse(e.stdout);
    const a = ev.targets.find((t: { id: string }) => t.id === 'a_growth');
    expect(a).toMatchObject({ baseSource: 'plan', verdictBasis: 'data', aspirational: true });
    expect(ev.summary.verdicts.aspirational.basis.data).toBe(1);
  });
});
