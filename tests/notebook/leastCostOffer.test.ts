// A plan imported from its text has no policy levers: the least-cost mix had said "请先在上方勾选至少一个目标"
// over an empty list (tester, session 43). Now it says the plan has no levers and what can be sought instead;
// the CLI's optimize likewise.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../engine/cli/main.ts';
import { t } from '../../notebook/i18n/t.ts';
import { leastCostOffer } from '../../notebook/model/leastCostOffer.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';
import { planFromText } from '../extract/planFromText.ts';

const imported = planFromText('到2025年，全区地区生产总值达到850亿元（2020年为612亿元）。', 2025);

describe('leastCostOffer', () => {
  it('says a plan with no levers has none, in both languages', () => {
    expect(imported.levers).toHaveLength(0);
    expect(leastCostOffer(imported, imported.targets)).toEqual({ kind: 'no-levers' });
    expect(t('zh', 'opt.noLevers')).toMatch(/没有政策杠杆.*只有增速等假设/);
    expect(t('en', 'opt.noLevers')).toMatch(
      /no policy levers.*Only growth and other assumptions can be sought/,
    );
  });

  it('offers the headline targets, or every one when the plan marks none', () => {
    const plan = yaohaiPlan();
    const offer = leastCostOffer(plan, plan.targets);
    expect(offer.kind === 'targets' && offer.targets.every((x) => x.headline)).toBe(true);
    const plain = plan.targets.map((x) => ({ ...x, headline: false }));
    expect(leastCostOffer(plan, plain)).toEqual({ kind: 'targets', targets: plain });
  });
});

describe('planpath optimize on a plan with no levers', () => {
  it('says so and names the assumptions goalseek can seek (exit 3)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'opt-nolevers-')), 'imported.plan.json');
    writeFileSync(file, JSON.stringify(imported));
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let code: number;
    try {
      code = await main([
        'optimize',
        '--plan',
        file,
        '--statistics',
        'none',
        '--targets',
        imported.targets[0]!.id,
      ]);
    } finally {
      vi.restoreAllMocks();
    }
    expect(code).toBe(3);
    expect(out).toMatch(/^no-levers: the plan has no policy levers/);
    expect(out).toContain(`--growth PARAM_ID (parameters: ${imported.parameters[0]!.id}`);
    expect(out).not.toMatch(/infeasible/);
  });
});
