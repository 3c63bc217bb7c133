// A published statistic's tooltip names all it needs to be checked: publisher, document, date, where and
// the phrase as printed, and says when it was read in a copy rather than the publisher's own page.
import { describe, expect, it } from 'vitest';
import type { Provenance } from '../../engine/index.ts';
import { provenanceBadge, provenanceText } from '../../notebook/format/provenanceText.ts';
import { translator } from '../../notebook/i18n/t.ts';
import { readJson } from '../engine/planFixtures.ts';

const stats = readJson('seeds/yaohai.statistics.json') as {
  series: { id: string; values: { year: number; provenance: Provenance }[] }[];
};
const value = (id: string, year: number) =>
  stats.series.find((s) => s.id === id)!.values.find((v) => v.year === year)!.provenance;

describe('provenanceText of a statistic', () => {
  it('shows publisher, document, date, where and the phrase, in Chinese', () => {
    const text = provenanceText(value('gdp', 2020), translator('zh'), 'zh');
    for (const part of [
      '发布机关：合肥市瑶海区人民政府',
      '文件：2021年瑶海区政府工作报告',
      '日期：2021-01-06',
      '出处：http://www.hfyaohai.gov.cn/public/13741/106244813.html',
      '原文：“预计，全区实现地区生产总值616亿元',
    ])
      expect(text).toContain(part);
    expect(text).not.toContain('转载');
  });
  it('flags a secondhand copy, in English too', () => {
    const text = provenanceText(value('high_tech_enterprises', 2023), translator('en'), 'en');
    expect(text).toContain('secondhand copy');
    expect(text).toContain('As printed: “净增国家高新技术企业45家、总数达173家”');
  });
  it('names who entered a figure', () => {
    const p = { kind: 'entered', by: '经信局', date: '2026-11-28' } as Provenance;
    expect(provenanceText(p, translator('zh'), 'zh')).toBe('录入值 · 2026-11-28\n录入人：经信局');
  });
  it('reads a note or rationale written in both languages in the page’s language', () => {
    const p = {
      kind: 'assumption',
      rationale: { zh: '判断：沿用十三五增速', en: 'Judgement: the 13th FYP pace' },
    };
    expect(provenanceText(p as Provenance, translator('zh'), 'zh')).toBe('假设：判断：沿用十三五增速');
    expect(provenanceText(p as Provenance, translator('en'), 'en')).toContain('Judgement: the 13th FYP pace');
    const note = { kind: 'derived', formula: '435 × 1.03^5', note: { zh: '由公布增速推算' } } as Provenance;
    // English falls back to the Chinese when no English was written.
    expect(provenanceText(note, translator('en'), 'en')).toContain('由公布增速推算');
  });
});

// An auditor found the 统计数据 badge on “五上”企业年新增入库数 113 ± 25, whose own note says only 限上 trade firms
// were counted and the total is assumed. It is an assumption that starts from a statistic: badged 假设, the
// statistic cited in full beneath its rationale.
describe('provenanceText of an assumption based on a statistic', () => {
  const plan = readJson('seeds/yaohai.plan.json') as { parameters: { id: string; provenance: Provenance }[] };
  const of = (id: string) => plan.parameters.find((p) => p.id === id)!.provenance;

  it('is an assumption, its rationale first, then the published figure it starts from', () => {
    for (const id of ['five_up_upgrades', 'hte_cert_per_year']) expect(of(id).kind).toBe('assumption');
    const text = provenanceText(of('five_up_upgrades'), translator('zh'), 'zh');
    expect(text.startsWith('假设：唯一有记录的入库数')).toBe(true);
    expect(text).toContain('所依据的公布数据：\n统计数据');
    expect(text).toContain('原文：“新增限上商业企业113家”');
    expect(provenanceBadge(of('five_up_upgrades'), translator('zh'))).toBe('假设');
  });
});

// A share's base simulated through its odds had read "录入值（一一换算）：s / (1 − s), s = 72.3%…": a director could
// not tell what was converted into what, nor whether the figure was an estimate (testers).
describe('provenanceText of a share’s odds, an exact transform of the figure', () => {
  const p = {
    kind: 'derived',
    formula: 's / (1 − s), s = 72.3%',
    from: 'entered',
  } as Provenance;
  it('says the share is converted to its odds for the simulation, the same figure, in both languages', () => {
    expect(provenanceText(p, translator('zh'), 'zh')).toBe(
      '录入值（比重换算为比值 s ÷ (1 − s) 供模拟使用，同一数值，并非估算）：s / (1 − s), s = 72.3%',
    );
    expect(provenanceText(p, translator('en'), 'en')).toBe(
      'Entered (the share converted to its odds s ÷ (1 − s) for the simulation: the same figure, not an estimate): s / (1 − s), s = 72.3%',
    );
    expect(provenanceText({ ...p, from: 'plan' } as Provenance, translator('zh'), 'zh')).toMatch(
      /^规划原文（比重换算为比值/,
    );
  });
});
