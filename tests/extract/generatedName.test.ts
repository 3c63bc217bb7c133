// The English page had shown a generated plan's helper names whole in Chinese (城镇就业（2021年起累计）,
// 地区生产总值年增速): the suffixes are the generator's own words and now read in English; the plan's name stays.
import { describe, expect, it } from 'vitest';
import { generatedName } from '../../engine/generate/generatedName.ts';
import { planFromText } from './planFromText.ts';

describe('generatedName', () => {
  it('gives the generator suffixes in English, the plan name as printed, outermost last', () => {
    expect(generatedName('城镇就业（2021年起累计）')).toEqual({
      zh: '城镇就业（2021年起累计）',
      en: '城镇就业 (cumulative since 2021)',
    });
    expect(generatedName('单位地区生产总值能耗（指数，基期=1）年增速').en).toBe(
      '单位地区生产总值能耗 (index, base = 1): annual growth',
    );
    expect(generatedName('公园建设年度数年增速').en).toBe('公园建设: growth of the yearly figure');
  });

  it('leaves a name with none of them Chinese only, and a suffix alone untouched', () => {
    expect(generatedName('地区生产总值')).toEqual({ zh: '地区生产总值' });
    expect(generatedName('年增速')).toEqual({ zh: '年增速' });
  });

  it('names every helper of a generated plan in English', () => {
    const plan = planFromText(
      [
        '“十四五”期间，全区地区生产总值年均增长6.5%以上，到2025年达到720亿元。',
        '累计新增城镇就业2.4万人。',
        '单位地区生产总值能耗下降13%。',
      ].join('\n'),
      2025,
    );
    const helpers = [...plan.parameters, ...plan.indicators].filter((x) =>
      /年增速|累计）|指数/.test(x.name.zh),
    );
    expect(helpers.length).toBeGreaterThan(2);
    for (const h of helpers) expect(h.name.en, h.name.zh).toMatch(/growth|cumulative since|index, base/);
  });
});
