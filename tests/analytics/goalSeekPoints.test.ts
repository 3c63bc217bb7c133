// A share target (研发投入强度, a percentage of GDP) sought through its own assumption: the answer is said in
// percentage points a year and the level reached in the target year. The import simulates such a share through
// its odds s/(1−s), and the answer had read "…年变化（按几率 s/(1−s) 计）至少取 21.4%/年", a rate no planner
// can use (tester, session 43).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../engine/cli/main.ts';
import { goalSeek } from '../../engine/search/goalSeek.ts';
import { goalSeekPoints } from '../../engine/search/goalSeekPoints.ts';
import { planFromText } from '../extract/planFromText.ts';

const plan = planFromText('到2025年，全社会研发经费投入占地区生产总值比重达到2.5%（2020年为1.8%）。', 2025);
const target = plan.targets[0]!;
const share = target.indicator!;

describe('goal-seek on a share through its odds', () => {
  it('reads the answer in points a year and the level reached (2,000 paths, seed 1)', async () => {
    const r = await goalSeek(plan, null, {
      target: target.id,
      variable: { kind: 'parameter', id: `g_${share}` },
      probability: 0.8,
      paths: 2000,
      seed: 1,
    });
    expect(r.status).toBe('found');
    expect(r.points).toMatchObject({ indicator: share, from: { year: 2020, observed: false }, year: 2025 });
    expect(r.points!.from.value).toBeCloseTo(0.018, 12);
    // The scenario as it is (odds unchanged, 0 ± 3%): the share stays at 1.8% on the deterministic path.
    expect(r.points!.current).toBeCloseTo(0.018, 9);
    const at = goalSeekPoints(r, r.value!)!;
    // P(met) ≥ 80% needs the central path above 2.5% (the spread of the years): the level reached is above it.
    expect(at.level).toBeGreaterThan(0.025);
    expect(at.level).toBeLessThan(0.035);
    expect(at.perYear).toBeCloseTo((at.level - 0.018) / 5, 12);
    // Its log line says points and the level, never the odds' rate.
    expect(r.message).toContain('pp/yr');
    expect(r.message).toContain('in 2025');
    expect(r.message).toMatch(/^parameter g_ind_01 = \+0\.\d+ pp\/yr, 2\.\d+% in 2025 is the smallest/);
  });

  it('has no points reading for a target not on a percentage', async () => {
    const gdp = planFromText('到2025年，全区地区生产总值达到850亿元（2020年为612亿元）。', 2025);
    const r = await goalSeek(gdp, null, {
      target: gdp.targets[0]!.id,
      variable: { kind: 'parameter', id: `g_${gdp.targets[0]!.indicator}` },
      probability: null,
    });
    expect(r.points).toBeUndefined();
    expect(goalSeekPoints(r, r.value!)).toBeNull();
  });
});

describe('planpath goalseek on a share through its odds', () => {
  it('prints points a year and the level reached, never the odds rate (1,000 paths, seed 1)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gs-points-')), 'share.plan.json');
    writeFileSync(file, JSON.stringify(plan));
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const args = ['--plan', file, '--statistics', 'none', '--target', target.id, '--growth', `g_${share}`];
      expect(await main(['goalseek', ...args, '--paths', '1000'])).toBe(0);
    } finally {
      vi.restoreAllMocks();
    }
    expect(out).toContain(`${share} pp/yr`);
    expect(out).toContain('level 2025');
    expect(out).toContain('points a year from the base 1.8% in 2020');
    // The range and the current value in points too: 0 pp/yr (1.8% in 2025) as the scenario is.
    expect(out).toContain('current 0 pp/yr (1.8% in 2025)');
    // No column of the odds' rate (9.3%…), no range of −50%–100%.
    expect(out).not.toContain(`g_${share}  `);
    expect(out).not.toMatch(/range -50%/);
  });
});
