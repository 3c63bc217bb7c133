// The review's base field had shown "如 120亿元" on every rate's row, an energy intensity's fall among them.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/index.ts';
import { baseCellPlaceholder } from '../../notebook/model/baseCellPlaceholder.ts';
import { baseCellUnit } from '../../notebook/model/baseCellUnit.ts';

const draft = extractTargets(
  '到2028年，万元工业增加值能耗累计下降11%，社会消费品零售总额年均增长6%，户籍人口城镇化率达到70%，城镇新增就业累计2.5万人。',
  { targetYear: 2028 },
);
const placeholder = (name: string, lang: 'zh' | 'en' = 'zh') => {
  const t = draft.targets.find((x) => x.name.startsWith(name))!;
  const rate = t.kind === 'growth' || t.kind === 'cumulative-growth';
  return baseCellPlaceholder(null, rate, baseCellUnit(t), lang);
};

describe('the empty base field of a review row', () => {
  it('asks a rate’s row for its level with a unit, naming no unit it does not know', () => {
    expect(placeholder('万元工业增加值能耗')).toBe('基期水平+单位');
    expect(placeholder('社会消费品零售总额', 'en')).toBe('base level + unit');
    expect(placeholder('万元工业增加值能耗')).not.toContain('亿元');
  });

  it('shows another row the unit a bare number is read in, and a printed base as printed', () => {
    expect(placeholder('户籍人口城镇化率')).toBe('%');
    expect(placeholder('城镇新增就业')).toBe('万人');
    expect(baseCellPlaceholder('41200元', true, '%', 'zh')).toBe('41200元（原文）');
    expect(baseCellPlaceholder(168, false, '家', 'en')).toBe('168 (printed)');
  });
});
