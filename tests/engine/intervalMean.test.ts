// An interval's midpoint reads as the figures typed: "5% 到 7%" had a mean of 0.060000000000000005 (the binary
// noise of 0.05 + 0.07), which scenario files and saved plans then carried.
import { describe, expect, it } from 'vitest';
import { fromInterval, parseUncertain } from '../../engine/plan/parseUncertain.ts';

describe("an interval's mean", () => {
  it('is the typed midpoint for the interval 何工 wrote', () => {
    expect(parseUncertain('5% 到 7%')).toMatchObject({ mean: 0.06 });
    expect(fromInterval(0.05, 0.07).mean).toBe(0.06);
    expect(0.05 + 0.07).not.toBe(0.12); // the noise the midpoint had carried
  });

  it('is the nearest double to the true midpoint for every interval of one-decimal percentages 0–20%', () => {
    const off: string[] = [];
    for (let i = 0; i <= 200; i++)
      for (let j = i; j <= 200; j++) {
        const u = parseUncertain(`${i / 10}% to ${j / 10}%`);
        // (i + j) / 2000: one correctly rounded division of exact integers, the double nearest the midpoint.
        if (!('mean' in u) || u.mean !== (i + j) / 2000) off.push(`${i / 10}%–${j / 10}%`);
      }
    expect(off).toEqual([]);
  });

  it('keeps the spread as before: the 90% interval is mean ± 1.645 sd', () => {
    const u = fromInterval(0.05, 0.07);
    expect(u.mean - 1.6448536269514722 * u.sd).toBeCloseTo(0.05, 15);
    expect(u.mean + 1.6448536269514722 * u.sd).toBeCloseTo(0.07, 15);
  });
});
