// The analytics commands end to end through the CLI's own dispatcher (in process, output captured).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../engine/cli/main.ts';
import { fixturePath } from './fixturePlan.ts';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

afterEach(() => vi.restoreAllMocks());

const mini = fixturePath('mini.plan.json');

describe('analytics CLI', async () => {
  it('evaluate --format json prints the documented shape', async () => {
    const r = await cli(
      'evaluate',
      '--plan',
      mini,
      '--actuals',
      fixturePath('mini.actuals.tsv'),
      '--format',
      'json',
      '--paths',
      '300',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const t = out.targets.find((x: { id: string }) => x.id === 'pillar_2025');
    for (const key of [
      'id',
      'indicator',
      'year',
      'value',
      'base',
      'latest',
      'tau',
      'progress',
      'plannedPathRatio',
      'achievedCagr',
      'requiredCagr',
      'ratioR',
      'requiredGrowthRemaining',
      'pMet',
      'status',
    ]) {
      expect(t).toHaveProperty(key);
    }
    expect(t.latest).toEqual({ year: 2022, value: 488.59825 });
    expect(t.status).toBe('on-track');
    expect(out.summary.counts).toBeDefined();
    expect(out.summary.thresholds).toEqual({ ahead: 1.1, onTrack: 0.9, behind: 0.6 });
    expect(r.stderr).toContain('读取 7 个数值');
  });

  it('evaluate reports refused cells by row and column and --strict fails on them', async () => {
    const bad = fixturePath('mini.actuals-typo.tsv');
    const r = await cli('evaluate', '--plan', mini, '--actuals', bad, '--format', 'csv', '--paths', '100');
    expect(r.code).toBe(0);
    // In the language of the output (Chinese by default), row and column named.
    expect(r.stderr).toMatch(/错误：第3行第1列（指标）“高新技木企业数”：.*高新技术企业数/);
    const en = await cli(
      'evaluate',
      '--plan',
      mini,
      '--actuals',
      bad,
      '--format',
      'csv',
      '--paths',
      '100',
      '--lang',
      'en',
    );
    expect(en.stderr).toMatch(
      /error: row 3, column 1 \(指标\) "高新技木企业数": no such indicator in the plan; did you mean "高新技术企业数"/,
    );
    expect(r.stdout.split('\n')[0]).toMatch(/^目标编号,目标,目标年,单位,/);
    expect((await cli('evaluate', '--plan', mini, '--actuals', bad, '--strict')).code).toBe(1);
  });

  it("evaluate without --actuals measures the plan's own published statistics, or says it needs a file", async () => {
    const r = await cli('evaluate', '--format', 'json', '--paths', '200');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/no --actuals: evaluating the plan's own \d+ observed values/);
    const out = JSON.parse(r.stdout);
    const highTech = out.targets.find((x: { id: string }) => x.id === 'high_tech_2025');
    expect(highTech.latest).toEqual({ year: 2023, value: 173 });
    expect(highTech.latestSource).toBe('statistic');
    expect(out.actualsIssues).toEqual([]);
    const none = await cli('evaluate', '--plan', mini, '--paths', '100');
    expect(none.code).not.toBe(0);
    expect(none.stderr).toContain(
      '--actuals FILE is required: neither the plan (published statistics) nor the scenario carries observed values',
    );
  });

  it('check --format json: no findings on a consistent plan; findings with arithmetic on a planted one', async () => {
    const ok = await cli('check', '--plan', fixturePath('check-consistent.plan.json'), '--format', 'json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).findings).toEqual([]);
    const bad = await cli(
      'check',
      '--plan',
      fixturePath('check-planted.plan.json'),
      '--format',
      'json',
      '--fail-on',
      'error',
    );
    expect(bad.code).toBe(1);
    const f = JSON.parse(bad.stdout).findings[0];
    expect(Object.keys(f).sort()).toEqual([
      'arithmetic',
      'kind',
      'message',
      'sections',
      'severity',
      'targets',
    ]);
  });

  it('goalseek says plainly when nothing in range suffices (exit 3) and finds a value otherwise', async () => {
    const none = await cli(
      'goalseek',
      '--plan',
      mini,
      '--target',
      'pillar_share_2025',
      '--lever',
      'hte_subsidy',
      '--prob',
      '0.5',
      '--paths',
      '200',
    );
    expect(none.code).toBe(3);
    expect(none.stdout).toMatch(/^no-solution: no value of lever hte_subsidy in 0–4 suffices/);
    const seekGrowth = ['goalseek', '--plan', mini, '--target', 'pillar_2025', '--growth', 'g_output'];
    const found = await cli(...seekGrowth, '--deterministic', '--format', 'json');
    expect(found.code).toBe(0);
    expect(JSON.parse(found.stdout).value).toBeCloseTo((607 / 422.8) ** 0.2 - 1, 3);
    // The table reads a growth rate in its unit: "range 0%–15%, current 7%", not "0–0.15, current 0.07".
    const table = await cli(...seekGrowth, '--deterministic');
    expect(table.stdout.split('\n')[1]).toMatch(/range -?[\d.]+%–[\d.]+%, current [\d.]+%/);
    // A count's unit is said beside the parameter's name.
    const count = await cli(
      'goalseek',
      '--plan',
      mini,
      '--target',
      'hte_2025',
      '--growth',
      'hte_inflow',
      '--deterministic',
    );
    expect(count.stdout.split('\n')[1]).toMatch(/^parameter hte_inflow \(家\): range /);
    // 5,10 typed for 5%–10% had searched growth rates of 500%–1000%: refused up front, with what was meant.
    const far = await cli(...seekGrowth, '--deterministic', '--range', '5,10');
    expect(far.code).toBe(2);
    expect(far.stderr).toContain(
      '--range 5,10 lies outside the range the plan gives parameter g_output, -0.05–0.25',
    );
    expect(far.stderr).toContain('--range 0.05,0.1 or --range 5%,10%');
  });

  it('optimize and sensitivity run; bad arguments give a message and exit 2', async () => {
    const optimize = [
      'optimize',
      '--plan',
      mini,
      '--targets',
      'pillar_2025,hte_2025',
      '--prob',
      '0.9',
      '--paths',
      '300',
    ];
    const opt = await cli(...optimize, '--format', 'json');
    expect(opt.code).toBe(0);
    expect(JSON.parse(opt.stdout).status).toMatch(/optimal|already-met/);
    // A lever's cost per unit is over the whole run (the page's is a year's), grouped as the page writes it.
    const table = await cli(...optimize);
    expect(table.stdout).toContain('cost per unit, all years');
    expect(table.stdout).toMatch(/total fiscal cost to the target year [\d,]+(\.\d{1,2})? /);
    expect(table.stdout).not.toMatch(/\d\.00\b/);
    const sens = await cli('sensitivity', '--plan', mini, '--target', 'pillar_2025', '--paths', '300');
    expect(sens.code).toBe(0);
    expect(sens.stdout).toContain('g_output');
    // The median is the indicator's level, named as such (an increase target's +258 had read 909 家 bare).
    expect(sens.stdout).toMatch(/P\(met\) [\d.]+%, median of \S+ /);
    // attribute: the fund's and the growth's effects alone, from the plan to a scenario of both.
    const dir = mkdtempSync(join(tmpdir(), 'pp-attr-'));
    const to = join(dir, 'to.json');
    writeFileSync(
      to,
      JSON.stringify({
        format: 'planpath/scenario@1',
        name: { zh: '加力' },
        levers: { industry_fund: { intensity: 2 } },
        parameters: { g_gdp: { mean: 0.08, sd: 0 } },
      }),
    );
    const attr = await cli('attribute', '--plan', mini, '--to', to, '--paths', '300');
    expect(attr.code).toBe(0);
    expect(attr.stdout).toContain(
      'settings that differ (2): 产业扶持资金 (lever industry_fund); 地区生产总值增速 (parameter g_gdp)',
    );
    expect(attr.stdout).toMatch(/pillar_2025 .* \(lever industry_fund\) \+\d+\.\d/);
    const json = JSON.parse(
      (await cli('attribute', '--plan', mini, '--to', to, '--paths', '300', '--format', 'json')).stdout,
    );
    expect(json.runs).toBe(4);
    const usage = await cli('goalseek', '--plan', mini, '--target', 'pillar_2025');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('give exactly one of --lever ID or --growth PARAM_ID');
  });
});
