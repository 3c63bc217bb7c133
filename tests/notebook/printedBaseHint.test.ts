// The review greys in the base a target takes from a fact its text prints; a share's sits on its odds.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/extractTargets.ts';
import { generatePlan } from '../../engine/generate/generatePlan.ts';
import { printedBaseHint } from '../../notebook/model/printedBaseHint.ts';

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
