import { describe, expect, it } from 'vitest';
import { fanChartSvg } from '../../notebook/charts/fanChart.ts';

const ticks = (svg: string) =>
  [...svg.matchAll(/<text class="tick"[^>]*text-anchor="end">([^<]*)</g)].map((m) => m[1]);

describe('fanChartSvg y-axis', () => {
  const input = {
    years: [2021, 2022, 2023],
    unit: '家',
    lang: 'zh' as const,
    title: 't',
    band: null,
    compared: [
      { name: 'a', color: '#000', years: [2021, 2022, 2023], p50: [60, 180, 260] },
      { name: 'b', color: '#111', years: [2021, 2022, 2023], p50: [60, 170, 240] },
    ],
  };
  it('starts at zero by default when the values sit near it', () => {
    expect(ticks(fanChartSvg(input))[0]).toBe('0');
  });
  it('fits the axis to the data when asked, for comparing scenario lines', () => {
    const t = ticks(fanChartSvg({ ...input, fitDomain: true }));
    expect(t[0]).not.toBe('0');
    expect(Number(t[0]!.replace(/,/g, ''))).toBeLessThanOrEqual(60);
  });
});
