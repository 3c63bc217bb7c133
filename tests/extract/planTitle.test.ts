// The import offers the plan's own name, read off the top of its text or the rows above its table's header.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/extractTargets.ts';
import { planTitle } from '../../engine/extract/planTitle.ts';
import { readPlanTable } from '../../engine/table/readPlanTable.ts';

describe('planTitle', () => {
  it('takes the first line that names a plan', () => {
    expect(planTitle(['', '  青岚县“十五五”科技创新发展规划  ', '一、发展基础'])).toBe(
      '青岚县“十五五”科技创新发展规划',
    );
    expect(planTitle(['《南岭区促进中小企业发展三年行动方案》'])).toBe('南岭区促进中小企业发展三年行动方案');
  });

  it('drops a table number before the name', () => {
    expect(planTitle(['表1：南岭区“十五五”时期主要指标'])).toBe('南岭区“十五五”时期主要指标');
    expect(planTitle(['附表 2 经济社会发展主要指标表'])).toBe('经济社会发展主要指标表');
  });

  it('does not take a table header pasted as text for a name, though it says 指标', () => {
    expect(
      planTitle(['指标\t单位\t基期年\t基期值\t目标年\t目标值', '地区生产总值\t亿元\t2020\t412\t2025\t600']),
    ).toBeNull();
    expect(planTitle(['指标名称,单位,2025年基期,2030年目标'])).toBeNull();
    expect(planTitle(['白河区“十五五”主要指标', '指标\t单位\t目标值'])).toBe('白河区“十五五”主要指标');
  });

  it('does not take a heading or a target sentence for a name', () => {
    expect(planTitle(['三、主要指标', '（一）发展目标'])).toBeNull();
    expect(planTitle(['到2030年，规划区内高新技术企业达到300家'])).toBeNull();
    expect(planTitle(['']), 'nothing to read').toBeNull();
  });

  it('looks only at the first lines', () => {
    const body = Array.from({ length: 6 }, (_, i) => `第${i + 1}段正文，写明背景与思路`);
    expect(planTitle([...body, '某区发展规划'])).toBeNull();
  });
});

describe('a plan title, as the readers return it', () => {
  it('comes with a text', () => {
    const r = extractTargets('青岚县“十五五”营商环境优化规划\n\n到2030年，市场主体总数达到12万户。');
    expect(r.title).toBe('青岚县“十五五”营商环境优化规划');
    expect(r.targets).toHaveLength(1);
  });

  it('comes with a table whose title row is above its header', () => {
    const r = readPlanTable(
      [
        '表1 南岭区“十五五”规划主要指标,,,',
        '指标名称,单位,2025年基期,2030年目标',
        '专精特新企业,家,120,200',
      ].join('\n'),
    );
    expect(r.title).toBe('南岭区“十五五”规划主要指标');
    expect(r.targets).toHaveLength(1);
  });

  it('is absent when the table starts at its header', () => {
    expect(
      readPlanTable(['指标名称,单位,2025年基期,2030年目标', '专精特新企业,家,120,200'].join('\n')).title,
    ).toBeUndefined();
  });
});
