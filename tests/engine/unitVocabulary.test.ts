import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/index.ts';
import { generatePlan } from '../../engine/generate/generatePlan.ts';
import { readPlanTable } from '../../engine/table/index.ts';
import { isKnownUnit, readUnit, unitClass } from '../../engine/units/unitVocabulary.ts';

describe('durations and work are units of their own, not 个 or 人 of a count', () => {
  it('reads 个工作日 / 工作日 / 个月 / 小时 / 人年 whole', () => {
    const read = (text: string) => readUnit(text, 0);
    expect(['个工作日以内', '工作日', '个月', '小时', '人年', '人次', '天'].map(read)).toEqual([
      '个工作日',
      '工作日',
      '个月',
      '小时',
      '人年',
      '人次',
      '天',
    ]);
    expect(['个工作日', '人年', '天'].map(unitClass)).toEqual(['other', 'other', 'other']);
    expect(isKnownUnit('个工作日')).toBe(true);
  });

  it('a table’s 个工作日 row is read without a warning about its unit', () => {
    const r = readPlanTable(
      '指标,单位,基期年,基期值,目标年,目标值,比较\n不动产登记办理时间,个工作日,2024,5,2029,3,以内\n',
    );
    expect(r.issues).toEqual([]);
    expect(r.targets[0]).toMatchObject({ unit: '个工作日', value: 3, comparator: '<=' });
  });

  it('a time to be kept under a ceiling is a level with its decimals, not a stock with entries and exits', () => {
    const draft = extractTargets(
      '到2029年，不动产登记办理时间压缩至1.5个工作日以内，技术人员投入达到40人年。',
    );
    expect(draft.targets.map((t) => [t.name, t.value, t.unit, t.comparator])).toEqual([
      ['不动产登记办理时间', 1.5, '个工作日', '<='],
      ['技术人员投入', 40, '人年', '>='],
    ]);
    expect(extractTargets('到2029年，审批时间压缩至3天。').targets[0]).toMatchObject({
      name: '审批时间',
      comparator: '<=',
    });
    const { plan } = generatePlan(draft.targets);
    for (const ind of plan.indicators) {
      expect(ind.dynamics.kind).not.toBe('stock');
      expect(ind.count ?? false).toBe(false);
    }
  });
});
