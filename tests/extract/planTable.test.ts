import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { generatePlan } from '../../engine/generate/generatePlan.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import {
  PLAN_TABLE_COLUMNS,
  planTemplateCsv,
  planTemplateXlsx,
  readPlanTable,
  readPlanXlsx,
  type TableIssue,
  tableIssueText,
} from '../../engine/table/index.ts';
import { planFromTable } from './planFromTable.ts';

const HEADER = PLAN_TABLE_COLUMNS.map((c) => c.header).join(',');
const at = (issues: TableIssue[]) => issues.map((i) => [i.code, i.row, i.column]);

describe('the target table template', () => {
  it('CSV starts with a BOM, has the documented columns, and imports back to no targets (the example is skipped)', async () => {
    const csv = await planTemplateCsv();
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      '指标,单位,基期年,基期值,目标年,目标值,类型,比较,属性,力争,章节,原文',
    );
    const r = readPlanTable(csv);
    expect(r.targets).toEqual([]);
    expect(at(r.issues)).toEqual([['example-row', 2, 1]]);
  });

  it('the .xlsx template reads back the same way', async () => {
    const r = await readPlanXlsx(await planTemplateXlsx());
    expect(r.targets).toEqual([]);
    expect(at(r.issues)).toEqual([['example-row', 2, 1]]);
  });
});

describe("readPlanTable on a plan's own 主要指标 table", () => {
  // As plans print them: years in the headers, dashes for empty cells, [ ] for totals over the period.
  const csv = [
    '序号,指标名称,单位,2025年基期,2030年目标,年均增长,属性',
    '1,规上制造业产值,亿元,900,1400,9%,预期性',
    '2,单位产值能耗下降,%,—,[12],—,约束性',
    '3,数字经济核心产业占比,%,7.5,[3]',
    '4,单位产值用水量,立方米/万元,15,11,—,约束性',
  ].join('\n');
  const r = readPlanTable(csv);

  it('takes the years its headers name, and reads a dash as an empty cell', () => {
    const made = r.targets.find((t) => t.name === '规上制造业产值')!;
    expect(made).toMatchObject({ year: 2030, baseYear: 2025, base: 900, value: 1400, kind: 'level' });
    expect(r.targets.find((t) => t.name === '单位产值能耗')!.base).toBeNull();
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('reads a bracketed value as a total over the period: a fall, or points of a share', () => {
    // The fall is the target; the indicator is named without it.
    expect(r.targets.find((t) => t.name === '单位产值能耗')).toMatchObject({
      kind: 'cumulative-growth',
      value: -12,
      comparator: '<=',
    });
    expect(r.targets.find((t) => t.name === '数字经济核心产业占比')).toMatchObject({
      kind: 'pp-change',
      value: 3,
    });
  });

  it('reads a comparator written into the figure, and a rate row by its name', () => {
    const printed = readPlanTable(
      [
        '指标名称,单位,2025年基期,2030年目标',
        '高新技术企业数,家,180,>300',
        '城镇化率,%,81.5,85以上',
        '地区生产总值年均增长,%,—,6左右',
      ].join('\n'),
    );
    expect(printed.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // A level in % is a share, as the generated plan simulates it (its 类型 had printed 总量).
    expect(printed.targets.map((t) => [t.name, t.kind, t.value, t.comparator])).toEqual([
      ['高新技术企业数', 'level', 300, '>'],
      ['城镇化率', 'share', 85, '>='],
      ['地区生产总值', 'growth', 6, '~='],
    ]);
  });

  it('asks about a level below its base with no comparator instead of guessing a cap', () => {
    const people = readPlanTable(['指标名称,单位,2025年基期,2030年目标', '户籍人口,万人,80,78'].join('\n'));
    expect(people.targets[0]!.comparator).toBe('>=');
    expect(people.issues.filter((i) => i.code === 'below-base').map((i) => [i.row, i.severity])).toEqual([
      [2, 'warning'],
    ]);
    expect(tableIssueText(people.issues.find((i) => i.code === 'below-base')!)).toContain('以内');
  });

  // 单位产值用水量 15 → 11 立方米/万元 had read ≥ 11, with the question: a quantity per 万元 of output is an
  // intensity, which a plan cuts (perOutputUnit).
  it('reads an intensity below its base as a cap, without asking', () => {
    const water = r.targets.find((t) => t.name === '单位产值用水量')!;
    expect(water.comparator).toBe('<=');
    expect(r.issues.filter((i) => i.code === 'below-base')).toEqual([]);
  });

  // 审批时间 80 → 60 个工作日 had read ≥ 60, with the same question: a time a plan cuts is a cap.
  it('reads a duration cut below its base as a cap, without asking', () => {
    const cut = readPlanTable(
      ['指标名称,单位,2025年基期,2030年目标', '全流程审批时间,个工作日,80,60'].join('\n'),
    );
    expect(cut.targets.map((t) => [t.name, t.value, t.comparator])).toEqual([['全流程审批时间', 60, '<=']]);
    expect(cut.issues.filter((i) => i.code === 'below-base')).toEqual([]);
  });
});

describe('a rate row whose words say it falls', () => {
  // A tester's row: 类型 累计增长, 目标值 14, 比较 以上, 原文 下降14% — read as a rise of 14% or more, a binding cut
  // showed a high probability for its opposite.
  const table = (rows: string[]) =>
    readPlanTable(['指标,单位,目标年,目标值,类型,比较,原文', ...rows].join('\n'));

  it('reads a positive figure as a fall, its comparator turned, and says so', () => {
    const r = table([
      '单位地区生产总值能源消耗降低,%,2025,14,累计增长,以上,下降14%',
      '单位工业增加值用水量,%,2025,3,年均增长,左右,年均下降3%左右',
      '城镇调查失业率降低,个百分点,2025,0.5-1,提高百分点,区间,',
    ]);
    expect(r.targets.map((t) => [t.kind, t.value, t.comparator])).toEqual([
      ['cumulative-growth', -14, '<='],
      ['growth', -3, '~='],
      ['pp-change', [-1, -0.5], 'range'],
    ]);
    const said = r.issues.filter((i) => i.code === 'read-as-fall');
    expect(said.map((i) => [i.row, i.severity])).toEqual([
      [2, 'warning'],
      [3, 'warning'],
      [4, 'warning'],
    ]);
    expect(tableIssueText(said[0]!)).toContain('按下降 14 读');
    expect(tableIssueText(said[0]!, 'en')).toContain('a fall of 14');
  });

  // 单位GDP能耗 | % | 2025 | 〔14〕, no verb anywhere: read as +14 points (a share's rise) with no word, on a binding
  // cut. An intensity's bracketed % is its fall over the period; said, since the row does not say so.
  it('reads an intensity’s bracketed total in % with no verb as its fall over the period, and says so', () => {
    const r = table([
      '单位GDP能耗,%,2025,〔14〕,,,',
      '万元工业增加值用水量,%,2025,[16],,,',
      '城镇化率,%,2025,〔3〕,,,',
      '单位GDP能耗,%,2030,增长〔2〕,,,',
    ]);
    expect(r.targets.map((t) => [t.name, t.kind, t.value, t.comparator])).toEqual([
      ['单位GDP能耗', 'cumulative-growth', -14, '<='],
      ['万元工业增加值用水量', 'cumulative-growth', -16, '<='],
      // A share's bracket stays points; a verb the row prints wins.
      ['城镇化率', 'pp-change', 3, '>='],
      ['单位GDP能耗', 'cumulative-growth', 2, '>='],
    ]);
    const said = r.issues.filter((i) => i.code === 'intensity-read-as-fall');
    expect(said.map((i) => [i.row, i.severity, i.detail])).toEqual([
      [2, 'warning', '14'],
      [3, 'warning', '16'],
    ]);
    expect(tableIssueText(said[0]!)).toContain('按期内累计下降 14% 读');
    expect(tableIssueText(said[0]!, 'en')).toContain('a fall of 14% over the period');
  });

  it('leaves a negative figure, a rise, and a level alone', () => {
    const r = table([
      '单位地区生产总值二氧化碳排放,%,2025,-18,累计增长,以内,下降18%',
      '研发经费投入,%,2025,10,年均增长,以上,年均增长10%',
      '化肥施用量减少,吨,2025,300,总量,以内,',
    ]);
    expect(r.targets.map((t) => [t.value, t.comparator])).toEqual([
      [-18, '<='],
      [10, '>='],
      [300, '<='],
    ]);
    expect(r.issues.filter((i) => i.code === 'read-as-fall')).toEqual([]);
  });

  // A tester's 单位地区生产总值能耗下降 | % | 14 with 类型 and 比较 blank read as a level of 14% or more, without a
  // word, on a binding target; and rows the planner then edited in the review moved from their section to 导入.
  it('reads a fall the name says with no 类型 as a change over the period (年均: a yearly one)', () => {
    const r = table(['单位地区生产总值能耗下降,%,2025,14,,,', '主要污染物排放年均降低率,%,2025,2.5,,,']);
    expect(r.targets.map((t) => [t.name, t.kind, t.value, t.comparator])).toEqual([
      ['单位地区生产总值能耗', 'cumulative-growth', -14, '<='],
      ['主要污染物排放', 'growth', -2.5, '<='],
    ]);
    const said = r.issues.filter((i) => i.code === 'read-as-fall');
    expect(said.map((i) => [i.row, i.detail])).toEqual([
      [2, '累计增长'],
      [3, '年均增长'],
    ]);
  });

  it('keeps a section on a row whose value the planner changed in the review', () => {
    const read = readPlanTable(
      [
        '指标,单位,基期年,基期值,目标年,目标值,类型,比较,章节,原文',
        '森林覆盖率,%,2020,34.6,2025,35,占比,以上,（五）绿色低碳,森林覆盖率35%以上',
      ].join('\n'),
    );
    const edited = read.targets.map((t) => ({ ...t, value: 36, valueEntered: true }));
    const { plan } = generatePlan(edited, { targetYear: 2025 });
    expect(plan.targets[0]!.provenance.kind).toBe('entered');
    expect(plan.indicators.find((i) => i.id === plan.targets[0]!.indicator)!.category).toBe('（五）绿色低碳');
  });
});

// A tester's 实际利用外资 | 亿美元 | 15 | 类型 累计: the word was refused and the row dropped; 新增 in its place read
// the total as the 2025 level less 2020's (完成进度 2%, 严重滞后), where 2.8 + 3.1 + 2.9 is 58.7% of it.
describe('类型 累计', () => {
  it('reads as a bracket does, a total over the period, measured on the yearly figures entered', async () => {
    const plan = planFromTable(
      ['指标,单位,基期年,基期值,目标年,目标值,类型,比较', '实际利用外资,亿美元,2020,,2025,15,累计,以上'],
      2025,
    );
    const read = parseActuals('指标\t2021\t2022\t2023\n实际利用外资\t2.8\t3.1\t2.9\n', plan);
    expect(read.issues).toEqual([]);
    const ev = await evaluateTargets(plan, null, read.actuals, { paths: 0, asOf: 2023 });
    expect(ev.targets[0]!.latest).toEqual({ year: 2023, value: 8.8 });
    expect(ev.targets[0]!.progress).toBeCloseTo(8.8 / 15, 9);
    expect(ev.targets[0]!.status).toBe('on-track');
    const words = readPlanTable(
      ['指标,单位,目标年,目标值,类型', '技改投资,亿元,2025,[120],', '技改投资,亿元,2025,120,五年累计'].join(
        '\n',
      ),
    );
    expect(words.targets.map((t) => [t.kind, t.value, t.total])).toEqual([
      ['increase', 120, true],
      ['increase', 120, true],
    ]);
  });
});

describe('readPlanTable', () => {
  // 〔 〕 is how most Chinese plan tables mark a five-year total; it had been refused as "not a number", and
  // with it a binding 能耗 target.
  it('reads a value in 〔 〕 as a total over the period, as [ ]', () => {
    const csv = [
      HEADER,
      '固定资产投资（五年累计）,亿元,,,2025,〔1500〕,,,,,,',
      '单位生产总值能耗下降,%,,,2025,〔14〕,,,约束性,,,',
    ].join('\n');
    const r = readPlanTable(csv);
    expect(r.issues).toEqual([]);
    expect(r.targets.map((t) => [t.name, t.value, t.comparator, t.kind, t.nature])).toEqual([
      ['固定资产投资（五年累计）', 1500, '>=', 'increase', null],
      ['单位生产总值能耗', -14, '<=', 'cumulative-growth', 'binding'],
    ]);
  });

  it('reads a filled-in table: kinds, comparators, ranges, units in cells, bases left blank', () => {
    const csv = [
      HEADER,
      '地区生产总值,亿元,2020,800,2025,1200,总量,左右,预期性,否,第二章,到2025年地区生产总值达到1200亿元左右',
      '研发机构,家,,,2025,20,新增,以上,,是,,',
      '上市企业,家,,,2025,3-5,,,,,,',
      '社零额增速,%,,,2025,9%,年均增长,,,,,',
      '能耗,万元,2020,5000万元,2025,0.6亿元,总量,以内,约束性,,,',
      '营商环境,,,,2025,,定性,,,,,持续优化营商环境',
    ].join('\n');
    const r = readPlanTable(csv);
    expect(r.issues).toEqual([]);
    expect(
      r.targets.map((t) => [t.row, t.name, t.value, t.comparator, t.kind, t.base, t.aspirational]),
    ).toEqual([
      [2, '地区生产总值', 1200, '~=', 'level', 800, false],
      [3, '研发机构', 20, '>=', 'increase', null, true],
      [4, '上市企业', [3, 5], 'range', 'level', null, false],
      [5, '社零额', 9, '>=', 'growth', null, false],
      [6, '能耗', 6000, '<=', 'level', 5000, false],
      [7, '营商环境', null, '>=', 'qualitative', null, false],
    ]);
    expect(r.targets[0]).toMatchObject({ baseYear: 2020, nature: 'indicative', section: '第二章' });
    expect(r.targets[4]!.nature).toBe('binding');
  });

  it('refuses a sheet of more target rows than any plan states, with the count', () => {
    const row = '研发机构,家,,,2025,20,新增,以上,,,,';
    const big = readPlanTable([HEADER, ...Array.from({ length: 501 }, () => row)].join('\n'));
    expect(big.targets).toEqual([]);
    expect(at(big.issues)).toEqual([['too-many-rows', null, null]]);
    expect(tableIssueText(big.issues[0]!)).toBe(
      '表中有 501 行目标，超过上限 500 行，未读取：规划的量化目标通常不过百余项',
    );
    expect(
      readPlanTable([HEADER, ...Array.from({ length: 500 }, () => row)].join('\n')).targets,
    ).toHaveLength(500);
  });

  it('reports every bad cell by row and column, and keeps the good rows', () => {
    const csv = [
      HEADER,
      '好指标,家,,,2025,10,,,,,,',
      '坏行,万元,20x0,abc,2025,100户,什么,大概,弱,也许,,,多余',
      ',家,,,2025,10,,,,,,',
      '缺年份,家,,,,10,,,,,,',
      '倒序区间,家,,,2025,5-3,,区间,,,,',
    ].join('\n');
    const r = readPlanTable(csv);
    expect(r.targets.map((t) => t.name)).toEqual(['好指标']);
    expect(at(r.issues)).toEqual([
      ['bad-year', 3, 3],
      ['bad-base', 3, 4],
      ['unit-mismatch', 3, 6],
      ['bad-kind', 3, 7],
      ['bad-comparator', 3, 8],
      ['bad-nature', 3, 9],
      ['bad-flag', 3, 10],
      ['extra-cells', 3, 13],
      ['missing-name', 4, 1],
      ['missing-year', 5, 5],
      ['bad-range', 6, 6],
    ]);
    const mismatch = r.issues.find((i) => i.code === 'unit-mismatch')!;
    expect(tableIssueText(mismatch)).toBe(
      '第3行第6列（目标值）：“100户”的单位与本行单位“万元”不一致且无法换算',
    );
    expect(tableIssueText(mismatch, 'en')).toContain('row 3, column 6 (目标值)');
    // A number cell's reason is written out, never its code.
    const bad = r.issues.find((i) => i.code === 'bad-base')!;
    expect(tableIssueText(bad)).toBe('第3行第4列（基期值）：基期值“abc”不是一个数，该目标按基期待补导入');
  });

  it('says what a mistyped number would be, and knows a unit that is a ratio (微克/立方米)', () => {
    const r = readPlanTable(
      [
        HEADER,
        '高新技术企业,家,,,2025,4OO,,,,,,',
        'PM2.5平均浓度,微克/立方米,2020,41,2025,35,总量,以内,,,,',
      ].join('\n'),
    );
    expect(r.targets.map((t) => [t.name, t.value, t.unit])).toEqual([['PM2.5平均浓度', 35, '微克/立方米']]);
    expect(r.issues.map((i) => tableIssueText(i))).toEqual([
      '第2行第6列（目标值）：“4OO”不是一个数（数字里混有字母 O 或 l，疑为 400）',
    ]);
    expect(tableIssueText(r.issues[0]!, 'en')).toContain('did you mean 400?');
  });

  it('finds the header under a title row, accepts aliases, and says when there is none', () => {
    const r = readPlanTable(
      '青溪区“十四五”主要指标表\n指标名称,计量单位,目标年份,目标数值\nGDP,亿元,2025,1200\n',
    );
    expect(r.targets.map((t) => [t.row, t.name, t.value, t.unit])).toEqual([[3, 'GDP', 1200, '亿元']]);
    expect(at(readPlanTable('a,b\n1,2\n').issues)).toEqual([['no-header', 1, null]]);
    expect(at(readPlanTable('指标,目标值\nGDP,1200\n').issues)).toEqual([['missing-column', 1, null]]);
    expect(at(readPlanTable('\n\n').issues)).toEqual([['empty-table', null, null]]);
  });

  it('flags an unusual unit as a warning but still reads the row', () => {
    const r = readPlanTable(`${HEADER}\n产值,亿万块,,,2025,10,,,,,,\n`);
    expect(r.targets).toHaveLength(1);
    expect(r.issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'unknown-unit']]);
  });
});

describe('readPlanXlsx', () => {
  async function workbook(fill: (sheet: import('exceljs').Worksheet) => void): Promise<Uint8Array> {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('目标');
    fill(sheet);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  // 何工: a workbook opening on a 说明 sheet, its 附表 on the second, had read 表格为空.
  it('reads the first sheet that holds targets, and says which', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow(['本表由县发改委编制']);
    const table = wb.addWorksheet('附表');
    table.addRow(PLAN_TABLE_COLUMNS.map((c) => c.header));
    table.addRow(['地区生产总值', '亿元', 2025, 300, 2030, 420, '总量', '以上']);
    const r = await readPlanXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.targets.map((t) => [t.name, t.value])).toEqual([['地区生产总值', 420]]);
    expect(r.issues.map((i) => [i.severity, i.code, i.value])).toEqual([['info', 'sheet-read', '附表']]);
    expect(tableIssueText(r.issues[0]!)).toBe('第一个工作表中没有目标，已读取工作表“附表”');
    // A workbook with no targets anywhere says what its first sheet lacks.
    const none = new ExcelJS.Workbook();
    none.addWorksheet('说明').addRow(['本表由县发改委编制']);
    none.addWorksheet('空');
    const empty = await readPlanXlsx(new Uint8Array(await none.xlsx.writeBuffer()));
    expect(empty.targets).toEqual([]);
    expect(empty.issues.some((i) => i.severity === 'error')).toBe(true);
  });

  it('reads numbers, formulas and text cells as the sheet shows them', async () => {
    const data = await workbook((s) => {
      s.addRow(PLAN_TABLE_COLUMNS.map((c) => c.header));
      s.addRow(['地区生产总值', '亿元', 2020, 800, 2025, 1200, '总量', '以上']);
      s.addRow(['规上企业', '家', 2020, 100, 2025, { formula: '100+50', result: 150 }]);
    });
    const r = await readPlanXlsx(data);
    expect(r.issues).toEqual([]);
    expect(r.targets.map((t) => [t.row, t.name, t.value, t.base])).toEqual([
      [2, '地区生产总值', 1200, 800],
      [3, '规上企业', 150, 100],
    ]);
  });

  it('reads a number in a percentage format as the percentage the sheet shows (9%, not 0.09%)', async () => {
    const data = await workbook((s) => {
      s.addRow(PLAN_TABLE_COLUMNS.map((c) => c.header));
      s.addRow(['研发经费支出占营业收入比重', '%', 2025, 0.018, 2030, 0.025, '占比', '以上']);
      s.addRow([
        '规上工业总产值增速',
        '%',
        '',
        '',
        2030,
        { formula: '0.045*2', result: 0.09 },
        '年均增长',
        '左右',
      ]);
      s.addRow(['规上企业', '家', 2025, 412, 2030, 600]);
      for (const cell of ['D2', 'F2', 'F3']) s.getCell(cell).numFmt = '0.0%';
    });
    const r = await readPlanXlsx(data);
    expect(r.issues).toEqual([]);
    expect(r.targets.map((t) => [t.name, t.value, t.base])).toEqual([
      ['研发经费支出占营业收入比重', 2.5, 1.8],
      ['规上工业总产值', 9, null],
      ['规上企业', 600, 412],
    ]);
  });

  it('refuses merged figures with their address and reads the other rows', async () => {
    const data = await workbook((s) => {
      s.addRow(PLAN_TABLE_COLUMNS.map((c) => c.header));
      s.addRow(['甲', '家', '', '', 2025, 10]);
      s.addRow(['乙', '家', '', '', 2025, 20]);
      s.addRow(['丙', '家', '', '', 2025, '']);
      s.mergeCells('F3:F4');
    });
    const r = await readPlanXlsx(data);
    expect(r.targets.map((t) => t.name)).toEqual(['甲']);
    expect(r.issues.map((i) => [i.code, i.row, i.column, i.detail])).toEqual([
      ['merged-cells', 3, 6, 'F3:F4'],
    ]);
    expect(tableIssueText(r.issues[0]!)).toContain('F3:F4');
  });

  // A 南岭区 planner's sheet merged its 类别 column, as printed tables do: every row was dropped ("A3:A7 是合并
  // 单元格"), though the reader ignores that column. A merged label it reads holds for each row it spans.
  it('reads rows under a merged column it ignores, and a merged label on each row it spans', async () => {
    const data = await workbook((s) => {
      s.addRow(['类别', ...PLAN_TABLE_COLUMNS.map((c) => c.header)]);
      s.addRow(['经济发展', '甲', '家', '', '', 2030, 10, '', '', '约束性']);
      s.addRow(['', '乙', '家', '', '', 2030, 20, '', '', '']);
      s.mergeCells('A2:A3');
      s.mergeCells('J2:J3');
    });
    const r = await readPlanXlsx(data);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.targets.map((t) => [t.name, t.value, t.nature])).toEqual([
      ['甲', 10, 'binding'],
      ['乙', 20, 'binding'],
    ]);
  });

  // A 注 row merged across the table is a note (a regression tester's sheet dropped it as a broken merge).
  it('reads a 注 row merged across the table as a note', async () => {
    const data = await workbook((s) => {
      s.addRow(['指标', '单位', '2025年', '2030年']);
      s.addRow(['地区生产总值', '亿元', 1280, 1673]);
      s.addRow(['注：[ ]内为五年累计数', '', '', '']);
      s.mergeCells('A3:D3');
    });
    const r = await readPlanXlsx(data);
    expect(r.targets).toHaveLength(1);
    expect(r.issues.map((i) => i.code)).toEqual(['note-row']);
  });

  // Tester G: a blank row merged across under the table had stopped the import with an internal error (exceljs
  // reads the text of an empty merged cell as null.toString()).
  it('reads a sheet with a blank merged row under the table', async () => {
    const data = await workbook((s) => {
      s.addRow(['指标', '单位', '2025年', '2030年']);
      s.addRow(['地区生产总值', '亿元', 1280, 1673]);
      s.addRow([]);
      s.mergeCells('A3:D3');
    });
    const r = await readPlanXlsx(data);
    expect(r.targets).toHaveLength(1);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('says when a file is not a workbook', async () => {
    const r = await readPlanXlsx(new TextEncoder().encode('指标,目标值'));
    expect(r.issues.map((i) => i.code)).toEqual(['not-xlsx']);
  });
});

// A 南岭区 planner's sheet gave no 原文 column: the provenance cited "城镇调查失业率 5.5%" as if printed (the
// sheet said 5.5以内), and a five-year fall of 13.5% was explained as x/x0 − 1 ≥ −13.5%, the wrong way round.
describe('a table row without 原文, as the generated plan cites it', () => {
  const csv = [
    '指标名称,单位,2025年基期,2030年目标,属性',
    '城镇调查失业率,%,5.1,5.5以内,预期性',
    '单位GDP能耗下降,%,—,[13.5],约束性',
  ].join('\n');
  const plan = generatePlan(readPlanTable(csv).targets, { targetYear: 2030 }).plan;
  const provenance = (name: string) =>
    plan.targets.find((t) => plan.indicators.find((i) => i.id === t.indicator)?.name.zh.startsWith(name))!
      .provenance;

  it('quotes the target cell as the table gives it', () => {
    expect(provenance('城镇调查失业率')).toMatchObject({
      kind: 'plan',
      figure: '城镇调查失业率：5.5以内（%）',
    });
    // The cell as printed, verb and all, though the indicator is named 单位GDP能耗.
    expect(provenance('单位GDP能耗')).toMatchObject({ figure: '单位GDP能耗下降：[13.5]（%）' });
  });

  it('explains a fall by the comparison the target makes', () => {
    const note = (provenance('单位GDP能耗') as { note: { zh: string; en: string } }).note;
    expect(note.zh).toContain('5年下降13.5%：按 x/x0 − 1 ≤ -13.5% 判断');
    expect(note.en).toContain('read as x/x0 − 1 ≤ -13.5%');
  });
});

// The same sheet's 每千人口执业医师数 (人) was a stock of whole people: 3.2 entered for 2026 was refused ("以整数人
// 计") and the forecast ran on default entry and exit rates. A quantity per head is a ratio, whatever its unit.
describe('a quantity per head, from a table', () => {
  const generated = planFromTable(['指标名称,单位,2025年基期,2030年目标', '每千人口执业医师数,人,3.1,3.6']);
  const doctors = generated.indicators[0]!;

  it('is a level that grows, not a count of whole people', () => {
    expect(doctors).toMatchObject({ unit: '人', count: false, dynamics: { kind: 'growth' } });
  });

  it('takes 3.2 as an actual', () => {
    const parsed = parseActuals(['指标,2026', '每千人口执业医师数,3.2'].join('\n'), generated);
    expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(parsed.actuals[doctors.id]).toEqual({ '2026': 3.2 });
  });
});

describe('a rate row named with 增速 or 增长', () => {
  it('is a growth target of the indicator without its verb, not a share of 7%', () => {
    const r = readPlanTable(
      ['指标名称,单位,2025年基期,2030年目标', '规上工业增加值增速,%,—,7左右', '固定资产投资增长,%,—,6'].join(
        '\n',
      ),
    );
    expect(r.targets.map((t) => [t.name, t.kind, t.value])).toEqual([
      ['规上工业增加值', 'growth', 7],
      ['固定资产投资', 'growth', 6],
    ]);
  });

  it('is so too when its 类型 says it is a rate, and then the level row and the rate share one indicator', () => {
    const r = readPlanTable(
      [
        '指标,单位,基期年,基期值,目标年,目标值,类型',
        '地区生产总值,亿元,2020,412,2025,600,',
        '地区生产总值年均增长,%,2020,,2025,7,年均增长',
        '工业投资增长,%,2020,,2025,40,累计增长',
      ].join('\n'),
    );
    expect(r.targets.map((t) => [t.name, t.kind, t.value])).toEqual([
      ['地区生产总值', 'level', 600],
      ['地区生产总值', 'growth', 7],
      ['工业投资', 'cumulative-growth', 40],
    ]);
    const { plan } = generatePlan(r.targets, { targetYear: 2025 });
    const gdp = plan.targets.filter((t) => t.name.zh.startsWith('地区生产总值'));
    expect(new Set(gdp.map((t) => t.indicator)).size).toBe(1);
  });
});

// The same sheet's 年均增长（%） column was ignored: GDP's printed 5.5% never reached the plan, and three
// targets printed only as a rate were dropped as "目标值为空". Its 注 row read as a target without a name.
describe('a printed table with a 年均增长 column and a note', () => {
  const r = readPlanTable(
    [
      '指标,单位,2025年基期,2030年目标,年均增长（%）',
      '地区生产总值,亿元,1280,1673,5.5',
      '规上工业增加值增速,%,—,—,7左右',
      '常住人口城镇化率,%,72.3,76,[3.7]',
      '新增城镇就业,万人,—,[2.5],—',
      '数字经济核心产业增加值占GDP比重,%,8.5,力争12,',
      '注：[ ]内为五年累计数,,,,',
    ].join('\n'),
  );

  it('reads each printed rate as a growth target beside the level, and a rate alone as the rate', () => {
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.targets.map((t) => [t.row, t.name, t.kind, t.value, t.comparator])).toEqual([
      [2, '地区生产总值', 'level', 1673, '>='],
      [2, '地区生产总值', 'growth', 5.5, '>='],
      [3, '规上工业增加值', 'growth', 7, '~='],
      [4, '常住人口城镇化率', 'share', 76, '>='],
      [4, '常住人口城镇化率', 'pp-change', 3.7, '>='],
      [5, '新增城镇就业', 'increase', 2.5, '>='],
      [6, '数字经济核心产业增加值占GDP比重', 'share', 12, '>='],
    ]);
  });

  it('reads 力争 written into the figure as aspirational, and the note as a note', () => {
    expect(r.targets.find((t) => t.row === 6)!.aspirational).toBe(true);
    expect(r.issues.map((i) => [i.code, i.row])).toContainEqual(['note-row', 7]);
  });

  // 2.8（力争3） had been refused ("数字后有多余文字"), and the row's base 2.1 with it.
  it('reads a committed figure with a higher one striven for in brackets as the committed one, citing both', () => {
    const t = readPlanTable(
      ['指标,单位,2025年基期,2030年目标', '全社会研发经费投入强度,%,2.1,2.8（力争3）'].join('\n'),
    );
    expect(t.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(t.targets.map((x) => [x.value, x.base, x.aspirational, x.cellsFigure])).toEqual([
      [2.8, 2.1, false, '全社会研发经费投入强度：2.8（力争3）（%）'],
    ]);
    // Its provenance quotes the cells and says that is what they are (it had quoted them as 原文, then said
    // 原文未给出).
    const plan = planFromTable([
      '指标,单位,2025年基期,2030年目标',
      '全社会研发经费投入强度,%,2.1,2.8（力争3）',
    ]);
    expect(plan.targets[0]!.provenance).toMatchObject({
      kind: 'plan',
      figure: '全社会研发经费投入强度：2.8（力争3）（%）',
      note: { zh: '引自目标表第2行的单元格（表中无规划原文句子）' },
    });
  });
});

// A regression tester's sheets: the usual printed headers (2025年 | 2030年, 2025年（基期）) were refused whole, a
// rate row with its 年均增长 too became two indicators, and a 注 row merged across the table dropped itself as a
// broken merge.
describe('printed headers and rows, as printed tables have them', () => {
  it.each([
    [
      '序号,类别,指标,单位,2025年,2030年,年均增长（%）,属性',
      '1,经济发展,地区生产总值,亿元,1280,1673,—,预期性',
    ],
    ['指标,单位,2025年（基期）,2030年（目标）', '地区生产总值,亿元,1280,1673'],
    ['指标,单位,2025年,2030年目标', '地区生产总值,亿元,1280,1673'],
  ])('reads the year columns of %s', (head, row) => {
    const r = readPlanTable(['“十五五”主要指标', head, row].join('\n'));
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.targets.map((t) => [t.name, t.value, t.base, t.baseYear, t.year])).toEqual([
      ['地区生产总值', 1673, 1280, 2025, 2030],
    ]);
  });

  // 赵工's 附表: the national 纲要 heads its rate column 年均增长〔累计〕; read as unknown, it had dropped seven
  // targets (the binding 能耗 [13.5] among them) with "目标值为空", and 序号 drew a message of its own.
  it.each(['年均增长〔累计〕', '年均增长[累计]', '年均增长【累计】', '年均/累计'])(
    'reads a rate column headed %s, its rates and its bracketed totals',
    (rateHeader) => {
      const r = readPlanTable(
        [
          `序号,类别,指标,单位,2020年,2025年,${rateHeader},属性`,
          '1,经济发展,地区生产总值,亿元,152.3,215,7左右,预期性',
          '2,经济发展,规上工业增加值,%,—,—,8左右,预期性',
          '3,绿色生态,单位GDP能耗降低,%,—,—,[13.5],约束性',
        ].join('\n'),
      );
      expect(r.issues).toEqual([]);
      expect(r.targets.map((t) => [t.name, t.kind, t.value])).toEqual([
        ['地区生产总值', 'level', 215],
        ['地区生产总值', 'growth', 7],
        ['规上工业增加值', 'growth', 8],
        ['单位GDP能耗', 'cumulative-growth', -13.5],
      ]);
    },
  );

  // 吴工's 附表: 〔82〕 for 高新技术企业数 (家) had read as 82 %, 提高百分点, and so had 〔3以上〕 万户 and 〔0.6〕 年.
  it('reads a bracketed total in the rate column in the row’s own unit', () => {
    const r = readPlanTable(
      [
        '指标,单位,2020年,2025年,年均增长〔累计〕,属性',
        '高新技术企业数,家,68,150以上,〔82〕,预期性',
        '新增市场主体,万户,—,—,〔3以上〕,预期性',
        '劳动年龄人口平均受教育年限,年,9.9,10.5,〔0.6〕,约束性',
        '常住人口城镇化率,%,47.8,55,〔7.2〕,预期性',
        '单位地区生产总值能源消耗降低,%,—,—,〔14〕,约束性',
      ].join('\n'),
    );
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const bracketed = r.targets.filter((t) => t.fromRateColumn);
    expect(bracketed.map((t) => [t.name, t.kind, t.value, t.unit, t.comparator])).toEqual([
      ['高新技术企业数', 'increase', 82, '家', '>='],
      ['新增市场主体', 'increase', 3, '万户', '>='],
      ['劳动年龄人口平均受教育年限', 'increase', 0.6, '年', '>='],
      ['常住人口城镇化率', 'pp-change', 7.2, '%', '>='],
      ['单位地区生产总值能源消耗', 'cumulative-growth', -14, '%', '<='],
    ]);
    // Beside a level the row states it is that level's rise; with none, a sum of yearly figures (钱主任: 〔0.6〕
    // read as a sum had added each year's 10 年 up to +51 年).
    expect(bracketed.filter((t) => t.kind === 'increase').map((t) => [t.name, t.total === true])).toEqual([
      ['高新技术企业数', false],
      ['新增市场主体', true],
      ['劳动年龄人口平均受教育年限', false],
    ]);
  });

  // 吴工, 冯工: 居民人均可支配收入 | 元 | 26850 | — | 7.5左右 lost its base (said, since session 29), the indicator an
  // index, and their 元 actuals were refused. The base is now the indicator's level, growing at the rate.
  it('keeps the base of a row whose only target is its rate, as the level the rate grows', () => {
    const r = readPlanTable(
      [
        '指标,单位,2020年,2025年,年均增长〔累计〕',
        '居民人均可支配收入,元,26850,—,7.5左右',
        '规模以上工业增加值增速,%,6.8,—,9以上',
      ].join('\n'),
    );
    expect(r.issues).toEqual([]);
    expect(r.targets.map((t) => [t.name, t.kind])).toEqual([
      ['居民人均可支配收入', 'growth'],
      ['规模以上工业增加值', 'growth'],
    ]);
    // A percentage's base is no level: only the income's is kept.
    expect(r.baseFacts?.map((f) => [f.name, f.value, f.unit, f.year])).toEqual([
      ['居民人均可支配收入', 26850, '元', 2020],
    ]);
    const plan = loadPlan(
      JSON.parse(JSON.stringify(generatePlan(r.targets, { facts: r.baseFacts ?? [] }).plan)),
      'table.plan.json',
    );
    const income = plan.indicators.find((i) => i.name.zh.startsWith('居民人均可支配收入'))!;
    expect([income.unit, income.base && 'value' in income.base ? income.base.value : null]).toEqual([
      '元',
      26850,
    ]);
    expect(income.base && 'provenance' in income.base ? income.base.provenance.kind : null).toBe('entered');
    // Its actuals in 元 are read, not refused.
    const pasted = parseActuals('指标\t单位\t2021\n居民人均可支配收入\t元\t28900', plan);
    expect(pasted.issues).toEqual([]);
    expect(pasted.actuals[income.id]).toEqual({ '2021': 28900 });
  });

  it('takes a row stating a rate once, and 类别 as the section', () => {
    const r = readPlanTable(
      [
        '类别,指标,单位,2025年,2030年,类型,年均增长',
        '经济发展,规上工业增加值增速,%,6.2,7,年均增长,7左右',
      ].join('\n'),
    );
    expect(r.targets.map((t) => [t.kind, t.value, t.section])).toEqual([['growth', 7, '经济发展']]);
  });
});

// A regression tester's bad base (≥45.2) dropped the whole row, its valid target 45.2 with it.
describe('a base that does not read', () => {
  it('keeps the row waiting for its base, and reads a comparator copied into the base as the number', () => {
    const r = readPlanTable(
      ['指标,单位,2025年,2030年', '高价值发明专利,件,≥45.2,60', '森林覆盖率,%,二十一,22'].join('\n'),
    );
    expect(r.targets.map((t) => [t.name, t.value, t.base])).toEqual([
      ['高价值发明专利', 60, 45.2],
      ['森林覆盖率', 22, null],
    ]);
    const bad = r.issues.find((i) => i.code === 'bad-base')!;
    expect(bad.severity).toBe('warning');
    expect(tableIssueText(bad)).toContain('基期值“二十一”不是一个数，');
    expect(tableIssueText(bad)).toContain('该目标按基期待补导入');
  });
});

// An English-speaking planner's table (Base value, Target value, Type, at least, expected) had been refused
// whole for wanting columns 指标 and 目标值; the aliases with a space had never matched (headers drop spaces).
describe('a target table written in English', () => {
  it('is read as the Chinese one is', () => {
    const r = readPlanTable(
      [
        'Indicator,Unit,Base year,Base value,Target year,Target value,Type,Comparison,Nature,Aspirational',
        'Retail sales,亿元,2020,450,2025,670,total,at least,expected,no',
        'New firms,家,2020,,2025,200,new,more than,binding,yes',
      ].join('\n'),
    );
    expect(r.issues).toEqual([]);
    expect(
      r.targets.map((t) => [t.name, t.base, t.value, t.kind, t.comparator, t.nature, t.aspirational]),
    ).toEqual([
      ['Retail sales', 450, 670, 'level', '>=', 'indicative', false],
      ['New firms', null, 200, 'increase', '>', 'binding', true],
    ]);
  });
});

// 全社会固定资产投资 [2600] in a table whose note says [ ]内为五年累计数 had been drafted as a rise of 2,600 亿元 in
// the yearly level; its base 489 then asked about 45% a year.
describe('a bracketed amount over the period', () => {
  it('is the sum of a yearly flow, as the text’s 五年累计 is', () => {
    const t = readPlanTable(
      ['指标名称,单位,2025年基期,2030年目标', '全社会固定资产投资,亿元,489,[2600]'].join('\n'),
    );
    expect(t.targets[0]).toMatchObject({ kind: 'increase', value: 2600, total: true });
    const { plan } = generatePlan(t.targets, { targetYear: 2030 });
    const target = plan.targets[0]!;
    const ind = plan.indicators.find((i) => i.id === target.indicator)!;
    expect(ind.dynamics.kind).toBe('cumulative');
  });
});

// A tester's actuals.xlsx (指标 | 单位 | 2021 | 2022 | 2023) dropped into the plan import became targets for 2023
// on bases of 2021, with 2022 only "unknown column, ignored".
describe('a table with more year columns than a base and a target', () => {
  it('warns of each year column it does not read, and where yearly actuals belong', () => {
    const r = readPlanTable(['指标,单位,2021,2022,2023', '规上软件企业,家,96,108,121'].join('\n'));
    expect(r.targets.map((t) => [t.base, t.value, t.year])).toEqual([[96, 121, 2023]]);
    const unread = r.issues.filter((i) => i.code === 'unread-year-column');
    expect(unread).toMatchObject([{ severity: 'warning', row: 1, column: 4, value: '2022' }]);
    expect(tableIssueText(unread[0]!, 'zh')).toContain(
      '若这是历年实际数据，请在“实施评估”中粘贴或从文件读入',
    );
    // A plan's own base | target table has nothing to warn of.
    const plain = readPlanTable(['指标,单位,2020年,2025年', '规上软件企业,家,85,150'].join('\n'));
    expect(plain.issues.filter((i) => i.code === 'unread-year-column')).toEqual([]);
  });
});
