// The review's base field of a 提高N个百分点 row takes the share's level (68.5, 68.5%), and a base given but not
// used is said with why (unusedBaseNote), not only counted among the targets without one.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/index.ts';
import { generatePlan } from '../../engine/generate/generatePlan.ts';
import type { GenerateTarget } from '../../engine/generate/generateTypes.ts';
import { baseCellUnit } from '../../notebook/model/baseCellUnit.ts';
import { readBaseCell } from '../../notebook/model/readBaseCell.ts';
import { unusedBaseNote } from '../../notebook/model/unusedBaseNote.ts';

const [pp] = extractTargets('到2025年，常住人口城镇化率提高3个百分点。').targets as GenerateTarget[];

describe('the base field of a pp-change row', () => {
  it('reads the share in %, typed bare or with %', () => {
    expect(baseCellUnit(pp!)).toBe('%');
    expect(readBaseCell('68.5', baseCellUnit(pp!), false)).toEqual({ ok: true, base: 68.5 });
    expect(readBaseCell('68.5%', baseCellUnit(pp!), false)).toEqual({ ok: true, base: 68.5 });
  });

  it('keeps the row’s own unit elsewhere', () => {
    expect(baseCellUnit({ kind: 'level', unit: '亿元' })).toBe('亿元');
    expect(baseCellUnit({ kind: 'share', unit: '%' })).toBe('%');
  });
});

describe('unusedBaseNote', () => {
  it('says why a base given was not used (its year), in either language; nothing once it is used', () => {
    const other = generatePlan([{ ...pp!, base: 68.5, baseYear: 2021, baseEntered: true }], {
      targetYear: 2025,
      baseYear: 2020,
    }).plan;
    expect(unusedBaseNote(other, 't_01', 'zh')).toContain('是2021年的，规划基期为2020年');
    expect(unusedBaseNote(other, 't_01', 'en')).toContain('is of 2021');
    const used = generatePlan([{ ...pp!, base: 68.5, baseEntered: true }], {
      targetYear: 2025,
      baseYear: 2020,
    });
    expect(unusedBaseNote(used.plan, 't_01', 'zh')).toBeNull();
  });
});
