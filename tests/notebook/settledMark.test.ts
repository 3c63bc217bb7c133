// Goal-seek's lists had marked a yearly quota missed in 2022 as 目标年已有数据, with data only to 2023 (tester F).
import { describe, expect, it } from 'vitest';
import { translator } from '../../notebook/i18n/t.ts';
import { settledMark } from '../../notebook/model/settledMark.ts';

const missed = (missedYears: number[]) =>
  ({ code: 'missed', reason: null, params: { missedYears } }) as never;

describe('settledMark', () => {
  const zh = translator('zh');
  it('names the first year a yearly quota fell short', () => {
    const r = {
      verdict: missed([2022, 2023]),
      latest: { year: 2023, value: 7 },
      year: 2025,
      quota: {} as never,
      latestReckoned: false,
    };
    expect(settledMark(r, zh)).toBe('2022年未完成年度任务');
    expect(settledMark(r, translator('en'))).toBe('its quota was missed in 2022');
  });

  it('keeps the target year and the reckoned figure for the others, and nothing while unsettled', () => {
    const level = {
      verdict: missed([]),
      latest: { year: 2025, value: 1 },
      year: 2025,
      quota: null,
      latestReckoned: false,
    };
    expect(settledMark(level, zh)).toBe('目标年已有数据');
    expect(settledMark({ ...level, latestReckoned: true }, zh)).toBe('目标年已有推算值');
    const open = {
      ...level,
      verdict: { code: 'on-track', reason: null, params: {} } as never,
      latest: { year: 2023, value: 1 },
    };
    expect(settledMark(open, zh)).toBeNull();
  });
});
