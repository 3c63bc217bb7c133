import { describe, expect, it } from 'vitest';
import { findHeadings, sectionPaths } from '../../engine/extract/findHeadings.ts';
import { findYearMarkers, inferTargetYear } from '../../engine/extract/findYearMarkers.ts';
import { extractTargets } from '../../engine/extract/index.ts';

describe('findYearMarkers', () => {
  const roles = (text: string, target: number | null) =>
    findYearMarkers(text, target).map((m) => [text.slice(m.start, m.end), m.role, m.year]);

  it('reads to-words as targets, 截至 and past years as facts, periods by their last year', () => {
    expect(roles('截至2020年底，…到2025年，…2023年，…“十三五”期间…“十四五”末', 2025)).toEqual([
      ['2020年底', 'fact', 2020],
      ['2025年', 'target', 2025],
      ['2023年', 'fact', 2023],
      ['“十三五”期间', 'fact', null],
      ['“十四五”末', 'target', 2025],
    ]);
  });

  it('reads the end of a past period as its last year: “十三五”末 is the 2020 base of a 十四五 plan', () => {
    expect(roles('“十三五”末，…十三五期末，…“十三五”末期，…“十三五”时期', 2025)).toEqual([
      ['“十三五”末', 'fact', 2020],
      ['十三五期末', 'fact', 2020],
      ['“十三五”末期', 'fact', 2020],
      ['“十三五”时期', 'fact', null],
    ]);
  });

  it('ignores comparisons, dates, spans and vision years', () => {
    expect(roles('比2020年增长，是2015年的，2023年1月11日，2021-2025年，2035年远景目标', 2025)).toEqual([]);
  });

  it('规划期末 and 期末 are the target year given', () => {
    expect(roles('规划期末，…期末，…', 2026)).toEqual([
      ['规划期末', 'target', 2026],
      ['期末', 'target', 2026],
    ]);
  });

  it('infers the target year from 到…年 and periods before bare years', () => {
    expect(inferTargetYear('2020年…到2027年…')).toBe(2027);
    expect(inferTargetYear('“十五五”时期，…2024年')).toBe(2030);
    expect(inferTargetYear('2024年主要目标')).toBe(2024);
    expect(inferTargetYear('没有年份')).toBeNull();
  });
});

describe('findHeadings', () => {
  it('finds chapter, numbered, bracketed and dash headings, with their paths', () => {
    const text =
      '第一章 总则\n一、发展基础\n（一）主要成就\n——总量规模提升。截至2020年底…\n二、发展目标\n正文一二三。\n';
    const paths = sectionPaths(findHeadings(text)).map((p) => p.path);
    expect(paths).toEqual([
      '第一章 总则',
      '一、发展基础',
      '一、发展基础 · （一）主要成就',
      '一、发展基础 · （一）主要成就 · 总量规模提升',
      '二、发展目标',
    ]);
  });

  it('does not take a long body line for a heading', () => {
    const long = `一、${'这是一段很长的正文'.repeat(6)}`;
    expect(findHeadings(long)).toEqual([]);
  });

  it('takes a short unnumbered line naming the targets for a heading, but not a sentence or a title', () => {
    const text =
      '青溪区数字经济发展规划（节选）\n2024年主要预期目标\n全市地区生产总值增长6%左右。\n确保完成全年目标\n';
    expect(findHeadings(text).map((h) => h.title)).toEqual(['2024年主要预期目标']);
    const r = extractTargets('2024年主要预期目标\n全市地区生产总值增长6%左右。\n');
    expect(r.targets.map((t) => t.section)).toEqual(['2024年主要预期目标']);
  });

  it('takes 附表 / 附表1 / 附件2 lines for headings of their own, but not a sentence about the appendix', () => {
    const text = '附表 主要指标\n附表1 南岭镇农业农村指标\n附件2：名词解释\n附表所列指标均为预期性。\n';
    expect(findHeadings(text).map((h) => [h.level, h.title])).toEqual([
      [1, '附表 主要指标'],
      [1, '附表1 南岭镇农业农村指标'],
      [1, '附件2'],
    ]);
  });

  it('cites a 附表’s rows under the 附表, not the chapter before it', () => {
    const r = extractTargets(
      '第四章 保障措施\n加强组织领导。\n附表1 南岭镇农业农村指标\n指标\t单位\t2024年\t2029年\n家庭农场数\t家\t320\t450\n',
    );
    expect(r.targets.map((t) => [t.name, t.section])).toEqual([['家庭农场数', '附表1 南岭镇农业农村指标']]);
  });

  it('gives each target the section it sits in', () => {
    const r = extractTargets('一、总量目标\n到2025年，企业达到100家。\n二、创新目标\n研发机构达到20家。\n');
    expect(r.targets.map((t) => [t.figure, t.section])).toEqual([
      ['100家', '一、总量目标'],
      ['20家', '二、创新目标'],
    ]);
  });
});
