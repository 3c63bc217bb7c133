// A share is a part of a whole: its base cannot be 135% or −2%. The plan check says so, naming the indicator
// and the figure with where it came from, in both languages; a share within 0–100% says nothing.
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../engine/check/checkPlan.ts';
import { renderFindings } from '../../engine/check/renderFindings.ts';
import { planFromTable } from '../extract/planFromTable.ts';
import { planFromText } from '../extract/planFromText.ts';

const header = '指标,单位,基期年,基期值,目标年,目标值';
const rangeFindings = (plan: Parameters<typeof checkPlan>[0]) =>
  checkPlan(plan).findings.filter((f) => f.kind === 'share-out-of-range');

describe('a share whose base lies outside 0–100%', () => {
  it('is a contradiction naming the indicator and the entered base, in zh and en', () => {
    const plan = planFromTable([header, '设施利用率,%,2020,135,2025,80'], 2025);
    const found = rangeFindings(plan);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('error');
    const [zh] = renderFindings(found, 'zh');
    expect(zh!.message).toContain('设施利用率');
    expect(zh!.message).toContain('135%');
    expect(zh!.message).toContain('录入');
    expect(zh!.arithmetic).toContain('135% > 100%');
    // No English note of the entry in the Chinese line (it had read “entered · 目标表第4行…”).
    expect(zh!.arithmetic).not.toMatch(/[A-Za-z]/);
    const [en] = renderFindings(found, 'en');
    expect(en!.message).toContain('135%');
    expect(en!.message).toMatch(/outside 0%–100%/);
  });

  it('quotes a printed base, and refuses one below nothing', () => {
    const printed = planFromText('二、主要目标\n到2025年，设施利用率达到85%（2020年为112%）。', 2025);
    const [f] = renderFindings(rangeFindings(printed), 'zh');
    expect(f!.message).toContain('112%');
    expect(f!.message).toContain('规划原文');
    const negative = planFromTable([header, '设施利用率,%,2020,-4,2025,10'], 2025);
    expect(renderFindings(rangeFindings(negative), 'en')[0]!.arithmetic).toContain('< 0%');
  });

  it('says nothing of a share within range, nor of an amount', () => {
    expect(rangeFindings(planFromTable([header, '设施利用率,%,2020,64,2025,80'], 2025))).toEqual([]);
    expect(rangeFindings(planFromTable([header, '地区生产总值,亿元,2020,135,2025,180'], 2025))).toEqual([]);
  });
});
