// A printed 主要指标 table writes its 类别 once and leaves the cells below it blank (merged cells, copied out as
// text or CSV). The rows below had no section, and pasted as text every row took the title above the table
// (tester, N16); docs/plan-import.md says a 类别 column is the section where there is no 章节.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/extractTargets.ts';
import { readPlanTable } from '../../engine/table/index.ts';

const TABLE = [
  '类别\t指标\t单位\t基期值\t目标值\t属性',
  '产业转型\t规上工业总产值\t亿元\t310\t450以上\t预期性',
  '\t软件业务收入\t亿元\t12\t30以上\t预期性',
  '社会民生\t每千人口医疗卫生机构床位数\t张\t5.2\t6.5以上\t预期性',
  '\t人均预期寿命\t岁\t79.1\t80以上\t预期性',
];

describe('a 类别 column written once above blank cells', () => {
  it('gives each blank 类别 the one above it, in a table file', () => {
    // A row left wholly blank stays blank: filled, it would be read as a row missing its figures.
    const csv = [...TABLE.slice(0, 3), ',,,,,', ...TABLE.slice(3)]
      .map((line) => line.replaceAll('\t', ','))
      .join('\n');
    const r = readPlanTable(csv.replace('基期值,目标值', '2020年,2025年'));
    expect(r.issues).toEqual([]);
    expect(r.targets.map((t) => [t.name, t.section])).toEqual([
      ['规上工业总产值', '产业转型'],
      ['软件业务收入', '产业转型'],
      ['每千人口医疗卫生机构床位数', '社会民生'],
      ['人均预期寿命', '社会民生'],
    ]);
  });

  it('leaves a section blank above the first 类别 written', () => {
    const r = readPlanTable(
      ['指标,单位,目标年,目标值,类别', '甲指标,家,2025,10,', '乙指标,家,2025,20,创新'].join('\n'),
    );
    expect(r.targets.map((t) => t.section)).toEqual([null, '创新']);
  });

  it('is the section of a table pasted in a plan’s text, ahead of the title above it', () => {
    const text = ['翠屏区“十四五”发展主要指标', ...TABLE].join('\n');
    const r = extractTargets(text, { targetYear: 2025 });
    expect(r.targets.map((t) => [t.name, t.section])).toEqual([
      ['规上工业总产值', '产业转型'],
      ['软件业务收入', '产业转型'],
      ['每千人口医疗卫生机构床位数', '社会民生'],
      ['人均预期寿命', '社会民生'],
    ]);
  });
});
