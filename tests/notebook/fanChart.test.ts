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

describe('fanChartSvg actuals', () => {
  const legend = {
    band90: 'P5–P95',
    band50: 'P25–P75',
    median: '中位数',
    planned: '规划要求路径',
    actual: '实际值',
    derived: '推算值',
    target: '目标',
  };
  const input = {
    years: [2020, 2021, 2022],
    unit: '亿元',
    lang: 'zh' as const,
    title: 't',
    band: null,
    deterministic: [435, 473, 480],
    actuals: [
      { year: 2021, value: 473 },
      { year: 2022, value: 480, derived: true },
    ],
    legend,
  };
  it('draws a value derived from published figures hollow, with a legend of its own', () => {
    const svg = fanChartSvg(input);
    expect(svg.match(/<circle class="actual derived"/g)).toHaveLength(1);
    expect(svg.match(/<circle class="actual" /g)).toHaveLength(1);
    expect(svg).toContain('>推算值</text>');
    expect(svg).toContain('>实际值</text>');
  });
  it('without derived values lists no such legend', () => {
    const svg = fanChartSvg({ ...input, actuals: [{ year: 2021, value: 473 }] });
    expect(svg).not.toContain('推算值');
  });
});
