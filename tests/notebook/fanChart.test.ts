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
  // A Word report's chart without its fan had keyed P5–P95 and P25–P75 it did not draw.
  it('keys only what it draws: no bands without a fan', () => {
    const svg = fanChartSvg(input);
    expect(svg).not.toContain('P5–P95');
    expect(svg).toContain('>中位数</text>');
    const band = {
      p5: [430, 460, 470],
      p25: [432, 465, 475],
      p50: [435, 473, 480],
      p75: [438, 480, 485],
      p95: [440, 485, 490],
    };
    expect(fanChartSvg({ ...input, band })).toContain('>P5–P95</text>');
  });
});

// An exported comparison had a blue line and a dashed orange one, and nothing saying which scenario was which.
describe('fanChartSvg with scenarios compared', () => {
  const compared = [
    { name: '政策加力（科技人才强化）', color: '#0072b2', years: [2021, 2022], p50: [1, 2] },
    { name: '基准', color: '#e69f00', years: [2021, 2022], p50: [1, 1.5], dash: '6 3' },
  ];
  const base = { years: [2021, 2022], unit: '家', lang: 'zh' as const, title: 't', band: null };
  it('names each line in the picture itself, drawn as it is drawn, the main one first', () => {
    const svg = fanChartSvg({ ...base, compared });
    const keys = [...svg.matchAll(/<g class="compared-key"[^>]*>(.*?)<\/g>/g)].map((m) => m[1]!);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toContain('>政策加力（科技人才强化）</text>');
    expect(keys[1]).toContain('stroke-dasharray="6 3"');
    expect(keys[1]).toContain('>基准</text>');
    const withMain = fanChartSvg({ ...base, deterministic: [1, 3], mainName: '当前情景', compared });
    expect(withMain.indexOf('>当前情景</text>')).toBeLessThan(withMain.indexOf('>基准</text>'));
  });
  it('keys the target marker too when the chart has no legend of its own', () => {
    const targets = [{ year: 2022, value: 2, label: '目标 2' }];
    const svg = fanChartSvg({ ...base, compared, targets, keyTarget: '目标' });
    const keys = [...svg.matchAll(/<g class="compared-key"[^>]*>(.*?)<\/g>/g)].map((m) => m[1]!);
    expect(keys.at(-1)).toContain('>目标</text>');
  });
  it('has no key without scenarios compared', () => {
    expect(fanChartSvg({ ...base, deterministic: [1, 2] })).not.toContain('compared-key');
  });
});

describe('fanChartSvg legend', () => {
  const input = {
    years: [2020, 2021, 2022, 2023, 2024, 2025],
    unit: '家',
    lang: 'zh' as const,
    title: 't',
    band: {
      p5: [1, 2, 3, 4, 5, 6],
      p25: [2, 3, 4, 5, 6, 7],
      p50: [3, 4, 5, 6, 7, 8],
      p75: [4, 5, 6, 7, 8, 9],
      p95: [5, 6, 7, 8, 9, 10],
    },
    planned: { years: [2020, 2025], values: [3, 9] },
    actuals: [{ year: 2021, value: 4 }],
    targets: [{ year: 2025, value: 9, label: '目标' }],
    legend: {
      band90: 'P5–P95',
      band50: 'P25–P75',
      median: '中位数',
      planned: '规划要求路径',
      actual: '实际值',
      target: '目标',
    },
  };
  /** Each legend item's left edge and row (its translate), in the order drawn. */
  const items = (svg: string) =>
    [
      ...svg.matchAll(/<g transform="translate\(([\d.]+),([\d.]+)\)">.*?<text class="legend"[^>]*>([^<]*)</g),
    ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), label: m[3]! }));
  it('keeps one row where the chart is wide enough', () => {
    const got = items(fanChartSvg({ ...input, width: 640 }));
    expect(got.map((g) => g.label)).toEqual([
      'P5–P95',
      'P25–P75',
      '中位数',
      '规划要求路径',
      '实际值',
      '目标',
    ]);
    expect(new Set(got.map((g) => g.y)).size).toBe(1);
  });
  it('wraps onto a second row on a phone, every label inside the chart, the plot above both rows', () => {
    const width = 340;
    const svg = fanChartSvg({ ...input, width, height: 260 });
    const got = items(svg);
    expect(got).toHaveLength(6);
    const rows = [...new Set(got.map((g) => g.y))];
    expect(rows).toHaveLength(2);
    // Each label ends inside the chart (12 px a character, after a 22 px swatch).
    for (const g of got) expect(g.x + 22 + 12 * g.label.length).toBeLessThanOrEqual(width);
    // The x-axis' year labels sit above the first legend row.
    const yearYs = [...svg.matchAll(/<text class="tick" [^>]*y="([\d.]+)"[^>]*text-anchor="middle"/g)].map(
      (m) => Number(m[1]),
    );
    expect(yearYs).toHaveLength(6);
    expect(Math.max(...yearYs)).toBeLessThan(Math.min(...rows) - 8);
  });
});

describe('fanChartSvg unit title', () => {
  const unitTitle = (svg: string) => svg.match(/<text class="unit"[^>]*>([^<]*)</)?.[1];
  const input = {
    years: [2021, 2022, 2023],
    unit: '家',
    lang: 'en' as const,
    title: 't',
    band: null,
    deterministic: [8, 12, 16],
  };
  it('names 家 of institutions "units" in English, given the indicator', () => {
    expect(unitTitle(fanChartSvg({ ...input, name: { zh: '市级研发机构' } }))).toBe('units');
  });
  it('keeps "firms" for firms, and for 家 given no name', () => {
    expect(unitTitle(fanChartSvg({ ...input, name: { zh: '高新技术企业' } }))).toBe('firms');
    expect(unitTitle(fanChartSvg(input))).toBe('firms');
  });
});

// A planner's scenarios are named in Chinese whatever the page's language: in English the key had measured
// them as Latin letters, and four names ran into each other and into 目标 (a tester, at 768 to 1440 px). Four
// long names on a narrow chart had run off its right edge.
describe('fanChartSvg key of compared scenarios', () => {
  /** Roughly as the 11 px key text sets: a CJK character or full-width mark 11 px, anything else 6 px. */
  const setWidth = (label: string) =>
    [...label].reduce((w, ch) => w + (/[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F“”]/.test(ch) ? 11 : 6), 0);
  const keys = (svg: string) =>
    [
      ...svg.matchAll(
        /<g class="compared-key" transform="translate\(([\d.]+),([\d.]+)\)">.*?<text class="legend"[^>]*>([^<]*)</g,
      ),
    ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), label: m[3]! }));
  const years = [2020, 2021, 2022, 2023, 2024, 2025];
  const compared = [
    '政策加力（区财政追加）',
    '下行（外需走弱）',
    '按规划速度推进（中期评估后）',
    '高增长情景',
  ].map((name, i) => ({ name, color: `#00000${i}`, years, p50: [1, 2, 3, 4, 5, 6] }));
  const targets = [{ year: 2025, value: 6, label: 'target 6' }];
  it.each([
    ['en', 708],
    ['en', 900],
    ['zh', 360],
    ['zh', 708],
  ] as const)('in %s at %i px: every name whole, inside the chart, none over the next', (lang, width) => {
    const svg = fanChartSvg({
      years,
      unit: '家',
      lang,
      title: 't',
      band: null,
      compared,
      targets,
      keyTarget: lang === 'zh' ? '目标' : 'Target',
      width,
    });
    const got = keys(svg);
    expect(got.map((k) => k.label)).toEqual([
      ...compared.map((c) => c.name),
      lang === 'zh' ? '目标' : 'Target',
    ]);
    for (const k of got) expect(k.x + 22 + setWidth(k.label)).toBeLessThanOrEqual(width);
    for (const [a, b] of got.slice(1).map((k, i) => [got[i]!, k] as const))
      if (a.y === b.y) expect(b.x).toBeGreaterThanOrEqual(a.x + 22 + setWidth(a.label) + 4);
    // The year labels sit above the key's first row.
    const yearYs = [...svg.matchAll(/<text class="tick" [^>]*y="([\d.]+)"[^>]*text-anchor="middle"/g)].map(
      (m) => Number(m[1]),
    );
    expect(Math.max(...yearYs)).toBeLessThan(Math.min(...got.map((k) => k.y)) - 8);
  });
});
