// `planpath plan`'s table is for auditing: each figure reads as the plan prints it, beside its source — a
// share stored as 0.7635 as "76.35%", a yearly rate as "15.27%/年" — with every digit the plan gave.
import { describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.ts';
import { captureCli, tableRows as rows } from '../cliInProcess.ts';

describe('planpath plan, text table', () => {
  it('prints thresholds and bases as the plan prints them', async () => {
    const { code, stdout } = await captureCli(main, ['plan', '--format', 'table']);
    expect(code).toBe(0);
    const r = rows(stdout);
    const total = r.get('enterprises_growth_total')!;
    // Printed as the change over the period, though it is kept as 15.27% a year.
    expect(total[3]).toBe('≥ 76.35%（5年累计）');
    expect(total[4]).toContain('76.35%'); // the source quoted beside it
    expect(r.get('enterprises_growth_annual')![3]).toBe('≥ 15.27%/年');
    expect(r.get('enterprises_new')![3]).toBe('≥ 45000 户');
    expect(r.get('sme_value_added')![3]).toBe('485.72 亿元');
  });

  it('writes an amount in English in the scale of its unit: 616亿元 is 61.6 bn yuan', async () => {
    const { code, stdout } = await captureCli(main, ['plan', '--format', 'table', '--lang', 'en']);
    expect(code).toBe(0);
    const r = rows(stdout);
    // It read "485.72 bn yuan", ten times the plan's figure.
    expect(r.get('sme_value_added')![3]).toBe('48.572 bn yuan');
  });
});

// A tester's 城镇化率提高5个百分点 read "≥ 5%" here, a share of 5%.
describe('planpath plan, a share’s rise', () => {
  it('is written in points', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { extractTargets } = await import('../../engine/extract/index.ts');
    const { generatePlan } = await import('../../engine/generate/generatePlan.ts');
    const d = extractTargets('二、发展目标\n2020年，城镇化率63.2%。\n到2025年，城镇化率提高5个百分点。');
    const file = join(mkdtempSync(join(tmpdir(), 'pp-')), 'pp.plan.json');
    writeFileSync(
      file,
      JSON.stringify(generatePlan(d.targets, { facts: d.baseFacts, targetYear: 2025 }).plan),
    );
    const { code, stdout } = await captureCli(main, ['plan', '--plan', file, '--format', 'table']);
    expect(code).toBe(0);
    expect(rows(stdout).get('t_01')![3]).toBe('≥ +5 个百分点');
  });
});
