// A target drafted from a table's value cell (约600, 新增3, 下降14) was named without its unit, which sits in
// the table's 单位 column ("地区生产总值：约600"); the text's figures name it (600亿元左右). Tester, N3.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/extractTargets.ts';
import { figureWithUnit } from '../../engine/generate/figureWithUnit.ts';
import { generatePlan } from '../../engine/generate/generatePlan.ts';

describe('a figure without its unit', () => {
  it('takes the unit after its number, before a comparator word', () => {
    expect(figureWithUnit('约600', '亿元')).toBe('约600亿元');
    expect(figureWithUnit('45以上', '亿元')).toBe('45亿元以上');
    expect(figureWithUnit('新增3', '万人')).toBe('新增3万人');
    expect(figureWithUnit('下降14', '%')).toBe('下降14%');
    expect(figureWithUnit('5.5左右', '%')).toBe('5.5%左右');
    expect(figureWithUnit('5-7', '%')).toBe('5-7%');
    expect(figureWithUnit('[1500]', '亿元')).toBe('[1500]亿元');
  });

  it('keeps a figure that prints its unit, or has none to add', () => {
    expect(figureWithUnit('600亿元左右', '亿元')).toBe('600亿元左右');
    expect(figureWithUnit('3个百分点', '%')).toBe('3个百分点');
    expect(figureWithUnit('1.2万元', '元')).toBe('1.2万元');
    expect(figureWithUnit('翻一番', '亿元')).toBe('翻一番');
    expect(figureWithUnit('85', '')).toBe('85');
  });
});

describe('the names of targets generated from a table in a plan’s text', () => {
  const text = [
    '白沙区“十四五”主要指标',
    '类别\t指标\t单位\t基期值\t目标值\t类型\t属性',
    '经济发展\t地区生产总值\t亿元\t415\t约580\t总量\t预期性',
    '\t一般公共预算收入\t亿元\t28\t40以上\t\t预期性',
    '民生福祉\t城镇新增就业\t万人\t\t2.5\t新增\t预期性',
    '绿色生态\t单位地区生产总值能耗下降\t%\t\t13\t\t约束性',
  ].join('\n');
  const draft = extractTargets(text, { targetYear: 2025 });
  const { plan } = generatePlan(draft.targets, { facts: draft.baseFacts, title: '白沙区' });

  it('carry the unit as a text’s figures do', () => {
    expect(plan.targets.map((t) => t.name.zh)).toEqual([
      '地区生产总值：约580亿元',
      '一般公共预算收入：40亿元以上',
      '城镇新增就业：新增2.5万人',
      '单位地区生产总值能耗：下降13%',
    ]);
  });

  it('still cite the cell as printed, at its place in the text', () => {
    const gdp = draft.targets[0]!;
    expect(gdp.figure).toBe('约580');
    expect(text.slice(gdp.offset!, gdp.offset! + gdp.figure.length)).toBe('约580');
  });
});
