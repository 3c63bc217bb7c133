import { describe, expect, it } from 'vitest';
import { cagr } from '../../engine/evaluate/cagr.ts';
import { classifyStatus, DEFAULT_STATUS_THRESHOLDS } from '../../engine/evaluate/classifyStatus.ts';
import { escapCategory } from '../../engine/evaluate/escapCategory.ts';
import { remainingFromLatest } from '../../engine/evaluate/remainingFromLatest.ts';
import { targetProgress } from '../../engine/evaluate/targetProgress.ts';

const base = { comparator: '>=' as const, baseYear: 2020, targetYear: 2025 };

describe('cagr', () => {
  it('is the compound annual rate, and undefined where it has no meaning', () => {
    expect(cagr(100, 121, 2)).toBeCloseTo(0.1, 12);
    expect(cagr(0, 10, 3)).toBeNull();
    expect(cagr(100, 120, 0)).toBeNull();
    expect(cagr(100, -5, 2)).toBeNull();
  });
});

describe('targetProgress, hand-worked', () => {
  it('a growth target exactly on its 7.5 %/yr planned path is on plan, though P < τ', () => {
    // 422.8 → 607 over 2020–2025; by 2022 the planned path is 422.8·1.075² = 488.5983.
    const x0 = 607 / 1.075 ** 5;
    const m = targetProgress({
      ...base,
      kind: 'level',
      value: 607,
      base: x0,
      latest: { year: 2022, value: x0 * 1.075 ** 2 },
      compound: true,
    });
    expect(m.tau).toBeCloseTo(0.4, 12);
    // P = (488.598 − 422.808)/(607 − 422.808) = 0.35718…, below τ = 0.4: the linear formula would say "behind".
    expect(m.progress).toBeCloseTo((x0 * 1.075 ** 2 - x0) / (607 - x0), 12);
    expect(m.progress!).toBeLessThan(m.tau!);
    expect(m.plannedPathRatio).toBeCloseTo(1, 12);
    expect(m.pace).toBeCloseTo(1, 12);
    expect(m.basis).toBe('planned-path');
    expect(m.achievedCagr).toBeCloseTo(0.075, 12);
    expect(m.requiredCagr).toBeCloseTo(0.075, 12);
    expect(m.ratioR).toBeCloseTo(1, 12);
    expect(m.escap).toBe('on-track');
    expect(m.requiredGrowthRemaining).toBeCloseTo(0.075, 12);
    expect(classifyStatus(m.pace, m.achieved)).toBe('on-track');
  });

  it('a growth-rate target: 100 at 10 %/yr, observed 115 after 2 years', () => {
    const m = targetProgress({
      ...base,
      kind: 'growth',
      value: 0.1,
      base: 100,
      latest: { year: 2022, value: 115 },
      compound: true,
    });
    const X = 100 * 1.1 ** 5; // 161.051
    expect(m.targetLevel).toBeCloseTo(161.051, 9);
    expect(m.progress).toBeCloseTo(15 / 61.051, 9); // 0.24570
    expect(m.plannedPathRatio).toBeCloseTo(115 / 121, 12); // 0.95041
    expect(m.pace).toBeCloseTo(15 / 21, 12); // 0.71429 → 滞后
    expect(m.achievedCagr).toBeCloseTo(Math.sqrt(1.15) - 1, 12); // 0.072381
    expect(m.requiredCagr).toBe(0.1);
    expect(m.ratioR).toBeCloseTo((Math.sqrt(1.15) - 1) / 0.1, 12); // 0.72381 → acceleration needed
    expect(m.escap).toBe('acceleration-needed');
    expect(m.requiredGrowthRemaining).toBeCloseTo((X / 115) ** (1 / 3) - 1, 12); // 0.11874
    expect(classifyStatus(m.pace, m.achieved)).toBe('behind');
  });

  it('a count target measured linearly: 60 → 200 high-tech firms, 130 by 2023', () => {
    const m = targetProgress({
      ...base,
      kind: 'level',
      value: 200,
      base: 60,
      latest: { year: 2023, value: 130 },
      compound: false,
    });
    expect(m.tau).toBeCloseTo(0.6, 12);
    expect(m.progress).toBeCloseTo(0.5, 12);
    expect(m.pace).toBeCloseTo(0.5 / 0.6, 12);
    expect(m.plannedPathRatio).toBeNull();
    expect(m.requiredChangeRemaining).toBeCloseTo(35, 12);
    expect(classifyStatus(m.pace, m.achieved)).toBe('behind');
  });

  it('a target already reached is achieved, whatever the pace', () => {
    const m = targetProgress({
      ...base,
      kind: 'level',
      value: 200,
      base: 60,
      latest: { year: 2023, value: 205 },
      compound: false,
    });
    expect(m.achieved).toBe(true);
    expect(m.escap).toBe('achieved');
    expect(classifyStatus(m.pace, m.achieved)).toBe('achieved');
  });

  it('a downward target: energy intensity 1.0 → 0.8, at 0.9 after 2 years', () => {
    const m = targetProgress({
      ...base,
      comparator: '<=',
      kind: 'level',
      value: 0.8,
      base: 1,
      latest: { year: 2022, value: 0.9 },
      compound: true,
    });
    expect(m.progress).toBeCloseTo(0.5, 12);
    const a = Math.sqrt(0.9) - 1;
    const r = 0.8 ** 0.2 - 1;
    expect(m.ratioR).toBeCloseTo(-a / Math.abs(r), 12); // both negative: moving the right way, R > 0
    expect(m.ratioR!).toBeGreaterThan(1);
    expect(m.pace).toBeCloseTo(0.1 / (1 - (1 + r) ** 2), 12);
  });

  it('an increase target: +150 over 60, observed 150 in 2022', () => {
    const m = targetProgress({
      ...base,
      kind: 'increase',
      value: 150,
      base: 60,
      latest: { year: 2022, value: 150 },
      compound: false,
    });
    expect(m.targetLevel).toBe(210);
    expect(m.progress).toBeCloseTo(0.6, 12);
    expect(m.pace).toBeCloseTo(1.5, 12);
    expect(classifyStatus(m.pace, m.achieved)).toBe('ahead');
  });

  it('a quota target: 30 a year, observed 35, 28, 40', () => {
    const flows = new Map([
      [2021, 35],
      [2022, 28],
      [2023, 40],
    ]);
    const m = targetProgress({
      ...base,
      kind: 'quota',
      value: 30,
      base: 0,
      latest: { year: 2023, value: 40 },
      compound: false,
      flows,
    });
    expect(m.targetLevel).toBe(150);
    expect(m.progress).toBeCloseTo(103 / 150, 12);
    expect(m.pace).toBeCloseTo(103 / 90, 12);
    expect(m.missedYears).toEqual([2022]);
    expect(m.note).toBeNull(); // every measure is there; the missed year is in missedYears
  });

  it('nothing to judge without an observation after the base year', () => {
    const m = targetProgress({ ...base, kind: 'level', value: 200, base: 60, latest: null, compound: false });
    expect(m.pace).toBeNull();
    expect(m.note).toEqual({ code: 'eval.note.noObservation' });
    expect(classifyStatus(m.pace, m.achieved)).toBeNull();
  });
});

// Judged as shown, to a tenth of a percent: R 94.999% reads 95.0% and is on track, not 需加速 beside "95%".
describe('ESCAP categories at their boundaries', () => {
  it.each([
    [0.95, 'on-track'],
    [0.94999, 'on-track'],
    [0.9494, 'acceleration-needed'],
    [0.6, 'acceleration-needed'],
    [0.5994, 'limited-progress'],
    [0, 'limited-progress'],
    [-0.0006, 'deterioration'],
    [3, 'on-track'],
  ])('R = %s → %s', (r, category) => {
    expect(escapCategory(r, false)).toBe(category);
  });
  it('achieved overrides R; no R, no category', () => {
    expect(escapCategory(-2, true)).toBe('achieved');
    expect(escapCategory(null, false)).toBeNull();
  });
});

// A pace is judged as it is shown, to a tenth of a percent: (33.4 − 32.5) ÷ (35 − 32.5) ÷ 0.4 computes to
// 0.8999999999999965, read 90.0%, and had been 滞后 under a legend saying 90–110% is 基本符合预期.
describe('status thresholds', () => {
  const t = DEFAULT_STATUS_THRESHOLDS;
  it.each([
    [t.ahead, 'ahead'],
    [t.ahead - 0.0006, 'on-track'],
    [t.onTrack, 'on-track'],
    [(33.4 - 32.5) / (35 - 32.5) / 0.4, 'on-track'],
    [t.onTrack - 0.0006, 'behind'],
    [t.behind, 'behind'],
    [t.behind - 0.0006, 'far-behind'],
    [-0.5, 'far-behind'],
  ])('pace %s → %s', (pace, status) => {
    expect(classifyStatus(pace, false)).toBe(status);
  });
  it('uses thresholds given by the caller', () => {
    expect(classifyStatus(0.85, false, { ahead: 1.2, onTrack: 0.8, behind: 0.5 })).toBe('on-track');
  });
});

// Reproduced from a district's plan: 城镇调查失业率控制在5.5%以内 from 5.1%, 5.0% in 2027, read 完成进度 −25%,
// 规划要求年均增速 +1.52% and 提前实现 for a 2030 cap. A ceiling the base already keeps has no way to go.
describe('a ceiling the base already keeps', () => {
  const cap = {
    comparator: '<=' as const,
    baseYear: 2025,
    targetYear: 2030,
    kind: 'share' as const,
    value: 0.055,
  };
  const at = (value: number) =>
    targetProgress({ ...cap, base: 0.051, latest: { year: 2027, value }, compound: false });

  it('measures no progress and is never achieved before its year: within the limit, or over it', () => {
    const held = at(0.05);
    expect(held.ceiling).toBe('within');
    expect(held.achieved).toBe(false);
    expect([held.progress, held.pace, held.requiredCagr, held.ratioR, held.requiredGrowthRemaining]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(held.note?.code).toBe('eval.note.ceilingKept');
    expect(classifyStatus(held.pace, held.achieved, DEFAULT_STATUS_THRESHOLDS, held.ceiling)).toBe('within');
    const over = at(0.058);
    expect(over.ceiling).toBe('breached');
    expect(classifyStatus(over.pace, over.achieved, DEFAULT_STATUS_THRESHOLDS, over.ceiling)).toBe(
      'breached',
    );
  });

  it('leaves a cap the base is above to its progress: PM2.5 from 32 down to 30 at most', () => {
    const m = targetProgress({
      ...cap,
      kind: 'level',
      value: 30,
      base: 32,
      latest: { year: 2027, value: 30.5 },
      compound: false,
    });
    expect(m.ceiling).toBeNull();
    expect(m.progress).toBeCloseTo(0.75, 12);
  });
});

// The Yaohai plan's 支柱产业占比70%以上 from an entered 430 ÷ 616 = 69.8%, 64.7% in 2023: 完成进度 read −2,598%
// and 增速达成率 −4,445%, a change divided by 0.2 points — less than the printed 70% rounds.
describe('a floor the base already reaches to within the target rounding', () => {
  const floor = {
    comparator: '>=' as const,
    baseYear: 2020,
    targetYear: 2025,
    kind: 'share' as const,
    value: 0.7,
    percent: true,
    compound: false,
  };
  const at = (base: number, value: number) =>
    targetProgress({ ...floor, base, latest: { year: 2023, value } });

  it('takes no ratio of changes, and is judged by its level: below the target, or met', () => {
    const below = at(0.698, 0.647);
    expect(below.floor).toBe('below');
    expect([below.progress, below.pace, below.ratioR]).toEqual([null, null, null]);
    expect(below.note?.code).toBe('eval.note.baseAtTarget');
    expect(below.requiredChangeRemaining).toBeCloseTo((0.7 - 0.647) / 2, 12);
    expect(classifyStatus(below.pace, below.achieved, DEFAULT_STATUS_THRESHOLDS, null, below.floor)).toBe(
      'behind',
    );
    const kept = at(0.698, 0.71);
    expect(kept.floor).toBe('met');
    expect(classifyStatus(kept.pace, kept.achieved, DEFAULT_STATUS_THRESHOLDS, null, kept.floor)).toBe(
      'achieved',
    );
  });

  it('measures progress as before where the way to go is more than rounding: 69.4% to 70%', () => {
    const m = at(0.694, 0.697);
    expect(m.floor).toBeNull();
    expect(m.progress).toBeCloseTo(0.5, 9);
  });
});

// A tester's 森林覆盖率保持在35%以上 from 34.6%: 34.7, 34.8, 34.9 entered for 2021–2023 read 滞后, a change of
// 0.1 point a year where 0.05 is still needed judged by the level alone.
describe('a floor within rounding of the base, closing on it', () => {
  const forest = (latest: number) =>
    targetProgress({
      comparator: '>=',
      baseYear: 2020,
      targetYear: 2025,
      kind: 'share',
      value: 0.35,
      percent: true,
      compound: false,
      base: 0.346,
      latest: { year: 2023, value: latest },
    });

  it('is on track while the pace so far covers what each year still needs, behind when not', () => {
    const closing = forest(0.349);
    expect(closing.floor).toBe('closing');
    expect(closing.requiredChangeRemaining).toBeCloseTo(0.0005, 12);
    expect(closing.note?.code).toBe('eval.note.baseNearTargetClosing');
    expect(
      classifyStatus(closing.pace, closing.achieved, DEFAULT_STATUS_THRESHOLDS, null, closing.floor),
    ).toBe('on-track');
    // 0.1 point in three years, 0.3 still to go in two: behind.
    const slow = forest(0.347);
    expect(slow.floor).toBe('below');
    expect(classifyStatus(slow.pace, slow.achieved, DEFAULT_STATUS_THRESHOLDS, null, slow.floor)).toBe(
      'behind',
    );
  });
});

// 约600 by 2025: within 5% is met in 2025 itself, but a year before it the figure must be reached to say so
// (571 亿元 in 2023 had read 提前实现 beside a progress of 84.6%: a tester).
describe('约/左右 reached early', () => {
  const about = {
    kind: 'level' as const,
    comparator: '~=' as const,
    value: 600,
    baseYear: 2020,
    targetYear: 2025,
    base: 412,
    compound: true,
  };
  it('is not reached early within the tolerance, only at the figure', () => {
    expect(targetProgress({ ...about, latest: { year: 2023, value: 571 } }).achieved).toBe(false);
    expect(targetProgress({ ...about, latest: { year: 2023, value: 600 } }).achieved).toBe(true);
  });
  it('is met within the tolerance in its own year', () => {
    expect(targetProgress({ ...about, latest: { year: 2025, value: 571 } }).achieved).toBe(true);
    expect(targetProgress({ ...about, latest: { year: 2025, value: 569 } }).achieved).toBe(false);
  });
  it('holds for a level whose base is unknown too (remainingFromLatest)', () => {
    const t = { kind: 'level', comparator: '~=' as const, value: 600, year: 2025 };
    expect(remainingFromLatest(t, { year: 2023, value: 571 })?.achieved).toBe(false);
    expect(remainingFromLatest(t, { year: 2025, value: 571 })?.achieved).toBe(true);
  });
});
