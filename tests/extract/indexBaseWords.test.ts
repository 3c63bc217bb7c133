// A rate-only target's indicator is simulated as an index whose base is 1. Where that base comes from was
// written in Chinese only (当年值 ÷ 基期值（基期为 1）), so the English page's tip read "Derived: 当年值 ÷ …".
import { describe, expect, it } from 'vitest';
import type { Provenance } from '../../engine/index.ts';
import { INDEX_UNIT } from '../../engine/plan/indexUnit.ts';
import { provenanceText } from '../../notebook/format/provenanceText.ts';
import { translator } from '../../notebook/i18n/t.ts';
import { planFromText } from './planFromText.ts';

const plan = planFromText('到2025年，城乡居民人均可支配收入年均增长7%。', 2025);
const index = plan.indicators.find((i) => i.unit === INDEX_UNIT)!;
const base = index.base as { value: number; provenance: Provenance };
const tip = (lang: 'zh' | 'en') => provenanceText(base.provenance, translator(lang), lang);

describe('the base of an index', () => {
  it('is said in English on the English page, with the base year', () => {
    expect(base.value).toBe(1);
    expect(tip('en')).not.toMatch(/\p{Script=Han}/u);
    expect(tip('en')).toContain('x(2020) ÷ x(2020)');
    expect(tip('en')).toContain("each year's value ÷ the 2020 value");
  });

  it('is said in Chinese on the Chinese page', () => {
    expect(tip('zh')).toContain('x(2020) ÷ x(2020)');
    expect(tip('zh')).toContain('各年值 ÷ 2020年值，基期为 1');
  });
});
