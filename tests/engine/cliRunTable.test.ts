// `planpath run`'s text table reads as the page does: a share stored as 0.85 prints as 85 under "%", a
// 70 % target as "≥ 70%", counts in 万户, rates per year; and a target whose path cannot be computed (a
// base still to be entered) is not reported as missed.
import { describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.ts';
import { captureCli, tableRows as rows } from '../cliInProcess.ts';

describe('planpath run, text table', () => {
  it('shows shares × 100, targets in their own terms, and unknown where the path is unknown', async () => {
    const { code, stdout } = await captureCli(main, ['run', '--paths', '300', '--lang', 'zh']);
    expect(code).toBe(0);
    const r = rows(stdout);
    // sme_va_share: unit %, deterministic 2025 share of GDP shown as a percentage, not a fraction.
    const share = r.get('sme_va_share')!;
    expect(share[1]).toBe('%');
    expect(Number(share[2])).toBeGreaterThan(50);
    expect(Number(share[2])).toBeLessThan(120);
    // Printed in the plan as 70 %: the threshold reads so.
    expect(r.get('pillar_share_2025')![1]).toBe('≥ 70% (2025)');
    // An increase of 45,000 enterprises, in 万户 as a Chinese planner reads it.
    expect(r.get('enterprises_new')![1]).toBe('≥ +4.5 万户 (2025)');
    // A rate target as printed (15.27%, not a rounded 15.3%) and its measured rate, both per year.
    const annual = r.get('enterprises_growth_annual')!;
    expect(annual[1]).toBe('≥ +15.27%/年 (2025)');
    expect(annual[2]).toMatch(/^\+\d+(\.\d)?%\/年$/);
    // 基期待补: no path, so neither met nor missed.
    const pillar = r.get('pillar_output_2025')!;
    expect(pillar.slice(2, 5)).toEqual(['—', '—', '—']);
    // A count target with a computed path still says yes or no.
    expect(['yes', 'no']).toContain(r.get('five_up_net_increase')![3]);
  });

  it('reads in English with --lang en', async () => {
    const { stdout } = await captureCli(main, ['run', '--paths', '300', '--lang', 'en']);
    const r = rows(stdout);
    expect(r.get('enterprises_new')![1]).toBe('≥ +45,000 entities (2025)');
    expect(r.get('enterprises_growth_annual')![1]).toBe('≥ +15.27%/yr (2025)');
  });
});
