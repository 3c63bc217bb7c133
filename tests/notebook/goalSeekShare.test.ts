// The page's goal-seek on a share (研发投入强度, a percentage of GDP) through its own assumption: the answer had
// read "…年变化（按几率 s/(1−s) 计）至少取 21.4%/年", a rate of the odds no planner can use (tester, session
// 43). It is said in 个百分点/年 with the level reached in the target year, and where the points are counted from.
import { describe, expect, it } from 'vitest';
import { type GoalSeekResult, goalSeek } from '../../engine/index.ts';
import type { App } from '../../notebook/app.ts';
import { goalSeekShare } from '../../notebook/model/goalSeekShare.ts';
import { goalSeekSummary } from '../../notebook/views/analyticsSummary.ts';
import { planFromText } from '../extract/planFromText.ts';

const plan = planFromText(
  '到2025年，全社会研发经费投入占地区生产总值比重达到2.5%（2020年为1.8%）。全区地区生产总值年均增长7%，到2025年达到850亿元（2020年为612亿元）。',
  2025,
);
const shareTarget = plan.targets.find((t) => t.kind === 'share')!;
const app = { plan, scenario: { get: () => ({ name: { zh: '基准' } }) } } as unknown as App;

async function seek(): Promise<GoalSeekResult> {
  return goalSeek(plan, null, {
    target: shareTarget.id,
    variable: { kind: 'parameter', id: `g_${shareTarget.indicator}` },
    probability: 0.8,
    paths: 1000,
    seed: 1,
  });
}

describe('goalSeekShare', () => {
  it.each([
    ['zh', /至少取 \+0\.\d+ 个百分点\/年（2025年达到 2\.\d+%）/, /个百分点\/年自2020年基期值 1\.8% 起算/],
    ['en', /at least \+0\.\d+ pp a year \(2\.\d+% in 2025\)/, /counted from the base 1\.8% in 2020/],
  ] as const)(
    '%s: the answer in points a year and the level reached, never the odds (1,000 paths, seed 1)',
    async (lang, said, from) => {
      const r = await seek();
      const share = goalSeekShare(plan, r, lang)!;
      expect(share.odds).toBe(true);
      const sentence = goalSeekSummary(app, r, lang, 'X', (v) => share.value(v) ?? '—');
      expect(sentence).toMatch(said);
      expect(sentence).not.toMatch(/几率|odds|\d%\/年|%\/yr/);
      expect(share.from).toMatch(from);
      // The current value, as the scenario is: the share held at 1.8%.
      expect(share.value(r.current)).toMatch(
        /^0 (个百分点\/年（2025年达到 1\.8%）|pp a year \(1\.8% in 2025\))$/,
      );
      // Said in the odds' own terms, nothing repeats the answer beside it.
      expect(share.reached).toBeNull();
    },
  );

  it('says the level reached beside a variable in its own terms, and nothing for a target not in percent', async () => {
    const r = await seek();
    const own = goalSeekShare(plan, { ...r, variable: { kind: 'lever', id: 'x' } }, 'zh')!;
    expect(own.odds).toBe(false);
    expect(own.reached).toMatch(
      /^此时全社会研发经费投入占地区生产总值比重2025年达到 2\.\d+%，即每年 \+0\.\d+ 个百分点$/,
    );
    const gdp = plan.targets.find((t) => t.kind === 'level')!;
    const level = await goalSeek(plan, null, {
      target: gdp.id,
      variable: { kind: 'parameter', id: `g_${gdp.indicator}` },
      probability: null,
    });
    expect(goalSeekShare(plan, level, 'zh')).toBeNull();
  });
});

describe('goalSeekShare, the bracket', () => {
  it('says a bracket end as the level reached to three decimals, where points a year read alike', async () => {
    const r = await seek();
    const share = goalSeekShare(plan, r, 'zh')!;
    const [lo, hi] = r.bracket!;
    expect(share.bracketEnd(lo)).toMatch(/^2025年 2\.\d{3}%$/);
    expect(share.bracketEnd(lo)).not.toBe(share.bracketEnd(hi));
    expect(goalSeekShare(plan, r, 'en')!.bracketEnd(hi)).toMatch(/^2\.\d{3}% in 2025$/);
  });
});
