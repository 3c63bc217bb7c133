// The same in every output (issue 9): run, evaluate and plan JSON give each target baseSource and
// verdictBasis; the plan's statistics file is loaded by default, --statistics overrides it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.ts';
import { captureCli, tempFile } from '../cliInProcess.ts';

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
      expect(['data', 'derived', 'assumption', 'unknown-base']).toContain(t.verdictBasis);
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
  // 周科长: the targets CSV gave 社零 a P(met) of 0 where the page and the evaluation's files say 已定.
  it('run --of targets leaves P(met) empty for a target an observed year settled', async () => {
    const { code, stdout } = await captureCli(main, [
      'run',
      '--paths',
      '200',
      '--seed',
      '1',
      '--of',
      'targets',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const row = stdout.split('\n').find((l) => l.startsWith('retail_sales_2025,'))!;
    expect(row.split(',')[4]).toBe('');
    expect(row).toContain('missed');
    // An open target keeps its chance.
    const open = stdout.split('\n').find((l) => l.startsWith('high_tech_2025,'))!;
    expect(open.split(',')[4]).toMatch(/^\d/);
  });

  // A tester: incubators_new read 33.1 in pmet_percent and "达成概率 33%" in the sentence beside it.
  it('run --of targets: a chance quoted in the verdict reads as the P(met) column beside it', async () => {
    const { code, stdout } = await captureCli(main, [
      'run',
      '--paths',
      '2000',
      '--of',
      'targets',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(stdout.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    let quoted = 0;
    for (const row of rows) {
      const said = /达成概率 ([<>]?[\d.]+)%/.exec(row.verdict_text ?? '');
      if (!said || !row.pmet_percent) continue;
      quoted++;
      expect(Number(said[1]), row.target).toBe(Number(row.pmet_percent));
    }
    // The embedded plan's count targets without a record of delivery each quote their chance.
    expect(quoted).toBeGreaterThan(5);
    // A ratio not simulated as a share says so in its basis, as the table does (a tester: it read unknown-base).
    expect(rows.find((r) => r.target === 'service_share_2025')?.basis).toBe('not-comparable');
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

// A file the page exported carries the page's path count, so the CLI reproduces the page; and evaluate says
// what it evaluates when the scenario enters values (it had said only the plan's published ones counted).
describe('a scenario file exported by the page, read by the CLI', () => {
  const exported = {
    format: 'planpath/scenario@1',
    name: { zh: '方案甲' },
    paths: 5000,
    actuals: { five_up_enterprises: { '2022': 740, '2023': 780 } },
  };
  const file = tempFile('a.scenario.json', JSON.stringify(exported));

  it('runs the paths the file states', async () => {
    const { code, stdout } = await captureCli(main, [
      'run',
      '--scenario',
      file,
      '--horizon',
      '2025',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).paths).toBe(5000);
    const help = await captureCli(main, ['help']);
    expect(help.stdout).toContain('The page runs 5000');
  });

  it('evaluate writes a CSV file with a BOM, and none to stdout', async () => {
    const out = tempFile('e.csv', '');
    const toFile = await captureCli(main, [
      'evaluate',
      '--scenario',
      file,
      '--paths',
      '0',
      '--format',
      'csv',
      '--out',
      out,
    ]);
    expect(toFile.code).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('\uFEFF目标')).toBe(true);
    const piped = await captureCli(main, ['evaluate', '--scenario', file, '--paths', '0', '--format', 'csv']);
    expect(piped.stdout.startsWith('\uFEFF')).toBe(false);
  });

  it('evaluate names the scenario’s entered values when no --actuals is given', async () => {
    const { code, stderr } = await captureCli(main, [
      'evaluate',
      '--scenario',
      file,
      '--paths',
      '0',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain("evaluating the scenario's 2 entered values");
  });
});
