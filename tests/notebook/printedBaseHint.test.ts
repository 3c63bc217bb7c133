// The review greys in the base a target takes from a fact its text prints; a share's sits on its odds.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/extractTargets.ts';
import { generatePlan } from '../../engine/generate/generatePlan.ts';
import { printedBaseHint, printedLevelHint } from '../../notebook/model/printedBaseHint.ts';

const text = [
  '一、发展基础',
  '截至2025年底，全县高新技术企业168家，规模以上工业企业研发机构覆盖率为38%。',
  '二、发展目标',
  '到2030年，高新技术企业达到300家，规模以上工业企业研发机构覆盖率提高到55%，发明专利授权量达到900件。',
].join('\n');
const draft = extractTargets(text, { targetYear: 2030 });
const { plan } = generatePlan(draft.targets, { facts: draft.baseFacts, targetYear: 2030 });
const idOf = (name: string) => plan.targets.find((t) => t.name.zh.startsWith(name))!.id;

describe('printedBaseHint', () => {
  it('gives a count its printed base, and a share its printed share in percent, not its odds', () => {
    expect(printedBaseHint(plan, idOf('高新技术企业'), '家')).toBe(168);
    expect(printedBaseHint(plan, idOf('规模以上工业企业研发机构覆盖率'), '%')).toBe(38);
  });

  it('gives none where the text prints no base, or in another unit', () => {
    expect(printedBaseHint(plan, idOf('发明专利授权量'), '件')).toBeNull();
    expect(printedBaseHint(plan, idOf('高新技术企业'), '个')).toBeNull();
  });
});

// A tester's 年均增长7%左右 and 翻一番 rows showed "如 120亿元" in their base fields above 41200元 and 86家, which
// the generated plan then took from the text.
describe('printedLevelHint', () => {
  const rates = [
    '一、发展基础',
    '2020年，城镇常住居民人均可支配收入41200元，高新技术企业86家。',
    '二、发展目标',
    '到2025年，城镇常住居民人均可支配收入年均增长7%左右，高新技术企业数量翻一番，地区生产总值年均增长6%。',
  ].join('\n');
  const d = extractTargets(rates);
  const p = generatePlan(d.targets, { facts: d.baseFacts, targetYear: 2025 }).plan;
  const id = (name: string) => p.targets.find((t) => t.name.zh.startsWith(name))!.id;

  it('gives a rate’s row the level it grows, in the level’s unit', () => {
    expect(printedLevelHint(p, id('城镇常住居民人均可支配收入'))).toBe('41200元');
    expect(printedLevelHint(p, id('高新技术企业'))).toBe('86家');
  });

  it('gives none where the text prints no level', () => {
    expect(printedLevelHint(p, id('地区生产总值'))).toBeNull();
  });
});
