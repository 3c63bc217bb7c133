// A running total of newly employed people is a flow's sum: its name keeps 新增, for without it the planner reads
// 城镇就业人数, the stock of everyone employed — and the total's 累计 is said once, in the target.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/index.ts';
import { planFromText } from './planFromText.ts';

describe('累计新增 before a counted measure', () => {
  it('keeps 新增 in the indicator and drops only the 累计', () => {
    for (const line of [
      '到2025年，累计新增城镇就业人数2.5万人。',
      '“十四五”期间，五年累计新增城镇就业人数2.5万人。',
    ]) {
      const [jobs] = extractTargets(line).targets;
      expect([jobs!.name, jobs!.kind, jobs!.value, jobs!.total]).toEqual([
        '新增城镇就业人数',
        'increase',
        2.5,
        true,
      ]);
    }
    // 新增城镇就业, the statistic's name without 人数, is the same flow: it had read 城镇就业.
    const [named] = extractTargets('到2025年，五年累计新增城镇就业3.1万人。').targets;
    expect([named!.name, named!.kind, named!.total]).toEqual(['新增城镇就业', 'increase', true]);
    // 新增 as a verb before a thing counted still goes.
    expect(extractTargets('到2025年，累计新增专精特新企业40家。').targets[0]!.name).toBe('专精特新企业');
  });

  it('names the yearly flow with 新增 and the total with one 累计', () => {
    const plan = planFromText('二、主要目标\n到2025年，累计新增城镇就业人数2.5万人。', 2025);
    const names = plan.indicators.map((i) => i.name.zh);
    expect(names).toContain('新增城镇就业人数');
    expect(names.some((n) => /^城镇就业人数/.test(n))).toBe(false);
    const target = plan.targets.find((t) => t.name.zh.includes('城镇就业'))!;
    expect(target.name.zh).toBe('新增城镇就业人数：累计2.5万人');
    expect(target.name.zh.match(/累计/g)).toHaveLength(1);
  });
});
